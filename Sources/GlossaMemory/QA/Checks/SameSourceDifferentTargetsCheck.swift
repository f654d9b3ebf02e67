import GlossaDiagnostics
import GlossaGlossary

/// A source translated two ways (case, accents and spacing aside): the second translation is
/// flagged, pointing at the first.
final class SameSourceDifferentTargetsCheck: UnitCheck {
  static let description = UnitCheckDescription(
    metadata: RuleMetadata(
      identifier: "same-source-different-targets", name: "Same source, different targets",
      summary: "A source segment translated in more than one way.", defaultSeverity: .warning),
    nonTriggeringExamples: [
      [
        UnitExample("Η κυβέρνηση ανακοίνωσε μέτρα.", "The government announced measures."),
        UnitExample("Η  ΚΥΒΕΡΝΗΣΗ ανακοίνωσε μέτρα.", "The Government announced measures."),
      ],
      [
        UnitExample("Η κυβέρνηση ανακοίνωσε μέτρα.", "The government announced measures."),
        UnitExample("Η κυβέρνηση παρουσίασε μέτρα.", "The government unveiled measures."),
      ],
    ],
    triggeringExamples: [
      [
        UnitExample("Η κυβέρνηση ανακοίνωσε μέτρα.", "The government announced measures."),
        UnitExample("Η κυβέρνηση ανακοίνωσε μέτρα.", "The government unveiled measures."),
      ]
    ])

  private var seen = FirstCounterparts()

  /// A check with nothing seen yet.
  init() {}

  func check(_ analysis: UnitAnalysis, at location: UnitLocation) -> [Finding] {
    guard
      let earlier = seen.differing(
        segment: analysis.foldedSource, counterpart: analysis.foldedTarget, pair: analysis.languagePair,
        at: location)
    else { return [] }
    return [finding("this source is translated differently at \(earlier)", at: location, related: earlier)]
  }
}
