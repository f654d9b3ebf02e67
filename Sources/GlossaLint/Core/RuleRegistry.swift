import GlossaDiagnostics

/// Every lint rule, registered in one place.
public enum RuleRegistry {
  /// The rules, in the order their findings are listed when they share a position.
  package static let all: [any LintRule.Type] = [
    InconsistentSpellingRule.self,
    NonCanonicalNameRule.self,
    MixedScriptRule.self,
    MissingSpaceRule.self,
    MissingSpaceAfterPunctuationRule.self,
    DoubleAccentRule.self,
    AccentedMonosyllableRule.self,
    LatinQuestionMarkRule.self,
  ]

  /// What reporters say about every rule, in registry order.
  public static var metadata: [RuleMetadata] { all.map { $0.description.metadata } }

  /// The rule identifiers.
  package static var identifiers: [String] { all.map { $0.description.identifier } }

  /// The rule with `identifier`.
  package static func rule(for identifier: String) -> (any LintRule.Type)? {
    all.first { $0.description.identifier == identifier }
  }
}
