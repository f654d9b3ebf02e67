import GlossaDiagnostics
import GlossaText

/// The rules of `glossa tm check` and its reports, written by the same text, JSON and SARIF
/// reporters as `glossa lint`'s.
public enum CheckReport {
  /// Every check, for SARIF's rule list.
  package static var rules: [RuleMetadata] { UnitCheckRegistry.metadata }

  /// The findings as a report in `format`; each finding is located by its unit.
  public static func report(_ findings: [Finding], format: ReportFormat, toolVersion: String = Glossa.version) -> String
  {
    let reporter = format.makeReporter(toolName: "glossa-tm-check", toolVersion: toolVersion, rules: rules)
    return reporter.report([FileReport(path: findings.first?.unit?.file ?? "", lineMap: nil, findings: findings)])
  }
}
