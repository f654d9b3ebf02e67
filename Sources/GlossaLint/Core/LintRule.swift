import GlossaDiagnostics

/// A check that reads a document and reports findings.
///
/// A rule describes itself (``RuleDescription``) with examples that are also its tests, and
/// looks at a document through a shared ``DocumentAnalysis`` (tokens, sentences, glossary
/// mentions), so that each is computed once whatever the number of rules.
package protocol LintRule: Sendable {
  /// The rule's own settings in `.glossa.yml`; ``NoRuleOptions`` for a rule without any.
  associatedtype Options: RuleOptions = NoRuleOptions

  /// The rule's identifier, summary, default severity and examples.
  static var description: RuleDescription { get }

  init()

  /// The findings in `analysis`'s document, at the rule's default severity (the linter
  /// applies the configured one).
  func findings(in analysis: DocumentAnalysis) -> [Finding]
}

extension LintRule {
  /// Makes a finding for this rule at `range`, which holds `text`.
  func finding(
    _ message: String, at range: Range<Int>, text: String, suggestion: String? = nil,
    fix: Replacement? = nil, entryID: String? = nil, related: RelatedLocation? = nil
  ) -> Finding {
    Finding(
      ruleID: Self.description.identifier, severity: Self.description.defaultSeverity, message: message,
      utf8Range: range, text: text, suggestion: suggestion, fix: fix, entryID: entryID, related: related)
  }

  /// Makes a finding for this rule at `range` of the analysed document.
  func finding(
    _ message: String, at range: Range<Int>, in analysis: DocumentAnalysis, suggestion: String? = nil,
    fix: Replacement? = nil, entryID: String? = nil, related: RelatedLocation? = nil
  ) -> Finding {
    Finding(
      ruleID: Self.description.identifier, severity: Self.description.defaultSeverity, message: message,
      utf8Range: range, text: analysis.document.text(in: range), suggestion: suggestion, fix: fix,
      entryID: entryID, related: related)
  }
}
