import Foundation
import GlossaDiagnostics
import Testing

@testable import GlossaLint

/// Compares `text` with the golden file `Snapshots/<name>`; with `RECORD_SNAPSHOTS=1` in the
/// environment, writes it instead.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  let url = directory.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try text.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(
    text == expected, "snapshot \(name) differs; run with RECORD_SNAPSHOTS=1 to update", sourceLocation: sourceLocation)
}

@Suite("Reporters")
struct ReporterTests {
  /// Greek, an emoji before the findings (4 UTF-8 bytes, 2 UTF-16 units, 1 scalar) and a
  /// decomposed accent, so that every column unit differs.
  static let article =
    "Η αντιπροσωπεία 🇰🇵 έφτασε στην Πιονγκγιάνγκ.\nΤο Κρεμλίνo και η Πιονγκγιάνγκ συμφώνησαν 🤝 η Πιονγια\u{301}νγκ σιωπά.\nΤι θα γίνει?\n"

  static func report() throws -> [FileReport] {
    let document = Document(path: "articles/fixture article.txt", text: article)
    return [FileReport(document: document, findings: try Linter().lint(document))]
  }

  @Test("Text: compiler-style lines with scalar columns")
  func text() throws {
    let output = TextReporter().report(try Self.report())
    try assertSnapshot(output, named: "text.txt")
    #expect(output.contains("articles/fixture article.txt:2:4: error: 'Κρεμλίνo' mixes Greek and Latin letters"))
    #expect(!output.contains("\u{1B}["))
    #expect(TextReporter(colored: true).report(try Self.report()).contains("\u{1B}[1;31merror\u{1B}[0m"))
  }

