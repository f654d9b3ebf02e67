/// What a reporter says about a rule: SARIF lists every rule a tool has, found or not.
public struct RuleMetadata: Hashable, Sendable {
  /// The kebab-case identifier, such as `missing-space`.
  public var identifier: String
  /// A short name.
  public var name: String
  /// One line saying what the rule flags.
  public var summary: String
  /// The severity its findings get unless configured otherwise.
  public var defaultSeverity: Severity
  /// Whether the rule runs without being turned on.
  public var isEnabledByDefault: Bool

  /// A rule's description.
  package init(
    identifier: String, name: String, summary: String, defaultSeverity: Severity, isEnabledByDefault: Bool = true
  ) {
    self.identifier = identifier
    self.name = name
    self.summary = summary
    self.defaultSeverity = defaultSeverity
    self.isEnabledByDefault = isEnabledByDefault
  }
}
