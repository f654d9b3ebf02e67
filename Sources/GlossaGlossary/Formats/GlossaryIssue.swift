/// A problem in a glossary file: an error stops the load, a warning is reported and skipped.
///
/// The description is one line naming the file and line:
///
///     glossaries/people.glossary:12: unknown field 'nmae'; ignoring it
public struct GlossaryIssue: Error, Hashable, Sendable, CustomStringConvertible {
  /// Whether the load can go on.
  public enum Severity: String, Sendable {
    case error, warning
  }

  public var severity: Severity
  /// The file as the user named it.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// What is wrong.
  public var message: String

  public init(_ severity: Severity, file: String, line: Int?, _ message: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    "\(file)\(line.map { ":\($0)" } ?? ""): \(severity == .warning ? "warning: " : "")\(message)"
  }
}