  /// The JSON report as Foundation's encoder makes it, to hold the reporter's own writer to.
  static func encoderReport(_ files: [FileReport]) throws -> String {
    struct Item: Encodable {
      var rule, severity, file, message: String
      var line: Int?
      var column, endLine, endColumn: Int?
      var text, suggestion, entry, related, tuid: String?
      var unit: Int64?

      enum CodingKeys: String, CodingKey {
        case rule, severity, file, line, column, endLine, endColumn, text, message, suggestion, entry, related, unit,
          tuid
      }

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encodeIfPresent(endLine, forKey: .endLine)
        try container.encodeIfPresent(endColumn, forKey: .endColumn)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encode(message, forKey: .message)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(entry, forKey: .entry)
        try container.encodeIfPresent(related, forKey: .related)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(tuid, forKey: .tuid)
      }
    }
    struct Output: Encodable {
      var version: Int
      var findings: [Item]
    }
    var items: [Item] = []
    for file in files {
      for finding in file.findings {
        var item = Item(
          rule: finding.ruleID, severity: finding.severity.rawValue, file: file.path, message: finding.message,
          suggestion: finding.suggestion, entry: finding.entryID, related: finding.related.map { file.place(of: $0) })
        if let unit = finding.unit {
          (item.file, item.line, item.unit, item.tuid) = (unit.file, unit.line, unit.unitID, unit.tuid)
        } else {
          let start = file.location(ofUTF8Offset: finding.utf8Range.lowerBound)
          let end = file.location(ofUTF8Offset: finding.utf8Range.upperBound)
          (item.line, item.column, item.endLine, item.endColumn) = (start.line, start.column, end.line, end.column)
          item.text = finding.text
        }
        items.append(item)
      }
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(Output(version: 1, findings: items)), as: UTF8.self) + "\n"
  }

  @Test("JSON is written as Foundation's encoder writes it: escapes, nulls, units, no findings")
  func jsonLikeEncoder() throws {
    let text = "Ο \"Κρεμλίνo\" \\ a/b\u{1}\u{8}\u{C}\u{7F}\u{2028}\tτέλος.\nΤι θα γίνει?\n"
    let document = Document(path: "dir/quote\"d.txt", text: text)
    var findings = try Linter().lint(document)
    findings.append(
      Finding(
        ruleID: "wrong-target", severity: .note, message: "a unit: \"x\"\r\n",
        unit: UnitLocation(file: "m.tmx", line: 7, unitID: 42, tuid: "t/1"),
        related: UnitLocation(file: "m.tmx", line: nil, unitID: 3, tuid: nil)))
    var escaped = findings[0]
    escaped.suggestion = "\u{0}\u{1F}\"\\/"
    escaped.entryID = "id\u{9}"
    findings.append(escaped)
    let reports = [
      FileReport(document: document, findings: findings), FileReport(path: "empty.txt", lineMap: nil, findings: []),
    ]
    #expect(findings.count >= 3)
    #expect(JSONReporter().report(reports) == (try Self.encoderReport(reports)))
    #expect(JSONReporter().report([]) == (try Self.encoderReport([])))
    #expect(
      JSONReporter().report([FileReport(path: "a.txt", lineMap: nil, findings: [])]) == (try Self.encoderReport([])))
  }

  @Test("JSON: version 1, every field, columns in scalars, exact text")
  func json() throws {
    let output = JSONReporter().report(try Self.report())
    try assertSnapshot(output, named: "findings.json")
    let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    #expect(object?["version"] as? Int == 1)
    let findings = try #require(object?["findings"] as? [[String: Any]])
    #expect(findings.count == 3)
    let mixed = try #require(findings.first { $0["rule"] as? String == "mixed-script" })
    #expect(mixed["line"] as? Int == 2 && mixed["column"] as? Int == 4 && mixed["endColumn"] as? Int == 12)
    #expect(mixed["text"] as? String == "Κρεμλίνo")
    let spelling = try #require(findings.first { $0["rule"] as? String == "inconsistent-spelling" })
    #expect(spelling["text"] as? String == "Πιονγια\u{301}νγκ")
    #expect(spelling["entry"] as? String == "pyongyang")
    for finding in findings {
      for key in [
        "rule", "severity", "file", "line", "column", "endLine", "endColumn", "text", "message", "suggestion", "entry",
      ] {
        #expect(finding.keys.contains(key), "missing \(key)")
      }
    }
  }

  @Test("SARIF 2.1.0: required properties, rules, 1-based UTF-16 regions, fixes, fingerprints")
  func sarif() throws {
    let output = SARIFReporter(toolVersion: "0.0.0-test", rules: RuleRegistry.metadata).report(try Self.report())
    try assertSnapshot(output, named: "findings.sarif")
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(run["columnKind"] as? String == "utf16CodeUnits")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "glossa")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == RuleRegistry.identifiers)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 3)
    for result in results {
      #expect(result["ruleId"] is String && result["message"] is [String: Any])
      #expect((result["partialFingerprints"] as? [String: String])?.isEmpty == false)
      let location = try #require(
        (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "articles/fixture%20article.txt")
      let region = try #require(location["region"] as? [String: Any])
      #expect((region["startLine"] as? Int ?? 0) >= 1 && (region["startColumn"] as? Int ?? 0) >= 1)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
    }
    // The emoji on line 1 is two UTF-16 units; line 2 has none before the mixed-script word.
    let mixed = try #require(results.first { $0["ruleId"] as? String == "mixed-script" })
    let region =
      ((mixed["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
      as? [String: Any]
    #expect(region?["startColumn"] as? Int == 4)
    #expect((mixed["fixes"] as? [[String: Any]])?.isEmpty == false)
    // After the 🤝 (one scalar, two UTF-16 units) SARIF's column is one more than the text's.
    let spelling = try #require(results.first { $0["ruleId"] as? String == "inconsistent-spelling" })
    let spellingRegion =
      ((spelling["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]
      as? [String: Any]
    let textColumn = try Linter().lint(Document(path: "a.txt", text: Self.article))
      .first { $0.ruleID == "inconsistent-spelling" }
      .map { Document(path: "a.txt", text: Self.article).location(ofUTF8Offset: $0.utf8Range.lowerBound).column }
    #expect(spellingRegion?["startColumn"] as? Int == textColumn.map { $0 + 1 })
    #expect((spelling["relatedLocations"] as? [[String: Any]])?.count == 1)
  }
}
