/// A problem reading a text input: a missing file, bytes that are not UTF-8, a runaway line.
///
/// The description is one line naming the file and, where it applies, the line and byte:
///
///     article.txt:12: invalid UTF-8 at byte 4711 (0xFF)
public struct TextInputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: Hashable, Sendable {
    /// The file does not exist.
    case fileNotFound
    /// The path names a directory where a file was expected.
    case isDirectory
    /// The file exists but cannot be opened or read (permissions, I/O error).
    case unreadable(String)
    /// The bytes are not valid UTF-8.
    case invalidUTF8(byte: UInt8)
    /// A line is longer than the reader allows.
    case lineTooLong(limit: Int)
    /// The text is UTF-16, which a UTF-8 reader cannot take.
    case utf16
  }

  /// An error for bytes that are not UTF-8: ``Code/utf16`` when the start of the input is
  /// UTF-16 (a byte order mark FF FE or FE FF, or a zero or a Greek or Latin block byte in
  /// every other place), else ``Code/invalidUTF8(byte:)``.
  package static func notUTF8(
    start: some Collection<UInt8>, byte: UInt8, file: String, line: Int?, byteOffset: Int
  ) -> TextInputError {
    TextInputError(
      code: looksLikeUTF16(start) ? .utf16 : .invalidUTF8(byte: byte), file: file, line: line, byteOffset: byteOffset)
  }

  static func looksLikeUTF16(_ start: some Collection<UInt8>) -> Bool {
    let bytes = Array(start.prefix(256))
    guard bytes.count >= 2 else { return false }
    if (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return true }
    // Text in one script puts the same high byte (0 for ASCII, 3 for Greek, 4 for Cyrillic) in
    // every other place.
    for parity in 0...1 {
      let high = stride(from: parity, to: bytes.count, by: 2).map { bytes[$0] }
      if high.count >= 4, high.filter({ $0 <= 0x04 }).count * 10 >= high.count * 9 { return true }
    }
    return false
  }

  /// What went wrong.
  public let code: Code
  /// The file as the user named it, or `<stdin>`.
  public let file: String
  /// The 1-based line, when the problem is inside the text.
  public let line: Int?
  /// The 0-based byte offset from the start of the file, when the problem is at one byte.
  public let byteOffset: Int?

  /// Creates an error.
  package init(code: Code, file: String, line: Int? = nil, byteOffset: Int? = nil) {
    self.code = code
    self.file = file
    self.line = line
    self.byteOffset = byteOffset
  }

  /// Whether the input's content is at fault (sysexits `EX_DATAERR`, 65) rather than its
  /// absence (`EX_NOINPUT`, 66).
  public var isDataError: Bool {
    switch code {
    case .invalidUTF8, .lineTooLong, .utf16: true
    case .fileNotFound, .isDirectory, .unreadable: false
    }
  }

  /// What is wrong, without the place: `no such file`, `invalid UTF-8 at byte 4711 (0xFF); …`.
  public var message: String {
    switch code {
    case .fileNotFound:
      return "no such file"
    case .isDirectory:
      return "is a directory"
    case .unreadable(let reason):
      return "cannot read: \(reason)"
    case .invalidUTF8(let byte):
      let hex = String(byte, radix: 16, uppercase: true)
      let at = byteOffset.map { " at byte \($0)" } ?? ""
      return "invalid UTF-8\(at) (0x\(hex.count == 1 ? "0" + hex : hex)); convert the file to UTF-8 or pass --lossy"
    case .lineTooLong(let limit):
      return "line is longer than \(limit) bytes"
    case .utf16:
      return "the file is UTF-16, not UTF-8; convert it first (iconv -f UTF-16 -t UTF-8)"
    }
  }

  /// `file:line: message`.
  public var description: String {
    (line.map { "\(file):\($0)" } ?? file) + ": " + message
  }
}
