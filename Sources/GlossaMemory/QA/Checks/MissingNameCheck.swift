import GlossaDiagnostics
import GlossaGlossary

/// A glossary name in the source with no form of the same entry in the target (Πιονγκγιάνγκ
/// in the Greek, no Pyongyang in the English). Source names are the listed forms only, in any
/// case form: not another spelling, and not a word that only sounds like the entry's form in
/// the other script (Κενά, "gaps", at the start of a sentence is not Kenya); any form of the
/// entry in the target counts.
final class MissingNameCheck: UnitCheck {
  static let description = UnitCheckDescription(
    metadata: RuleMetadata(
      identifier: "missing-name", name: "Missing name",
      summary: "A glossary name in the source with no counterpart in the target.", defaultSeverity: .warning),
    nonTriggeringExamples: [
      [UnitExample("Ο Λαβρόφ έφτασε στην Πιονγκγιάνγκ.", "Lavrov arrived in Pyongyang.")],
      [UnitExample("Κενά υπάρχουν ακόμη στον προϋπολογισμό.", "Gaps remain in the budget.")],
      [UnitExample("Η αντιπροσωπεία έφτασε στην Πιονγκγιάνγκ.", "The delegation arrived in Pyongyang.")],
    ],
    triggeringExamples: [
      [UnitExample("Η αντιπροσωπεία έφτασε στην Πιονγκγιάνγκ.", "The delegation arrived in the capital.")]
    ])

  /// A check; without a glossary in the analysis it finds nothing.
  init() {}

  func check(_ analysis: UnitAnalysis, at location: UnitLocation) -> [Finding] {
    let unit = analysis.unit
    guard analysis.glossary != nil, let targetLanguage = TermLanguage(code: unit.targetLanguage),
      let sourceLanguage = TermLanguage(code: unit.sourceLanguage), targetLanguage != sourceLanguage
    else { return [] }
    let targetEntries = Set(analysis.targetMentions.map(\.entry.id))
    var reported = Set<String>()
    var findings: [Finding] = []
    for mention in analysis.sourceMentions where mention.reason != .variant && mention.reason != .crossScript {
      guard !targetEntries.contains(mention.entry.id), reported.insert(mention.entry.id).inserted,
        let expected = mention.entry.canonicalForm(in: targetLanguage)
      else { continue }
      findings.append(
        finding(
          "'\(mention.text)' in the source has no '\(expected.text)' (or another form of it) in the target",
          at: location))
    }
    return findings
  }
}
