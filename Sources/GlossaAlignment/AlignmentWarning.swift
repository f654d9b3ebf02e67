import GlossaText

/// Something odd about a document pair: the aligner still aligns it as well as it can.
public enum AlignmentWarning: Hashable, Sendable, CustomStringConvertible {
  /// Which document of the pair.
  public enum Side: String, Hashable, Sendable {
    case source, target
  }

  /// One side has no sentences: everything on the other side stays unaligned.
  case emptySide(Side)
  /// A side is mostly written in another script than its language uses (the files may be
  /// swapped, or the language wrong).
  case unexpectedScript(Side, language: String, expected: WritingScript, found: WritingScript)
  /// The two sides differ far more in length than translations do.
  case lengthMismatch(sourceCharacters: Int, targetCharacters: Int)
  /// One side has far more sentences than the other.
  case sentenceCountMismatch(source: Int, target: Int)

  /// The warning in one sentence, numbers included.
  public var description: String {
    switch self {
    case .emptySide(let side):
      "the \(side.rawValue) text has no sentences; every sentence of the other side stays unaligned"
    case .unexpectedScript(let side, let language, let expected, let found):
      "the \(side.rawValue) text is mostly \(found.name) script, not \(expected.name) as '\(language)' is written; are the languages or files swapped?"
    case .lengthMismatch(let source, let target):
      "the texts differ much in length (\(source) and \(target) characters); is one a partial translation?"
    case .sentenceCountMismatch(let source, let target):
      "the texts have very different numbers of sentences (\(source) and \(target)); expect unaligned sentences"
    }
  }
}
