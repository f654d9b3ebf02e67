import GlossaText

/// XML that cannot be read: malformed markup, an unsupported encoding, an entity Glossa will
/// not expand. The description is one line with the file, line and column:
///
///     memory.tmx:12:7: expected '>' to close <tuv>
package struct XMLSyntaxError: CategorizedError, Hashable, Sendable {
  /// The file as the user named it.
  package var file: String
  /// 1-based line.
  package var line: Int
  /// 1-based column, in Unicode scalars.
  package var column: Int
  /// What is wrong.
  package var message: String

  /// An error at a place in a file.
  package init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// Always ``GlossaText/ErrorCategory/malformedInput``.
  package var category: ErrorCategory { .malformedInput }

  /// `file:line:column: message`.
  package var description: String { "\(file):\(line):\(column): \(message)" }
}
