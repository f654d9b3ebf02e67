import GlossaGlossary
import GlossaSegmentation
import GlossaText

/// What the rules share about one document, computed once: tokens, sentences, glossary
/// mentions. Made by the ``Linter`` for each document, on one thread.
package final class DocumentAnalysis {
  /// The document.
  package let document: Document
  /// The glossary names are checked against, if any.
  package let glossary: Glossary?
  /// The word list that tells common words from names, if any.
  package let lexicon: Lexicon?
  /// The configuration in effect.
  package let configuration: LintConfiguration
  private let tokenizer: WordTokenizer
  private let segmenter: SentenceSegmenter

  /// Words, numbers and punctuation of the checked text, in order; worked out when first
  /// asked for.
  package private(set) lazy var tokens: [Token] = tokenizer.tokens(
    in: document.text, kinds: [.word, .number, .punctuation, .symbol])
  /// The sentences of the checked text; worked out when first asked for.
  package private(set) lazy var sentences: [Sentence] = segmenter.sentences(in: document.text)

  /// The word tokens alone.
  package private(set) lazy var words: [Token] = tokens.filter { $0.kind == .word }

  /// The glossary's names in the text, longest first where they overlap.
  package private(set) lazy var mentions: [NameMention] = {
    guard let glossary else { return [] }
    return glossary.mentions(in: document.text, tokens: words).filter {
      !configuration.ignores($0.text)
    }
  }()

  /// UTF-8 offsets where sentences start.
  package private(set) lazy var sentenceStarts: Set<Int> = Set(sentences.map(\.utf8Range.lowerBound))

  /// Indexes into ``words`` of the words inside a glossary mention.
  package private(set) lazy var wordsCoveredByMentions: Set<Int> = {
    var covered = Set<Int>()
    var index = 0
    for mention in mentions {  // mentions and words are both in text order
      while index < words.count, words[index].utf8Range.lowerBound < mention.utf8Range.lowerBound { index += 1 }
      var inside = index
      while inside < words.count, words[inside].utf8Range.lowerBound < mention.utf8Range.upperBound {
        covered.insert(inside)
        inside += 1
      }
    }
    return covered
  }()

  /// The index of the sentence containing `utf8Offset` (or the last before it).
  private func sentenceIndex(at utf8Offset: Int) -> Int? {
    var low = 0
    var high = sentences.count - 1
    guard high >= 0, sentences[0].utf8Range.lowerBound <= utf8Offset else { return nil }
    while low < high {
      let middle = (low + high + 1) / 2
      if sentences[middle].utf8Range.lowerBound <= utf8Offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  init(
    document: Document, glossary: Glossary?, lexicon: Lexicon? = nil, configuration: LintConfiguration,
    tokenizer: WordTokenizer, segmenter: SentenceSegmenter
  ) {
    self.document = document
    self.glossary = glossary
    self.lexicon = lexicon
    self.configuration = configuration
    self.tokenizer = tokenizer
    self.segmenter = segmenter
  }

  /// Whether `word` is a common word of the language (its lower-case form is in the lexicon):
  /// not a name, unless the glossary lists it. Always `false` without a lexicon.
  package func isCommonWord(_ word: String) -> Bool { lexicon?.isCommonWord(word) ?? false }

  /// Whether the sentence around `utf8Offset` is Greek: it has more Greek letters than Latin.
  package func isGreekSentence(containing utf8Offset: Int) -> Bool {
    guard let index = sentenceIndex(at: utf8Offset), sentences[index].utf8Range.contains(utf8Offset) else {
      return false
    }
    let counts = ScriptCounts(sentences[index].text)
    return counts.greek > counts.latin
  }

  /// Whether a word starts a sentence (its first letter follows only punctuation or quotes).
  package func startsSentence(_ token: Token) -> Bool {
    if sentenceStarts.contains(token.utf8Range.lowerBound) { return true }
    guard let index = sentenceIndex(at: token.utf8Range.lowerBound) else { return true }
    let sentence = sentences[index]
    let prefix = document.text(in: sentence.utf8Range.lowerBound..<token.utf8Range.lowerBound)
    return !prefix.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }
}
