import GlossaDiagnostics
import GlossaGlossary

/// One translation given for two different sources: often right (two phrasings of one
/// thing), so a note.
final class SameTargetDifferentSourcesCheck: UnitCheck {
  static let description = UnitCheckDescription(
    metadata: RuleMetadata(
      identifier: "same-target-different-sources", name: "Same target, different sources",
      summary: "One translation given for different source segments.", defaultSeverity: .note),
    nonTriggeringExamples: [
      [
        UnitExample("Η κυβέρνηση ανακοίνωσε μέτρα.", "The government announced measures."),
        UnitExample("Η ΚΥΒΕΡΝΗΣΗ ανακοίνωσε  μέτρα.", "The government announced measures."),
      ]
    ],
    triggeringExamples: [
      [
        UnitExample("Η κυβέρνηση ανακοίνωσε μέτρα.", "The government announced measures."),
        UnitExample("Η κυβέρνηση παρουσίασε μέτρα.", "The government announced measures."),
      ]
    ])

  private var sourcesByTarget: [String: (source: String, location: UnitLocation)] = [:]

  /// A check with no units seen.
  init(glossary: Glossary?) {}

  func check(_ unit: TranslationUnit, at location: UnitLocation) -> [Finding] {
    let key = UnitKey.pair(unit) + "\u{3}" + UnitKey.folded(unit.target.text)
    let source = UnitKey.folded(unit.source.text)
    guard let earlier = sourcesByTarget[key] else {
      sourcesByTarget[key] = (source, location)
      return []
    }
    guard earlier.source != source else { return [] }
    return [
      finding(
        "this translation is also given for another source at \(earlier.location)", at: location,
        related: earlier.location)
    ]
  }
}
