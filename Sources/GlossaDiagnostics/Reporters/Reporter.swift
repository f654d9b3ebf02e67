import GlossaText

/// Turns findings into output text: one reporter per format, shared by every checker.
public protocol Reporter {
  /// The name `--format` takes.
  static var identifier: String { get }
  /// The report for all files, ready to print.
  func report(_ files: [FileReport]) -> String
}

/// The output formats of Glossa's checkers.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, sarif

  /// Makes the reporter for this format.
  ///
  /// - Parameters:
  ///   - colored: Whether text output may use terminal colours.
  ///   - toolName: The tool SARIF names as the driver (`glossa`, `glossa-tm-check`).
  ///   - toolVersion: Its version.
  ///   - rules: Every rule the tool has, for SARIF's rule list.
  public func makeReporter(
    colored: Bool = false, toolName: String = "glossa", toolVersion: String = "", rules: [RuleMetadata] = []
  ) -> any Reporter {
    switch self {
    case .text: TextReporter(colored: colored)
    case .json: JSONReporter()
    case .sarif: SARIFReporter(toolName: toolName, toolVersion: toolVersion, rules: rules)
    }
  }
}

extension FileReport {
  /// Where a finding is, as a reader is told: `path:line:column` for a place in a text,
  /// `file:line [tuid]` or `file#unit-7 [tuid]` for a unit.
  package func place(of finding: Finding) -> String {
    if let unit = finding.unit { return unit.description }
    let location = location(ofUTF8Offset: finding.utf8Range.lowerBound)
    return "\(path):\(location.line):\(location.column)"
  }

  /// Where a related location is, in the same words.
  package func place(of related: RelatedLocation) -> String {
    if let unit = related.unit { return unit.description }
    let location = location(ofUTF8Offset: related.utf8Range.lowerBound)
    return "\(path):\(location.line):\(location.column)"
  }
}

/// A stable hash for fingerprints (Swift's `Hasher` changes per process): ``StableHash``.
func stableHash(_ text: String) -> String { StableHash.hex(of: text) }
