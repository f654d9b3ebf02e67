import GlossaText

/// Reads paragraphs from a ``LineReader``: single lines, or blocks between blank lines, each
/// with the offsets where it starts in the input.
struct ParagraphStream {
  let reader: LineReader
  let mode: SegmentationOptions.Paragraphs

  /// Calls `body` with each paragraph's text and start, in order.
  func forEachParagraph(_ body: (String, TextCursor.Start) throws -> Void) throws {
    var scalarOffset = 0
    var pending = ""
    var pendingStart: TextCursor.Start?
    while let line = try reader.next() {
      if line.number == 1, reader.hadByteOrderMark { scalarOffset = 1 }
      let start = TextCursor.Start(
        utf8Offset: line.byteOffset, scalarOffset: scalarOffset, line: line.number)
      scalarOffset += Self.scalarCount(line.text) + line.terminator.utf8.count
      switch mode {
      case .lines:
        try body(line.text, start)
      case .blankLines:
        if line.text.allSatisfy(\.isWhitespace) {
          if let blockStart = pendingStart { try body(pending, blockStart) }
          pending = ""
          pendingStart = nil
        } else {
          if pendingStart == nil { pendingStart = start } else { pending += "\n" }
          pending += line.text
        }
      }
    }
    if let blockStart = pendingStart { try body(pending, blockStart) }
  }

  /// Counts the scalars of `text` from its UTF-8 bytes (every byte that does not continue one).
  static func scalarCount(_ text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
  }
}
