#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of a text input.
public struct InputLine: Sendable {
  /// The line's text, without its line end.
  public var text: String
  /// The 1-based line number.
  public var number: Int
  /// The line end as it was in the input: `"\n"`, `"\r\n"`, or `""` for a last line without one.
  public var terminator: String
  /// The 0-based byte offset of the line's first byte in the input.
  public var byteOffset: Int
}

/// Reads a file or standard input line by line in constant memory.
///
///     let reader = try LineReader(path: "article.txt")
///     while let line = try reader.next() { print(line.number, line.text) }
///
/// Input is read in 1 MiB blocks, so a gigabyte file takes no more memory than its longest
/// line. Lines are checked as UTF-8; the first bad byte throws ``TextInputError`` naming the
/// file, line and byte offset, unless the reader is `lossy`, which replaces bad bytes with
/// U+FFFD and counts them. A UTF-8 byte order mark at the start is skipped.
public final class LineReader {
  /// The default longest line: 64 MiB.
  public static let defaultMaximumLineLength = 64 << 20

  /// The input's name in messages: the path as given, or `<stdin>`.
  public let name: String
  /// Whether the input began with a UTF-8 byte order mark (which lines leave out).
  public private(set) var hadByteOrderMark = false
  /// How many lines had bytes replaced because they were not UTF-8 (only when `lossy`).
  public private(set) var replacedLineCount = 0

  private let file: InputFile
  private let lossy: Bool
  private let maximumLineLength: Int
  private var buffer: [UInt8] = []
  private var start = 0  // first unread byte in `buffer`
  private var searchFrom = 0  // where to look for the next line end; bytes before have none
  private var consumed = 0  // bytes of the input before `buffer[0]`
  private var lineNumber = 0
  private var atEnd = false
  private var checkedByteOrderMark = false

  /// Opens `path` for reading, or standard input when `path` is `nil` or `-`.
  ///
  /// - Throws: ``TextInputError`` when the file is missing, a directory, or unreadable.
  public init(
    path: String?, lossy: Bool = false, maximumLineLength: Int = LineReader.defaultMaximumLineLength
  ) throws(TextInputError) {
    self.lossy = lossy
    self.maximumLineLength = maximumLineLength
    file = try InputFile(path: path)
    name = file.name
  }

  /// Returns the next line, or `nil` at the end of the input.
  ///
  /// - Throws: ``TextInputError`` for bytes that are not UTF-8 (unless lossy), a line
  ///   longer than the maximum, or a read error.
  public func next() throws(TextInputError) -> InputLine? {
    while true {
      if let newline = newlineIndex() {
        return try makeLine(end: newline, terminatorLength: 1)
      }
      searchFrom = buffer.count
      if atEnd {
        guard start < buffer.count else { return nil }
        return try makeLine(end: buffer.count, terminatorLength: 0)
      }
      if buffer.count - start > maximumLineLength {
        throw TextInputError(
          code: .lineTooLong(limit: maximumLineLength), file: name, line: lineNumber + 1)
      }
      try fill()
    }
  }

  private func makeLine(end: Int, terminatorLength: Int) throws(TextInputError) -> InputLine {
    lineNumber += 1
    checkedByteOrderMark = true
    var contentEnd = end
    var terminator = terminatorLength == 1 ? "\n" : ""
    if terminatorLength == 1, contentEnd > start, buffer[contentEnd - 1] == 0x0D {
      contentEnd -= 1
      terminator = "\r\n"
    }
    if contentEnd - start > maximumLineLength {
      throw TextInputError(code: .lineTooLong(limit: maximumLineLength), file: name, line: lineNumber)
    }
    let lineStart = start
    start = end + terminatorLength
    searchFrom = start
    let text = try decode(lineStart..<contentEnd)
    return InputLine(
      text: text, number: lineNumber, terminator: terminator, byteOffset: consumed + lineStart)
  }

  private func decode(_ range: Range<Int>) throws(TextInputError) -> String {
    let invalid = buffer.withUnsafeBufferPointer {
      UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: $0[range]))
    }
    guard let invalid else { return String(decoding: buffer[range], as: UTF8.self) }
    if lossy {
      replacedLineCount += 1
      return String(decoding: buffer[range], as: UTF8.self)
    }
    // Only the start of the input tells UTF-16 apart.
    let start = consumed == 0 ? buffer[...] : []
    throw TextInputError.notUTF8(
      start: start, byte: buffer[range.lowerBound + invalid], file: name, line: lineNumber,
      byteOffset: consumed + range.lowerBound + invalid)
  }

  private func fill() throws(TextInputError) {
    if start > 0 {
      buffer.removeFirst(start)
      consumed += start
      searchFrom -= start
      start = 0
    }
    if try file.read(appendingTo: &buffer, count: 1 << 20) == 0 { atEnd = true }
    if !checkedByteOrderMark, buffer.count >= 3 || atEnd {
      checkedByteOrderMark = true
      if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
        start = 3
        searchFrom = 3
        hadByteOrderMark = true
      }
    }
  }

  /// The index of the next `\n` at or after `searchFrom`, found with `memchr`.
  private func newlineIndex() -> Int? {
    let from = max(searchFrom, start)
    guard from < buffer.count else { return nil }
    return buffer.withUnsafeBufferPointer { bytes in
      guard let found = memchr(bytes.baseAddress! + from, 0x0A, bytes.count - from) else {
        return nil
      }
      return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }
}
