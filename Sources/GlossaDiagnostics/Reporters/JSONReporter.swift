import Foundation

/// Findings as one JSON document:
///
///     {"version": 1, "findings": [{"rule", "severity", "file", "line", "column", "endLine",
///      "endColumn", "text", "message", "suggestion", "entry", "related"?, "unit"?, "tuid"?}]}
///
/// Lines and columns are 1-based; columns count Unicode scalars; `endLine`/`endColumn` is the
/// position just after the flagged text. `text` is exactly the flagged text; `suggestion` and
/// `entry` are null when there is none. `related` names the other place that matters
/// (`file:line:column`, or a unit), when there is one. A finding about a translation unit has
/// the TMX `line` (or null), the memory's `unit` row and the `tuid` when known, and no columns.
package struct JSONReporter: Reporter {
  /// The name `--format` takes: `json`.
  package static let identifier = "json"

  /// The schema version; it changes when fields change meaning.
  package static let version = 1

  struct Output: Encodable {
    var version: Int
    var findings: [Item]
  }

  struct Item: Encodable {
    var rule: String
    var severity: String
    var file: String
    var line: Int?
    var span: (column: Int, endLine: Int, endColumn: Int)?
    var text: String?
    var message: String
    var suggestion: String?
    var entry: String?
    var related: String?
    var unit: Int64?
    var tuid: String?

    enum CodingKeys: String, CodingKey {
      case rule, severity, file, line, column, endLine, endColumn, text, message, suggestion, entry, related, unit, tuid
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(rule, forKey: .rule)
      try container.encode(severity, forKey: .severity)
      try container.encode(file, forKey: .file)
      try container.encode(line, forKey: .line)  // null for a memory's unit
      if let span {
        try container.encode(span.column, forKey: .column)
        try container.encode(span.endLine, forKey: .endLine)
        try container.encode(span.endColumn, forKey: .endColumn)
      }
      try container.encodeIfPresent(text, forKey: .text)
      try container.encode(message, forKey: .message)
      try container.encode(suggestion, forKey: .suggestion)  // null when absent
      try container.encode(entry, forKey: .entry)
      try container.encodeIfPresent(related, forKey: .related)
      try container.encodeIfPresent(unit, forKey: .unit)
      try container.encodeIfPresent(tuid, forKey: .tuid)
    }
  }

  /// A reporter.
  package init() {}

  /// The JSON document for all files, pretty-printed with sorted keys.
  package func report(_ files: [FileReport]) -> String {
    var items: [Item] = []
    for file in files {
      for finding in file.findings {
        var item = Item(
          rule: finding.ruleID, severity: finding.severity.rawValue, file: file.path, message: finding.message,
          suggestion: finding.suggestion, entry: finding.entryID, related: finding.related.map { file.place(of: $0) })
        if let unit = finding.unit {
          item.file = unit.file
          item.line = unit.line
          item.unit = unit.unitID
          item.tuid = unit.tuid
        } else {
          let start = file.location(ofUTF8Offset: finding.utf8Range.lowerBound)
          let end = file.location(ofUTF8Offset: finding.utf8Range.upperBound)
          item.line = start.line
          item.span = (start.column, end.line, end.column)
          item.text = finding.text
        }
        items.append(item)
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(Output(version: Self.version, findings: items)) else { return "" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
