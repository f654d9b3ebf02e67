import GlossaGlossary
import GlossaNames
import GlossaText

/// What the aligner reads in a sentence besides its length: things that survive translation.
///
/// Every anchor is kept as a hash, so comparing two sentences is comparing a few integers.
struct SentenceFeatures: Sendable {
  /// Length in Unicode scalars, whitespace left out.
  var length: Int
  /// Numbers, normalized: 1.000 / 1,000 / 1000 are one number, 3,5 and 3.5 another.
  var numbers: [Int] = []
  /// Consonant skeletons of capitalized words (names, mostly) in the document's own script.
  var names: [Int] = []
  /// Words in a script other than the document's (Latin acronyms and brands in Greek text), lowered.
  var foreignWords: [Int] = []
  /// Every word, lowered: what the other side's foreign words are looked up in.
  var vocabulary: [Int] = []
  /// Word stems (the first five letters of longer words, accents and case folded), read when
  /// both sides share a script: cognates and names such as Expedition / expédition.
  var stems: [Int] = []
  /// Glossary entries mentioned.
  var entries: [Int] = []
  /// Whether the sentence asks a question.
  var isQuestion = false
  /// Whether the sentence quotes someone.
  var hasQuotes = false

  /// Reads a sentence.
  ///
  /// - Parameters:
  ///   - script: The document's main script: words in another script are foreign words.
  ///   - glossary: Entries to look for, in any of their forms and spellings.
  ///   - readsStems: Whether to collect word stems, for a pair of languages in the same script.
  init(_ sentence: String, script: WritingScript, glossary: Glossary?, readsStems: Bool) {
    var length = 0
    for scalar in sentence.unicodeScalars {
      if !scalar.properties.isWhitespace { length += 1 }
      switch scalar {
      case "«", "»", "“", "”", "\"", "„", "‹", "›": hasQuotes = true
      case "?", "\u{037E}", "¿": isQuestion = true
      case ";" where script == .greek: isQuestion = true
      default: break
      }
    }
    self.length = length
    numbers = NumberScanner.numbers(in: sentence).map(\.hashValue)
    var first = true
    for word in Self.words(in: sentence) {
      defer { first = false }
      let lowered = word.lowercased()
      // Foreign words are looked up in the other side's vocabulary only across scripts.
      if !readsStems { vocabulary.append(lowered.hashValue) }
      if readsStems && word.unicodeScalars.count >= Self.stemLength {
        stems.append(String(TextFolder.shared.key(word).unicodeScalars.prefix(Self.stemLength)).hashValue)
      }
      let wordScript = WritingScript(ofWord: word)
      if wordScript != script {
        if wordScript != .other && word.unicodeScalars.count >= 2 { foreignWords.append(lowered.hashValue) }
        continue
      }
      guard let initial = word.unicodeScalars.first, initial.properties.isUppercase else { continue }
      // A sentence's first word is capitalized anyway: only long ones are likely names.
      guard !first || word.unicodeScalars.count >= 5 else { continue }
      if let skeleton = VariantMatcher.consonantSkeleton(of: Self.withoutGreekFinalSigma(word)) {
        names.append(skeleton.hashValue)
      }
    }
    if let glossary {
      entries = glossary.mentions(in: sentence).map(\.entry.id.hashValue)
    }
  }

  /// Letters a word needs to count as a stem, and a stem's length.
  static let stemLength = 5

  /// Greek names take a final ς in some cases and not others (ο Τζόνσον, του Τζόνσον, ο Τζόουνς):
  /// the skeleton is made without it.
  static func withoutGreekFinalSigma(_ word: String) -> String {
    word.unicodeScalars.last == "ς" && word.unicodeScalars.count > 3 ? String(word.dropLast()) : word
  }

  /// Letter runs of a sentence.
  static func words(in text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let isLetter =
        WritingScript(ofLetter: scalar) != nil
        || (scalar.value >= 0x80
          && (scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark))
      if isLetter {
        current.append(scalar)
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }
}
