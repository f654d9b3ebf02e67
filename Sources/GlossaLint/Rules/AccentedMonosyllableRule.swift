import GlossaDiagnostics

/// Flags a one-syllable word written with an accent (πιό, γιά, μιά), except those Greek
/// accents to tell them apart: ή (or), πού and πώς (questions), and the pronouns μού, σού,
/// τού, τής, μάς, σάς, τούς where the accent prevents a misreading.
struct AccentedMonosyllableRule: LintRule {
  static let description = RuleDescription(
    identifier: "accented-monosyllable",
    name: "Accented monosyllable",
    summary: "A one-syllable word with an accent it should not have.",
    defaultSeverity: .warning,
    nonTriggeringExamples: [
      Example("Πού είσαι; Πώς είσαι; Θα έρθεις ή όχι;"),
      Example("Η μία πρόταση και η άλλη."),
      Example("Είναι πιο δύσκολο για μια χώρα."),
      Example("Το τσάι και το ρολόι."),
      Example("Μέσα σε διάστημα τριών μηνών ο ιός εξαπλώθηκε στο Κίεβο."),
      Example("ΤΟ ΠΙΟ ΣΗΜΑΝΤΙΚΟ"),
    ],
    triggeringExamples: [
      Example("Είναι ↓πιό δύσκολο."),
      Example("↓Γιά πάντα και ↓μιά φορά."),
      Example("Ήρθε ↓τό πρωί."),
    ],
    corrections: [
      (Example("Είναι ↓πιό δύσκολο ↓γιά όλους."), Example("Είναι πιο δύσκολο για όλους."))
    ])

  /// One-syllable words that may carry an accent.
  static let allowed: Set<String> = ["ή", "πού", "πώς", "μού", "σού", "τού", "τής", "μάς", "σάς", "τούς", "ώ"]

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    analysis.words.compactMap { word in
      // One-syllable words are short: skip the rest before any counting.
      guard word.text.unicodeScalars.count <= 6, GreekWord.accentCount(word.text) == 1, GreekWord.isGreek(word.text),
        !GreekWord.isAllCapitals(word.text),
        GreekWord.syllableCount(word.text) == 1, !Self.allowed.contains(word.text.lowercased())
      else { return nil }
      let fixed = GreekWord.removingLastAccent(word.text)
      return finding(
        "'\(word.text)' has one syllable and takes no accent; write '\(fixed)'",
        at: word.utf8Range, in: analysis, suggestion: fixed, fix: Replacement(utf8Range: word.utf8Range, text: fixed))
    }
  }
}
