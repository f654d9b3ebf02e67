import Foundation

/// Findings as one JSON document:
///
///     {"version": 1, "findings": [{"rule", "severity", "file", "line", "column", "endLine",
///      "endColumn", "text", "message", "suggestion", "entry"}]}
///
/// Lines and columns are 1-based; columns count Unicode scalars; `endLine`/`endColumn` is the
/// position just after the flagged text. `text` is exactly the flagged text; `suggestion` and
/// `entry` are null when there is none.
public struct JSONReporter: Reporter {
  public static let identifier = "json"

  /// The schema version; it changes when fields change meaning.
  public static let version = 1

  struct Output: Encodable {
    var version: Int
    var findings: [Item]
  }

  struct Item: Encodable {
    var rule: String
    var severity: String
    var file: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var text: String
    var message: String
    var suggestion: String?
    var entry: String?

    enum CodingKeys: String, CodingKey {
      case rule, severity, file, line, column, endLine, endColumn, text, message, suggestion, entry
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(rule, forKey: .rule)
      try container.encode(severity, forKey: .severity)
      try container.encode(file, forKey: .file)
      try container.encode(line, forKey: .line)
      try container.encode(column, forKey: .column)
      try container.encode(endLine, forKey: .endLine)
      try container.encode(endColumn, forKey: .endColumn)
      try container.encode(text, forKey: .text)
      try container.encode(message, forKey: .message)
      try container.encode(suggestion, forKey: .suggestion)  // null when absent
      try container.encode(entry, forKey: .entry)
    }
  }

  public init() {}

  public func report(_ files: [FileReport]) -> String {
    var items: [Item] = []
    for file in files {
      for finding in file.findings {
        let start = file.document.location(ofUTF8Offset: finding.utf8Range.lowerBound)
        let end = file.document.location(ofUTF8Offset: finding.utf8Range.upperBound)
        items.append(
          Item(
            rule: finding.ruleID, severity: finding.severity.rawValue, file: file.document.path, line: start.line,
            column: start.column, endLine: end.line, endColumn: end.column, text: finding.text,
            message: finding.message, suggestion: finding.suggestion, entry: finding.entryID))
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(Output(version: Self.version, findings: items)) else { return "" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
