import GlossaText

/// A sentence found by ``SentenceSegmenter``, with its exact place in the input.
///
/// Ranges are offsets from the start of the input in the unit their name states; the
/// sentence's text is exactly the input in those ranges, without surrounding whitespace.
public struct Sentence: Hashable, Sendable {
  /// The sentence as it is in the input (inner line breaks kept).
  public let text: String
  /// The range in UTF-8 bytes.
  public let utf8Range: Range<Int>
  /// The range in UTF-16 code units.
  public let utf16Range: Range<Int>
  /// The range in Unicode scalars.
  public let scalarRange: Range<Int>
  /// Where the sentence starts: line and column.
  public let start: SourceLocation

  /// Creates a sentence; ``SentenceSegmenter`` makes these.
  package init(
    text: String, utf8Range: Range<Int>, utf16Range: Range<Int>, scalarRange: Range<Int>,
    start: SourceLocation
  ) {
    self.text = text
    self.utf8Range = utf8Range
    self.utf16Range = utf16Range
    self.scalarRange = scalarRange
    self.start = start
  }
}
