import GlossaDiagnostics
import GlossaText

/// Flags a word that mixes Greek letters with Latin look-alikes (`Κρεμλίνo` with a Latin o,
/// `ΝAΤΟ` with a Latin A) and fixes it to the single-script spelling. Words wholly in Latin
/// letters (drones, NATO) are fine, and so is mixing without look-alikes (μg).
struct MixedScriptRule: LintRule {
  static let description = RuleDescription(
    identifier: "mixed-script",
    name: "Mixed script",
    summary: "A word mixing Greek and Latin look-alike letters.",
    defaultSeverity: .error,
    nonTriggeringExamples: [
      Example("Τα drones του ΝΑΤΟ πέταξαν πάνω από το Κρεμλίνο."),
      Example("Η NATO και η ΕΕ συνεδριάζουν."),
      Example("Δόση 5 μg ημερησίως."),
    ],
    triggeringExamples: [
      Example("Το ↓Κρεμλίνo ανακοίνωσε νέα μέτρα."),
      Example("Η σύνοδος του ↓ΝAΤΟ άρχισε."),
    ],
    corrections: [
      (Example("Το ↓Κρεμλίνo και το ↓ΝAΤΟ."), Example("Το Κρεμλίνο και το ΝΑΤΟ."))
    ])

  private let detector = MixedScriptDetector()

  init() {}

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    analysis.words.compactMap { word in
      guard let mixed = detector.inspect(word.text), mixed.isConfusable, let repair = mixed.suggestedRepair else {
        return nil
      }
      let script = repair == mixed.greekRepair ? "Latin" : "Greek"
      return finding(
        "'\(word.text)' mixes Greek and Latin letters (the \(script) ones look alike); write '\(repair)'",
        at: word.utf8Range, in: analysis, suggestion: repair, fix: Replacement(utf8Range: word.utf8Range, text: repair))
    }
  }
}
