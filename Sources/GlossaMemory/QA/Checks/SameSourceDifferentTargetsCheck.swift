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

  private var targetsBySource: [String: (target: String, location: UnitLocation)] = [:]

  /// A check with no units seen.
  init(glossary: Glossary?) {}

  func check(_ unit: TranslationUnit, at location: UnitLocation) -> [Finding] {
    let key = UnitKey.pair(unit) + "\u{2}" + UnitKey.folded(unit.source.text)
    let target = UnitKey.folded(unit.target.text)
    guard let earlier = targetsBySource[key] else {
      targetsBySource[key] = (target, location)
      return []
    }
    guard earlier.target != target else { return [] }
    return [
      finding("this source is translated differently at \(earlier.location)", at: location, related: earlier.location)
    ]
  }
}
