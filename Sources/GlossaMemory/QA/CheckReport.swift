import Foundation
import GlossaText

/// `glossa tm check` findings as text, JSON or SARIF 2.1.0.
public enum CheckReport {
  /// Rules and what they check, for SARIF's rule list.
  public static let rules: [(id: String, description: String)] = [
    ("same-source-different-targets", "A source segment translated in more than one way."),
    ("same-target-different-sources", "One translation given for different source segments."),
    ("missing-name", "A glossary name in the source with no counterpart in the target."),
    ("non-canonical-name", "A glossary name not in its preferred spelling."),
    ("number-mismatch", "Numbers that differ between source and target."),
  ]

  /// One line per finding: `file:line: severity: message [rule]`.
  public static func text(_ findings: [CheckFinding]) -> String {
    findings.map { "\($0.location): \($0.severity.rawValue): \($0.message) [\($0.ruleID)]\n" }.joined()
  }

  /// A JSON array of findings.
  public static func json(_ findings: [CheckFinding]) -> String {
    let items = findings.map { finding in
      JSONFinding(
        rule: finding.ruleID, severity: finding.severity.rawValue, message: finding.message, file: finding.location.file,
        line: finding.location.line, unit: finding.location.unitID, tuid: finding.location.tuid,
        related: finding.related?.description)
    }
    return encode(items) + "\n"
  }

  /// A SARIF 2.1.0 log: units in TMX files are located by line, units of a memory logically.
  public static func sarif(_ findings: [CheckFinding], toolVersion: String = Glossa.version) -> String {
    let results = findings.map { finding in
      let location = finding.location
      return SARIF.Result(
        ruleId: finding.ruleID, level: finding.severity.rawValue, message: .init(text: finding.message),
        locations: [
          SARIF.Location(
            physicalLocation: .init(
              artifactLocation: .init(uri: uri(location.file)), region: location.line.map { .init(startLine: $0) }),
            logicalLocations: location.unitID.map { [.init(name: "unit-\($0)", kind: "object")] })
        ])
    }
    let log = SARIF.Log(
      version: "2.1.0", schema: "https://json.schemastore.org/sarif-2.1.0.json",
      runs: [
        SARIF.Run(
          tool: .init(
            driver: .init(
              name: "glossa-tm-check", version: toolVersion,
              rules: rules.map { .init(id: $0.id, shortDescription: .init(text: $0.description)) })),
          results: results)
      ])
    return encode(log) + "\n"
  }

  private static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
  }

  private static func uri(_ path: String) -> String {
    path.split(separator: "/", omittingEmptySubsequences: false).map {
      $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0)
    }.joined(separator: "/")
  }

  private struct JSONFinding: Encodable {
    var rule: String
    var severity: String
    var message: String
    var file: String
    var line: Int?
    var unit: Int64?
    var tuid: String?
    var related: String?
  }

  private enum SARIF {
    struct Log: Encodable {
      var version: String
      var schema: String
      var runs: [Run]
      enum CodingKeys: String, CodingKey {
        case version, runs
        case schema = "$schema"
      }
    }
    struct Run: Encodable {
      var tool: Tool
      var results: [Result]
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
      var name: String
      var version: String
      var rules: [Rule]
    }
    struct Rule: Encodable {
      var id: String
      var shortDescription: Message
    }
    struct Message: Encodable { var text: String }
    struct Result: Encodable {
      var ruleId: String
      var level: String
      var message: Message
      var locations: [Location]
    }
    struct Location: Encodable {
      var physicalLocation: PhysicalLocation
      var logicalLocations: [LogicalLocation]?
    }
    struct PhysicalLocation: Encodable {
      var artifactLocation: ArtifactLocation
      var region: Region?
    }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int }
    struct LogicalLocation: Encodable {
      var name: String
      var kind: String
    }
  }
}
