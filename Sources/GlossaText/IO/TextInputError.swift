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
    case .invalidUTF8, .lineTooLong: true
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
    }
  }

  /// `file:line: message`.
  public var description: String {
    (line.map { "\(file):\($0)" } ?? file) + ": " + message
  }
}
