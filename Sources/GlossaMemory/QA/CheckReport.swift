import GlossaDiagnostics
import GlossaText

/// The rules of `glossa tm check` and its reports, written by the same text, JSON and SARIF
/// reporters as `glossa lint`'s.
public enum CheckReport {
  /// Every check, for SARIF's rule list.
  public static let rules: [RuleMetadata] = [
    RuleMetadata(
      identifier: "same-source-different-targets", name: "Same source, different targets",
      summary: "A source segment translated in more than one way.", defaultSeverity: .warning),
    RuleMetadata(
      identifier: "same-target-different-sources", name: "Same target, different sources",
      summary: "One translation given for different source segments.", defaultSeverity: .note),
    RuleMetadata(
      identifier: "missing-name", name: "Missing name",
      summary: "A glossary name in the source with no counterpart in the target.", defaultSeverity: .warning),
    RuleMetadata(
      identifier: "non-canonical-name", name: "Non-canonical name",
      summary: "A glossary name not in its preferred spelling.", defaultSeverity: .warning),
    RuleMetadata(
      identifier: "number-mismatch", name: "Number mismatch",
      summary: "Numbers that differ between source and target.", defaultSeverity: .warning),
  ]

  /// The findings as a report in `format`; each finding is located by its unit.
  public static func report(_ findings: [Finding], format: ReportFormat, toolVersion: String = Glossa.version) -> String {
    let reporter = format.makeReporter(toolName: "glossa-tm-check", toolVersion: toolVersion, rules: rules)
    return reporter.report([FileReport(path: findings.first?.unit?.file ?? "", lineMap: nil, findings: findings)])
  }
}
