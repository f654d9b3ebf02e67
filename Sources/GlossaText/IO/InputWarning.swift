/// Something in an input worth telling but not worth stopping for: an unknown field in a
/// glossary, a `<tu>` without a translation, an unknown key in a configuration. Every reader
/// in Glossa returns its warnings as values of this one type, and goes on.
///
/// The description is one compiler-style line:
///
///     glossaries/people.glossary:12: warning: unknown field 'nmae'; ignoring it
public struct InputWarning: Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The 1-based column in Unicode scalars, when known.
  public var column: Int?
  /// What was noticed.
  public var message: String

  /// A warning about a place in a file.
  package init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: warning: message`, leaving out what is not known.
  public var description: String {
    var place = file
    if let line {
      place += ":\(line)"
      if let column { place += ":\(column)" }
    }
    return "\(place): warning: \(message)"
  }
}
