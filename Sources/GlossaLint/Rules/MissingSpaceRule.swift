import GlossaDiagnostics

/// Flags a final sigma inside a word: two words run together (`Κορέαςπρόκειται`).
///
/// Greek writes ς only at the end of a word, so a ς followed by a letter means the space
/// after it is missing; the fix puts it back.
struct MissingSpaceRule: LintRule {
  static let description = RuleDescription(
    identifier: "missing-space",
    name: "Missing space",
    summary: "A final sigma inside a word: a space is missing after it.",
    defaultSeverity: .warning,
    nonTriggeringExamples: [
      Example("Ο ηγέτης της Βόρειας Κορέας πρόκειται να ταξιδέψει."),
      Example("Οι σχέσεις Μόσχας και Σεούλ."),
      Example("Σ' αγαπώ, είπε στον Ρώσο πρόεδρο."),
    ],
    triggeringExamples: [
      Example("Ο ηγέτης της Βόρειας ↓Κορέαςπρόκειται να ταξιδέψει."),
      Example("Η ↓συνάντησηςτου προέδρου και ↓τουςπολίτες."),
    ],
    corrections: [
      (
        Example("Ο ηγέτης της Βόρειας ↓Κορέαςπρόκειται να ταξιδέψει."),
        Example("Ο ηγέτης της Βόρειας Κορέας πρόκειται να ταξιδέψει.")
      )
    ])

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    var findings: [Finding] = []
    for word in analysis.words where word.text.unicodeScalars.contains("ς") {
      let scalars = Array(word.text.unicodeScalars)
      var utf8Offset = word.utf8Range.lowerBound
      for (index, scalar) in scalars.enumerated() {
        utf8Offset += UTF8.width(scalar)
        guard scalar == "ς", index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else { continue }
        var first = String.UnicodeScalarView()
        first.append(contentsOf: scalars[...index])
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[(index + 1)...])
        let fixed = "\(String(first)) \(String(rest))"
        findings.append(
          finding(
            "'\(word.text)' has a final sigma inside it; a space is missing after '\(String(first))'",
            at: word.utf8Range, in: analysis, suggestion: fixed,
            fix: Replacement(utf8Range: utf8Offset..<utf8Offset, text: " ")))
        break
      }
    }
    return findings
  }
}
