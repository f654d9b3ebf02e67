import GlossaDiagnostics

extension FileReport {
  /// A report of a linted document: findings are placed by offsets into its original text.
  public init(document: Document, findings: [Finding]) {
    self.init(path: document.path, lineMap: document.lineMap, findings: findings)
  }
}

extension RuleDescription {
  /// What reporters say about the rule.
  package var metadata: RuleMetadata {
    RuleMetadata(
      identifier: identifier, name: name, summary: summary, defaultSeverity: defaultSeverity,
      isEnabledByDefault: isEnabledByDefault)
  }
}
