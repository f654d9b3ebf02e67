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

  private var seen = FirstCounterparts()

  /// A check with nothing seen yet.
  init() {}

  func check(_ analysis: UnitAnalysis, at location: UnitLocation) -> [Finding] {
    guard
      let earlier = seen.differing(
        segment: analysis.foldedTarget, counterpart: analysis.foldedSource, pair: analysis.languagePair,
        at: location)
    else { return [] }
    return [finding("this translation is also given for another source at \(earlier)", at: location, related: earlier)]
  }
}
