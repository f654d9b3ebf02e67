/// A word, number or other piece of a text, with its exact position.
///
/// Ranges are offsets from the start of the text in the unit their name states; they
/// index the original text, including a byte order mark if there is one.
public struct Token: Hashable, Sendable {
  /// What a token is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// Letters, possibly with marks, apostrophes or inner hyphens ICU keeps together.
    case word
    /// Digits, including `1.000` and `3,5`.
    case number
    /// Punctuation such as `,` `«` `;`.
    case punctuation
    /// Spaces and line breaks.
    case whitespace
    /// Anything else: emoji, symbols, a byte order mark.
    case symbol
  }

  /// The token's text, exactly as it appears in the input.
  public let text: String
  /// What the token is.
  public let kind: Kind
  /// The token's range in UTF-8 bytes.
  public let utf8Range: Range<Int>
  /// The token's range in UTF-16 code units.
  public let utf16Range: Range<Int>
  /// The token's range in Unicode scalars.
  public let scalarRange: Range<Int>
  /// Where the token starts.
  public let start: SourceLocation

  /// Creates a token; ``WordTokenizer`` makes these.
  package init(
    text: String, kind: Kind, utf8Range: Range<Int>, utf16Range: Range<Int>,
    scalarRange: Range<Int>, start: SourceLocation
  ) {
    self.text = text
    self.kind = kind
    self.utf8Range = utf8Range
    self.utf16Range = utf16Range
    self.scalarRange = scalarRange
    self.start = start
  }
}
