import GlossaText

/// A problem in a glossary file: an error stops the load, a warning is reported and skipped.
///
/// The description is one line naming the file and line:
///
///     glossaries/people.glossary:12: unknown field 'nmae'; ignoring it
public struct GlossaryIssue: CategorizedError, Hashable, Sendable {
  /// Whether the load can go on.
  public enum Severity: String, Sendable {
    case error, warning
  }

  public var severity: Severity
  /// The file as the user named it.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The 1-based column in Unicode scalars, when known (XML errors know it).
  public var column: Int?
  /// What is wrong.
  public var message: String
  /// What kind of failure an error is: ``GlossaText/ErrorCategory/malformedInput`` unless the
  /// file is missing or unreadable.
  public var category: ErrorCategory

  /// An issue at a line (and column) of a file.
  public init(
    _ severity: Severity, file: String, line: Int?, column: Int? = nil, _ message: String,
    category: ErrorCategory = .malformedInput
  ) {
    self.category = category
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`, with `warning: ` before the message of a warning.
  public var description: String {
    let place = file + (line.map { ":\($0)" } ?? "") + (line != nil ? column.map { ":\($0)" } ?? "" : "")
    return "\(place): \(severity == .warning ? "warning: " : "")\(message)"
  }
}
