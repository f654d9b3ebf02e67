import Foundation

/// Findings as a SARIF 2.1.0 log, for code-scanning viewers.
///
/// Regions are 1-based with `columnKind` `utf16CodeUnits`; rules are listed in
/// `tool.driver.rules`; fixable findings carry `fixes`; every result has a
/// `partialFingerprints` entry that stays the same when lines move. A finding about a
/// translation unit is located by its TMX line and, for a memory's unit, a logical location
/// `unit-N`.
package struct SARIFReporter: Reporter {
  /// The name `--format` takes: `sarif`.
  package static let identifier = "sarif"
  let toolName: String
  let toolVersion: String
  let rules: [RuleMetadata]

  /// A reporter for a tool and the rules it has.
  package init(toolName: String = "glossa", toolVersion: String = "", rules: [RuleMetadata] = []) {
    self.toolName = toolName
    self.toolVersion = toolVersion
    self.rules = rules
  }

  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var columnKind = "utf16CodeUnits"
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
    var name: String
    var shortDescription: Message
    var defaultConfiguration: Configuration
  }

  struct Configuration: Encodable {
    var level: String
    var enabled: Bool
  }

  struct Message: Encodable { var text: String }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Message
    var locations: [Location]
    var relatedLocations: [RelatedLocation]?
    var partialFingerprints: [String: String]
    var fixes: [Fix]?
  }

  struct Location: Encodable {
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]?
  }

  struct LogicalLocation: Encodable {
    var name: String
    var kind: String
  }

  struct RelatedLocation: Encodable {
    var id: Int
    var physicalLocation: PhysicalLocation
    var message: Message
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct ArtifactLocation: Encodable { var uri: String }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int?
    var endLine: Int?
    var endColumn: Int?
    var snippet: Message?
  }

  struct Fix: Encodable {
    var description: Message
    var artifactChanges: [ArtifactChange]
  }

  struct ArtifactChange: Encodable {
    var artifactLocation: ArtifactLocation
    var replacements: [SARIFReplacement]
  }

  struct SARIFReplacement: Encodable {
    var deletedRegion: Region
    var insertedContent: Message
  }

  /// The SARIF log for all files, pretty-printed with sorted keys.
  package func report(_ files: [FileReport]) -> String {
    let descriptions = rules.map {
      Rule(
        id: $0.identifier, name: $0.name, shortDescription: Message(text: $0.summary),
        defaultConfiguration: Configuration(level: Self.level($0.defaultSeverity), enabled: $0.isEnabledByDefault))
    }
    var results: [Result] = []
    for file in files {
      var seen: [String: Int] = [:]
      for finding in file.findings {
        let uri = Self.uri(for: finding.unit?.file ?? file.path)
        let key = "\(finding.ruleID)|\(finding.unit == nil ? finding.text : finding.message)"
        seen[key, default: 0] += 1
        var result = Result(
          ruleId: finding.ruleID, ruleIndex: rules.firstIndex { $0.identifier == finding.ruleID } ?? 0,
          level: Self.level(finding.severity), message: Message(text: finding.message),
          locations: [
            Self.location(of: finding.unit, range: finding.utf8Range, in: file, uri: uri, snippet: finding.text)
          ],
          relatedLocations: nil,
          partialFingerprints: ["glossaFinding/v1": stableHash("\(uri)|\(key)|\(seen[key]!)")], fixes: nil)
        if let related = finding.related {
          let relatedURI = related.unit.map { Self.uri(for: $0.file) } ?? uri
          let place = Self.location(of: related.unit, range: related.utf8Range, in: file, uri: relatedURI, snippet: nil)
          result.relatedLocations = [
            RelatedLocation(id: 1, physicalLocation: place.physicalLocation, message: Message(text: related.message))
          ]
        }
        if let fix = finding.fix {
          result.fixes = [
            Fix(
              description: Message(text: fix.text.isEmpty ? "Delete the text" : "Write '\(fix.text)'"),
              artifactChanges: [
                ArtifactChange(
                  artifactLocation: ArtifactLocation(uri: uri),
                  replacements: [
                    SARIFReplacement(
                      deletedRegion: Self.region(fix.utf8Range, in: file, snippet: nil),
                      insertedContent: Message(text: fix.text))
                  ])
              ])
          ]
        }
        results.append(result)
      }
    }
    let driver = Driver(name: toolName, version: toolVersion, rules: descriptions)
    let log = Log(runs: [Run(tool: Tool(driver: driver), results: results)])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(log) else { return "" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// A place in the file's text, or a unit: its TMX line, and its row as a logical location.
  static func location(
    of unit: UnitLocation?, range: Range<Int>, in file: FileReport, uri: String, snippet: String?
  ) -> Location {
    guard let unit else {
      return Location(
        physicalLocation: PhysicalLocation(
          artifactLocation: ArtifactLocation(uri: uri), region: region(range, in: file, snippet: snippet)))
    }
    return Location(
      physicalLocation: PhysicalLocation(
        artifactLocation: ArtifactLocation(uri: uri), region: unit.line.map { Region(startLine: $0) }),
      logicalLocations: unit.unitID.map { [LogicalLocation(name: "unit-\($0)", kind: "object")] })
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  static func region(_ range: Range<Int>, in file: FileReport, snippet: String?) -> Region {
    let start = file.location(ofUTF8Offset: range.lowerBound)
    let end = file.location(ofUTF8Offset: range.upperBound)
    return Region(
      startLine: start.line, startColumn: start.utf16Column, endLine: end.line, endColumn: end.utf16Column,
      snippet: snippet.map { Message(text: $0) })
  }

  /// A relative URI for a path (percent-encoding spaces and other reserved characters).
  static func uri(for path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#")
    return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
  }
}
