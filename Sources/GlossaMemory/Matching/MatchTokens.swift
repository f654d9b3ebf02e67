import GlossaNames
import GlossaText

/// A segment's words as the memory indexes and compares them.
///
/// Words are folded (case, accents, final sigma, typographic variants: see ``TextFolder``), so
/// `ΚΟΡΕΑΣ` and `Κορέας` are one word. Capitalized words also give a name token, the consonant
/// skeleton of their sound, so a name spelled another way (Πιονγιάνγκ, Πιονγκγιάνγκ) still finds
/// the unit.
struct MatchTokens: Sendable {
  /// Folded words in order.
  let words: [String]
  /// The words as written, in the same order (where the folding kept the word boundaries).
  let originals: [String]
  /// Name tokens (`~` and a skeleton) of capitalized words.
  let names: [String]
  /// The source key of the words: see ``key(of:)``.
  var key: Int64 { Self.key(of: words) }

  /// - Parameter readsNames: Whether to work out name tokens (needed to look a query up, not
  ///   to score a unit).
  init(_ text: String, readsNames: Bool = true) {
    self.init(text, words: Self.words(of: text), readsNames: readsNames)
  }

  /// The tokens of `text` whose folded words (``words(of:)``) are known already.
  init(_ text: String, words: [String], readsNames: Bool = false) {
    let text = NumberScanner.removingThousandsSeparators(from: text)
    self.words = words
    let originals = Self.originalWords(in: text)
    self.originals = originals.count == words.count ? originals : words
    var names: [String] = []
    if readsNames {
      for word in originals where word.unicodeScalars.first.map(Self.isUppercase) == true {
        if let token = Self.nameToken(of: word) { names.append(token) }
      }
    }
    self.names = names
  }

  /// The distinct tokens the index keeps for the segment: words and name tokens.
  var indexTokens: Set<String> { Set(words).union(names) }

  /// The distinct tokens the index keeps for `text`, how many words it has and their key,
  /// without the rest of the work: the same tokens as ``occurrenceTokens(of:)`` of its words
  /// and the name tokens of its capitalized words, worked out on the folded key's bytes (an
  /// import does this for every segment it stores).
  ///
  /// - Parameter forLookup: Whether the segment is a source, which fuzzy lookups read: then
  ///   the tokens also have the name tokens of capitalized words and the repeat tokens of words
  ///   that occur more than once (see ``repeatToken(_:occurrence:)``). Otherwise each distinct
  ///   word once.
  static func indexTokens(of text: String, forLookup: Bool = true) -> (
    tokens: [IndexToken], wordCount: Int, key: Int64
  ) {
    let folded = TextFolder.shared.key(NumberScanner.removingThousandsSeparators(from: text))
    var (tokens, wordCount, key) = WordCounter.tokens(of: folded, repeats: forLookup)
    if forLookup {
      let wordTokens = tokens.count
      for word in capitalizedWords(in: text) {
        guard let name = nameToken(of: word) else { continue }
        let token = IndexToken(name)
        if !tokens[wordTokens...].contains(token) { tokens.append(token) }
      }
    }
    return (tokens, wordCount, key)
  }

  /// The token of the `occurrence`-th time (2 or more) a word occurs in a segment: `word#2`,
  /// `word#3`. The units that hold a word twice are on the list of `word#2`, so a lookup knows
  /// how many times a unit holds a word, not only whether it does. Folded words have no `#`.
  static func repeatToken(_ word: String, occurrence: Int) -> String { word + "#" + String(occurrence) }

  /// One token per word, in order: the word itself the first time it occurs, its repeat token
  /// (see ``repeatToken(_:occurrence:)``) each time after.
  static func occurrenceTokens(of words: [String]) -> [IndexToken] {
    var seen: [IndexToken: Int] = [:]
    return words.map { word in
      let token = IndexToken(word)
      let occurrence = (seen[token] ?? 0) + 1
      seen[token] = occurrence
      return occurrence == 1 ? token : IndexToken(repeatToken(word, occurrence: occurrence))
    }
  }

  /// A 64-bit FNV-1a hash of folded words joined by single spaces: segments with the same
  /// words (whatever their case, accents, punctuation and spacing) have the same key. The
  /// memory stores it for each unit's source, to find exact matches and identical units.
  static func key(of words: [String]) -> Int64 {
    var hash = StableHash()
    for (index, word) in words.enumerated() {
      if index > 0 { hash.combine(byte: 0x20) }
      hash.combine(word)
    }
    return Int64(bitPattern: hash.value)
  }

  /// The name token of a capitalized word: `~` and its consonant skeleton, for words of four
  /// letters or more whose skeleton has three consonant classes or more (shorter ones are
  /// shared by too many words to find anything).
  static func nameToken(of word: String) -> String? {
    guard word.unicodeScalars.count >= 4, let skeleton = VariantMatcher.consonantSkeleton(of: word), skeleton.count >= 3
    else { return nil }
    return "~" + skeleton
  }

  /// The folded words of `text`, thousands separators taken out of numbers.
  static func words(of text: String) -> [String] {
    words(ofKey: TextFolder.shared.key(NumberScanner.removingThousandsSeparators(from: text)))
  }

  /// The words of a folded key (single spaces between words).
  static func words(ofKey key: String) -> [String] {
    key.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Words that start with a capital letter.
  static func capitalizedWords(in text: String) -> [String] {
    var words: [String] = []
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard isWordScalar(scalar) else {
        index = scalars.index(after: index)
        continue
      }
      let start = index
      let capitalized = isUppercase(scalar)
      while index < scalars.endIndex, isWordScalar(scalars[index]) { index = scalars.index(after: index) }
      if capitalized { words.append(String(scalars[start..<index])) }
    }
    return words
  }

  /// Whether a letter is a capital; cheap for ASCII and Greek.
  @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x386, 0x388...0x3AB: return true
    case 0..<0x80, 0x3AC...0x3FF: return false
    default: return scalar.properties.isUppercase
    }
  }

  /// Letters, digits and combining marks; cheap for ASCII and Greek.
  @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    case 0..<0x80: return false
    case 0x386, 0x388...0x3FF, 0x1F00...0x1FFF: return scalar.value != 0x37E && scalar.value != 0x387
    default:
      let properties = scalar.properties
      return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }
  }

  /// Runs of letters and digits (apostrophes inside a word kept out, as folding drops them).
  static func originalWords(in text: String) -> [String] {
    var words: [String] = []
    let scalars = text.unicodeScalars
    var start: String.UnicodeScalarView.Index?
    var hasApostrophe = false
    func endWord(at end: String.UnicodeScalarView.Index) {
      guard let wordStart = start else { return }
      let word = scalars[wordStart..<end]
      words.append(
        hasApostrophe ? String(String.UnicodeScalarView(word.filter { $0 != "'" && $0 != "’" })) : String(word))
      start = nil
      hasApostrophe = false
    }
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isWordScalar(scalar) {
        if start == nil { start = index }
      } else if scalar == "'" || scalar == "’" {
        if start != nil { hasApostrophe = true }
      } else {
        endWord(at: index)
      }
      index = scalars.index(after: index)
    }
    endWord(at: scalars.endIndex)
    return words
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  /// Whether a folded word is a number.
  static func isNumber(_ word: String) -> Bool { word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}
