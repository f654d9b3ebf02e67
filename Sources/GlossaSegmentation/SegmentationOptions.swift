/// Choices that change where ``SentenceSegmenter`` cuts.
public struct SegmentationOptions: Sendable, Equatable {
  /// How the input is divided into paragraphs, which no sentence crosses.
  public enum Paragraphs: String, Sendable, CaseIterable {
    /// Every line is a paragraph: the usual layout of news copy from a CMS.
    case lines
    /// Paragraphs are separated by blank lines; single line breaks inside one are
    /// wrapping, and a sentence may continue past them.
    case blankLines = "blank-lines"
  }

  /// Whether an ano teleia (`·`, U+0387) ends a sentence. Greek uses it as a semicolon, so
  /// by default it does not; some corpora (UD Greek GDT) split there.
  public var splitsAtAnoTeleia = false
  /// How paragraphs are found.
  public var paragraphs = Paragraphs.lines
  /// Abbreviations to use on top of the shipped list for the language.
  public var extraAbbreviations = AbbreviationList()

  /// The default options: no split at the ano teleia, one paragraph per line.
  public init(
    splitsAtAnoTeleia: Bool = false, paragraphs: Paragraphs = .lines,
    extraAbbreviations: AbbreviationList = AbbreviationList()
  ) {
    self.splitsAtAnoTeleia = splitsAtAnoTeleia
    self.paragraphs = paragraphs
    self.extraAbbreviations = extraAbbreviations
  }
}
