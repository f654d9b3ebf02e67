import GlossaText

/// A glossary file that cannot be loaded: missing, malformed, or with an entry id used twice.
/// (What can be skipped is an ``GlossaText/InputWarning`` instead, and the load goes on.)
///
/// The description is one line naming the file, line and, for XML, column:
///
///     glossaries/people.glossary:12: a form line before any entry
public struct GlossaryIssue: CategorizedError, Hashable, Sendable {
  /// The file as the user named it.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The 1-based column in Unicode scalars, when known (XML errors know it).
  public var column: Int?
  /// What is wrong.
  public var message: String
  /// ``GlossaText/ErrorCategory/malformedInput`` unless the file is missing or unreadable.
  public var category: ErrorCategory

  /// An error at a line (and column) of a file.
  package init(
    file: String, line: Int?, column: Int? = nil, _ message: String, category: ErrorCategory = .malformedInput
  ) {
    self.category = category
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`, leaving out what is not known.
  public var description: String {
    let place = file + (line.map { ":\($0)" } ?? "") + (line != nil ? column.map { ":\($0)" } ?? "" : "")
    return "\(place): \(message)"
  }
}
