import GlossaText

/// XML that cannot be read: malformed markup, an unsupported encoding, an entity Glossa will
/// not expand. The description is one line with the file, line and column:
///
///     memory.tmx:12:7: expected '>' to close <tuv>
public struct XMLSyntaxError: CategorizedError, Hashable, Sendable {
  /// The file as the user named it.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, in Unicode scalars.
  public var column: Int
  /// What is wrong.
  public var message: String

  /// An error at a place in a file.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// Always ``GlossaText/ErrorCategory/malformedInput``.
  public var category: ErrorCategory { .malformedInput }

  /// `file:line:column: message`.
  public var description: String { "\(file):\(line):\(column): \(message)" }
}
