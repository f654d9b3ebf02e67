import GlossaICU

/// Splits text into words and numbers with ICU's word break rules (UAX #29).
///
///     let tokenizer = try WordTokenizer(locale: "el")
///     for token in tokenizer.tokens(in: "Ο κ. Λαβρόφ, 68 ετών 🙂") {
///       print(token.text, token.kind, token.utf8Range, token.start)
///     }
///
/// Offsets are exact on decomposed (NFD) text, CRLF line ends, a leading byte order mark and
/// emoji. Not safe to share between tasks: each task needs its own tokenizer.
public final class WordTokenizer {
  private let iterator: BreakIterator

  /// Opens ICU's word break iterator for `locale` (`el` and `en` behave the same).
  public init(locale: String = "el") throws(ICUError) {
    iterator = try BreakIterator(kind: .word, locale: locale)
  }

  /// Returns the tokens of `text` whose kind is in `kinds`, in order.
  ///
  /// - Parameter kinds: Which tokens to keep; words and numbers by default.
  /// - Complexity: O(*n*) in the length of `text`.
  package func tokens(
    in text: String, kinds: Set<Token.Kind> = [.word, .number]
  ) -> [Token] {
    let utf16 = Array(text.utf16)
    guard !utf16.isEmpty, (try? iterator.setText(utf16: utf16)) != nil else { return [] }
    var tokens: [Token] = []
    var cursor = TextCursor(utf16)
    var start = iterator.first()
    while let end = iterator.next() {
      let status = iterator.ruleStatus
      let kind = Self.kind(ofStatus: status, firstUnit: utf16[start], text: utf16[start..<end])
      if kinds.contains(kind) {
        cursor.advance(toUTF16Offset: start)
        let begin = cursor
        cursor.advance(toUTF16Offset: end)
        tokens.append(
          Token(
            text: String(decoding: utf16[start..<end], as: UTF16.self), kind: kind,
            utf8Range: begin.utf8Offset..<cursor.utf8Offset,
            utf16Range: start..<end,
            scalarRange: begin.scalarOffset..<cursor.scalarOffset,
            start: begin.location))
      }
      start = end
    }
    return tokens
  }

  private static func kind(
    ofStatus status: Int32, firstUnit: UInt16, text: ArraySlice<UInt16>
  ) -> Token.Kind {
    switch status {
    case 100..<200: return .number
    case 200..<500: return .word
    default: break
    }
    guard let scalar = String(decoding: text.prefix(2), as: UTF16.self).unicodeScalars.first
    else { return .symbol }
    let properties = scalar.properties
    if properties.isWhitespace { return .whitespace }
    switch properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return .punctuation
    default:
      return .symbol
    }
  }
}
