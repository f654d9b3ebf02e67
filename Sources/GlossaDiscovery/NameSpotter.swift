import GlossaGlossary
import GlossaText

/// Finds the words of a sentence that may be names: runs of capitalized English words, and
/// capitalized Greek words that are not common words.
///
/// Not thread-safe (it holds an ICU word iterator): make one per thread.
final class NameSpotter {
  private let english: WordTokenizer
  private let greek: WordTokenizer
  private let lexicon: Lexicon?

  init(lexicon: Lexicon?) {
    english = try! WordTokenizer(locale: "en")
    greek = try! WordTokenizer(locale: "el")
    self.lexicon = lexicon
  }

  /// A run of capitalized English words (Sergei Shoigu, South Korea), with what the words
  /// around it say about what it names.
  struct EnglishSpan: Sendable {
    /// The words, possessive endings removed; connecting particles (of, de, bin) included.
    var words: [String]
    /// Clues to the kind of thing named, from the words before and after.
    var cue: NameCue?
  }

  /// A capitalized Greek word.
  struct GreekWord: Sendable {
    var text: String
    /// The word's place among the sentence's words: consecutive names have consecutive places.
    var position: Int
    /// Whether a nominative article comes just before it (ο, η, το, οι).
    var afterNominativeArticle: Bool
    /// Whether the lexicon lists it as a common word (Δούκας, duke, is also a surname).
    var isCommonWord = false
  }

  /// The English names of `text`.
  func englishSpans(in text: String) -> [EnglishSpan] {
    let tokens = english.tokens(in: text, kinds: [.word, .number])
    let bytes = Array(text.utf8)
    var spans: [EnglishSpan] = []
    var run: [String] = []
    var runStart = 0
    func close(at end: Int) {
      // Trailing particles belong to no name.
      while let last = run.last, EnglishWords.particles.contains(last) { run.removeLast() }
      if !run.isEmpty {
        let before = runStart > 0 ? tokens[runStart - 1].text : nil
        let after = end < tokens.count ? tokens[end].text : nil
        spans.append(EnglishSpan(words: run, cue: EnglishWords.cue(words: run, before: before, after: after)))
      }
      run = []
    }
    for (index, token) in tokens.enumerated() {
      let adjacent =
        index > 0 && Glossary.isNameGap(bytes[tokens[index - 1].utf8Range.upperBound..<token.utf8Range.lowerBound])
      let word = Self.withoutPossessive(token.text)
      let capitalized = word.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
      let latin = WritingScript(ofWord: word) == .latin
      if !run.isEmpty, !adjacent { close(at: index) }
      if latin, capitalized {
        // A function word or a title opening a run is not part of the name (The, In, Mr).
        if run.isEmpty, EnglishWords.isFunctionWord(word) { continue }
        if run.isEmpty { runStart = index }
        run.append(word)
        if word != token.text { close(at: index + 1) }  // a possessive ends the name
      } else if latin, !run.isEmpty, EnglishWords.particles.contains(word) {
        run.append(word)
      } else {
        if !run.isEmpty { close(at: index) }
      }
    }
    close(at: tokens.count)
    return spans
  }

  /// The capitalized Greek words of `text`, each marked when the lexicon lists it as a common
  /// word, and the folded keys of its lower-case words (a word seen in lower case anywhere is
  /// a common word).
  func greekWords(in text: String, lowercaseKeys: inout Set<String>) -> [GreekWord] {
    let tokens = greek.tokens(in: text, kinds: [.word])
    var words: [GreekWord] = []
    for (index, token) in tokens.enumerated() {
      guard let first = token.text.unicodeScalars.first, WritingScript(ofWord: token.text) == .greek else { continue }
      if first.properties.isLowercase {
        if token.text.unicodeScalars.count >= 3 { lowercaseKeys.insert(TextFolder.shared.key(token.text)) }
        continue
      }
      guard first.properties.isUppercase, token.text.unicodeScalars.count >= 2 else { continue }
      let previous = index > 0 ? tokens[index - 1].text : ""
      words.append(
        GreekWord(
          text: token.text, position: index,
          afterNominativeArticle: ["ο", "η", "το", "οι", "Ο", "Η", "Το", "Οι"].contains(previous),
          isCommonWord: lexicon?.isCommonWord(token.text) ?? false))
    }
    return words
  }

  /// `word` without a possessive ending (Trump's, Jones').
  static func withoutPossessive(_ word: String) -> String {
    for ending in ["'s", "\u{2019}s", "'", "\u{2019}"] where word.hasSuffix(ending) && word.count > ending.count + 1 {
      return String(word.dropLast(ending.count))
    }
    return word
  }
}
