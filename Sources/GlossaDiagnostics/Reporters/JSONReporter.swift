import GlossaText

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

  /// A reporter.
  package init() {}

  /// The JSON document for all files, pretty-printed with sorted keys, as Foundation's
  /// `JSONEncoder` prints it (`.prettyPrinted`, `.sortedKeys`, `.withoutEscapingSlashes`),
  /// written straight into the text: no tree of values is built, so the report takes about
  /// the memory of its own text.
  package func report(_ files: [FileReport]) -> String {
    var out = "{\n  \"findings\" : ["
    var first = true
    for file in files {
      for finding in file.findings {
        out += first ? "\n    {\n" : ",\n    {\n"
        first = false
        var fields: [(String, String)] = []
        let unit = finding.unit
        if let unit {
          fields.append(("line", unit.line.map(String.init) ?? "null"))
          if let row = unit.unitID { fields.append(("unit", String(row))) }
          if let tuid = unit.tuid { fields.append(("tuid", Self.quoted(tuid))) }
        } else {
          let start = file.location(ofUTF8Offset: finding.utf8Range.lowerBound)
          let end = file.location(ofUTF8Offset: finding.utf8Range.upperBound)
          fields += [
            ("column", String(start.column)), ("endColumn", String(end.column)), ("endLine", String(end.line)),
            ("line", String(start.line)), ("text", Self.quoted(finding.text)),
          ]
        }
        fields.append(("entry", finding.entryID.map(Self.quoted) ?? "null"))
        fields.append(("file", Self.quoted(unit?.file ?? file.path)))
        fields.append(("message", Self.quoted(finding.message)))
        if let related = finding.related { fields.append(("related", Self.quoted(file.place(of: related)))) }
        fields.append(("rule", Self.quoted(finding.ruleID)))
        fields.append(("severity", Self.quoted(finding.severity.rawValue)))
        fields.append(("suggestion", finding.suggestion.map(Self.quoted) ?? "null"))
        fields.sort { $0.0 < $1.0 }
        for (index, field) in fields.enumerated() {
          out += "      \"\(field.0)\" : \(field.1)\(index + 1 < fields.count ? "," : "")\n"
        }
        out += "    }"
      }
    }
    out += first ? "\n\n  ],\n" : "\n  ],\n"
    out += "  \"version\" : \(Self.version)\n}\n"
    return out
  }

  /// A JSON string as `JSONEncoder` writes it: line separators as they are.
  static func quoted(_ text: String) -> String { JSONText.quoted(text, escapingLineSeparators: false) }
}
