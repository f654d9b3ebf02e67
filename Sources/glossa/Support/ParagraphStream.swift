import GlossaSegmentation
import GlossaText

/// Reads paragraphs from a ``LineReader``: single lines, or blocks between blank lines, each
/// with the offsets where it starts in the input.
struct ParagraphStream {
  let reader: LineReader
  let mode: SegmentationOptions.Paragraphs

  /// Calls `body` with each paragraph's text and start, in order.
  func forEach(_ body: (String, TextCursor.Start) throws -> Void) throws {
    var scalarOffset = 0
    var pending = ""
    var pendingStart: TextCursor.Start?
    while let line = try reader.next() {
      if line.number == 1, reader.hadByteOrderMark { scalarOffset = 1 }
      let start = TextCursor.Start(
        utf8Offset: line.byteOffset, scalarOffset: scalarOffset, line: line.number)
      scalarOffset += line.text.unicodeScalars.count + line.terminator.unicodeScalars.count
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
}
