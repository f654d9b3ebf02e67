import GlossaDiagnostics

/// What a rule is: its identifier, default severity, one-line summary and its examples.
public struct RuleDescription: Sendable {
  /// The kebab-case identifier used in output and configuration, such as `missing-space`.
  public let identifier: String
  /// A short name.
  public let name: String
  /// One line saying what the rule flags.
  public let summary: String
  /// The severity findings get unless the configuration says otherwise.
  public let defaultSeverity: Severity
  /// Whether the rule runs without being turned on.
  public let isEnabledByDefault: Bool
  /// Texts the rule must not flag.
  public let nonTriggeringExamples: [Example]
  /// Texts the rule must flag, at each `↓`.
  public let triggeringExamples: [Example]
  /// Texts and what applying the rule's fixes makes of them.
  public let corrections: [(Example, Example)]

  /// A rule's description; examples are required, corrections optional.
  public init(
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
