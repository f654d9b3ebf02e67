import GlossaDiagnostics

/// Flags a Latin question mark `?` in a Greek sentence: Greek asks with `;`.
struct LatinQuestionMarkRule: LintRule {
  static let description = RuleDescription(
    identifier: "latin-question-mark",
    name: "Latin question mark",
    summary: "A '?' in a Greek sentence, where Greek uses ';'.",
    defaultSeverity: .warning,
    nonTriggeringExamples: [
      Example("Τι έγινε; Κανείς δεν ξέρει."),
      Example("What happened? Nobody knows."),
      Example("Δείτε το example.gr/?id=5 για λεπτομέρειες."),
    ],
    triggeringExamples: [
      Example("Τι έγινε↓? Κανείς δεν ξέρει."),
      Example("«Γιατί↓?» ρώτησε ο υπουργός."),
    ],
    corrections: [
      (Example("Τι έγινε↓? Κανείς δεν ξέρει."), Example("Τι έγινε; Κανείς δεν ξέρει."))
    ])

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    let text = Array(analysis.document.text.utf8)
    return analysis.tokens.compactMap { token in
      guard token.kind == .punctuation, token.text == "?" else { return nil }
      let after = token.utf8Range.upperBound
      // In a URL or code the question mark is followed directly by a letter or digit.
      if after < text.count,
        (text[after] | 0x20 >= 0x61 && text[after] | 0x20 <= 0x7A) || (0x30...0x39).contains(text[after])
      {
        return nil
      }
      guard analysis.isGreekSentence(containing: token.utf8Range.lowerBound) else { return nil }
      return finding(
        "'?' in a Greek sentence; Greek asks with ';'", at: token.utf8Range, in: analysis, suggestion: ";",
        fix: Replacement(utf8Range: token.utf8Range, text: ";"))
    }
  }
}
