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

  private let glossary: Glossary?

  /// A check against `glossary`; without one it finds nothing.
  init(glossary: Glossary?) { self.glossary = glossary }

  func check(_ unit: TranslationUnit, at location: UnitLocation) -> [Finding] {
    guard let glossary else { return [] }
    var findings: [Finding] = []
    for (text, language, side) in [
      (unit.source.text, unit.sourceLanguage, "source"), (unit.target.text, unit.targetLanguage, "target"),
    ] {
      for mention in glossary.mentions(in: text) where mention.reason != .variant {
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
