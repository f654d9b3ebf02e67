import GlossaText

/// Reads a plain-text file in pieces of about a given size, each cut after a line break
/// (``GlossaText/TextPieces``) and handed out as a ``Document`` of its own with its offset in
/// the file, while the line starts of the whole file are gathered for reports.
///
/// Each piece is checked as it is cut: bytes that are not UTF-8 (unless lossy) and a line
/// longer than the limit are errors naming the file, the line and the byte.
final class PieceReader {
  /// The line starts of what has been read.
  private(set) var lines: FileLineIndex

  private let input: InputFile
  private let path: String
  private let pieceSize: Int
  private let lossy: Bool
  private let maximumLineLength: Int
  private var buffer: [UInt8] = []
  /// The offset in the file of `buffer[0]`.
  private var offset = 0
  private var atEnd = false

  /// Opens `path` (or standard input for `-`).
  init(path: String, pieceSize: Int, lossy: Bool, maximumLineLength: Int) throws(TextInputError) {
    input = try InputFile(path: path)
    self.path = input.name
    self.pieceSize = pieceSize
    self.lossy = lossy
    self.maximumLineLength = maximumLineLength
    lines = FileLineIndex(path: path)
  }

  /// The next piece and its offset in the file, or `nil` at the end.
  func next() throws(TextInputError) -> (document: Document, offset: Int)? {
    while true {
      let end = buffer.withUnsafeBufferPointer { TextPieces.end(in: $0, from: 0, size: pieceSize) }
      if let end { return try piece(end) }
      if atEnd { return buffer.isEmpty ? nil : try piece(buffer.count) }
      if try input.read(appendingTo: &buffer, count: max(pieceSize, 1 << 16)) == 0 { atEnd = true }
      try checkOpenLine()
    }
  }

  /// Cuts the first `end` bytes of the buffer off as a piece.
  private func piece(_ end: Int) throws(TextInputError) -> (document: Document, offset: Int) {
    let text = try buffer.withUnsafeBufferPointer { all throws(TextInputError) -> String in
      let bytes = UnsafeBufferPointer(rebasing: all[..<end])
      if !lossy, let invalid = UTF8Validation.firstInvalidOffset(in: bytes) {
        throw TextInputError.notUTF8(
          start: bytes.prefix(256), byte: bytes[invalid], file: path, line: line(at: invalid, in: bytes),
          byteOffset: offset + invalid)
      }
      if end > maximumLineLength, let long = longLine(in: bytes) {
        throw TextInputError(code: .lineTooLong(limit: maximumLineLength), file: path, line: line(at: long, in: bytes))
      }
      lines.add(bytes, at: offset)
      return String(decoding: bytes, as: UTF8.self)
    }
    let pieceOffset = offset
    buffer.removeFirst(end)
    offset += end
    return (Document(path: path, original: text, masked: text, format: .text), pieceOffset)
  }

  /// A line still open at the end of the buffer that is already longer than the limit.
  private func checkOpenLine() throws(TextInputError) {
    guard buffer.count > maximumLineLength else { return }
    try buffer.withUnsafeBufferPointer { bytes throws(TextInputError) in
      let lastBreak = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      if bytes.count - lastBreak > maximumLineLength {
        throw TextInputError(
          code: .lineTooLong(limit: maximumLineLength), file: path, line: line(at: lastBreak, in: bytes))
      }
    }
  }

  /// The start of the first line in `bytes` longer than the limit.
  private func longLine(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var start = 0
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      if end - start > maximumLineLength { return start }
      start = end + 1
    }
    return nil
  }

  /// The 1-based line in the file of the byte at `index` in `bytes` (the buffer's start).
  private func line(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    lines.lineCount + bytes[..<index].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
  }
}
