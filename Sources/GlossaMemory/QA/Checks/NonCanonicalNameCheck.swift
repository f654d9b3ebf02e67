import GlossaDiagnostics
import GlossaGlossary

/// A glossary name, on either side, in a form the glossary marks deprecated or superseded.
/// Only listed forms count (their case forms and other-script forms too): a spelling that
/// merely sounds like an entry is too loose to report on.
final class NonCanonicalNameCheck: UnitCheck {
  static let description = UnitCheckDescription(
    metadata: RuleMetadata(
      identifier: "non-canonical-name", name: "Non-canonical name",
      summary: "A glossary name not in its preferred spelling.", defaultSeverity: .warning),
    nonTriggeringExamples: [
      [UnitExample("Ο Σεργκέι Λαβρόφ μίλησε.", "Sergei Lavrov spoke.")]
    ],
    triggeringExamples: [
      [UnitExample("Ο Σεργκέι Λαβρώφ μίλησε.", "Sergei Lavrov spoke.")]
    ])

  /// A check; without a glossary in the analysis it finds nothing.
  init() {}

  func check(_ analysis: UnitAnalysis, at location: UnitLocation) -> [Finding] {
    let unit = analysis.unit
    var findings: [Finding] = []
    for (mentions, language, side) in [
      (analysis.sourceMentions, unit.sourceLanguage, "source"),
      (analysis.targetMentions, unit.targetLanguage, "target"),
    ] {
      for mention in mentions where mention.reason != .variant {
        let canonical = TermLanguage(code: language).flatMap { mention.entry.canonicalForm(in: $0) }
        let nonCanonical = mention.form.status == .deprecated || mention.form.status == .superseded
        guard nonCanonical, let canonical, canonical != mention.form else { continue }
        findings.append(
          finding(
            "'\(mention.text)' in the \(side) is not the glossary's form; write '\(canonical.text)'", at: location))
      }
    }
    return findings
  }
}

extension TermLanguage {
  /// The glossary language of a language tag (`el-GR` → Greek), if the glossary has it.
  init?(code: String) {
    self.init(rawValue: String(code.lowercased().prefix { $0.isLetter }))
  }
}
