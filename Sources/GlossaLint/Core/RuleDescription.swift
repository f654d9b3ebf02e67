import GlossaDiagnostics

/// What a rule is: its identifier, default severity, one-line summary and its examples.
package struct RuleDescription: Sendable {
  /// The kebab-case identifier used in output and configuration, such as `missing-space`.
  package let identifier: String
  /// A short name.
  package let name: String
  /// One line saying what the rule flags.
  package let summary: String
  /// The severity findings get unless the configuration says otherwise.
  package let defaultSeverity: Severity
  /// Whether the rule runs without being turned on.
  package let isEnabledByDefault: Bool
  /// Texts the rule must not flag.
  package let nonTriggeringExamples: [Example]
  /// Texts the rule must flag, at each `↓`.
  package let triggeringExamples: [Example]
  /// Texts and what applying the rule's fixes makes of them.
  package let corrections: [(Example, Example)]

  /// A rule's description; examples are required, corrections optional.
  package init(
    identifier: String, name: String, summary: String, defaultSeverity: Severity,
    isEnabledByDefault: Bool = true, nonTriggeringExamples: [Example], triggeringExamples: [Example],
    corrections: [(Example, Example)] = []
  ) {
    self.identifier = identifier
    self.name = name
    self.summary = summary
    self.defaultSeverity = defaultSeverity
    self.isEnabledByDefault = isEnabledByDefault
    self.nonTriggeringExamples = nonTriggeringExamples
    self.triggeringExamples = triggeringExamples
    self.corrections = corrections
  }
}
