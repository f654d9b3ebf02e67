import GlossaDiagnostics
import GlossaGlossary
import GlossaText

/// Numbers that differ between source and target; 1.000 and 1,000, 3,5 and 3.5 agree
/// (``GlossaText/NumberScanner``).
final class NumberMismatchCheck: UnitCheck {
  static let description = UnitCheckDescription(
    metadata: RuleMetadata(
      identifier: "number-mismatch", name: "Number mismatch",
      summary: "Numbers that differ between source and target.", defaultSeverity: .warning),
    nonTriggeringExamples: [
      [UnitExample("Κόστισε 1.200 ευρώ και 3,5%.", "It cost 1,200 euros and 3.5%.")],
      [UnitExample("Στις 25 Μαΐου 2024.", "On 25 May 2024.")],
    ],
    triggeringExamples: [
      [UnitExample("Κόστισε 1.200 ευρώ.", "It cost 1,300 euros.")],
      [UnitExample("Τραυματίστηκαν 12 άτομα.", "Twelve people were hurt.")],
    ])

  /// A check with nothing seen yet.
  init() {}

  func check(_ analysis: UnitAnalysis, at location: UnitLocation) -> [Finding] {
    let unit = analysis.unit
    let source = NumberScanner.numbers(in: unit.source.text).sorted()
    let target = NumberScanner.numbers(in: unit.target.text).sorted()
    guard source != target else { return [] }
    let onlySource = Self.difference(source, target)
    let onlyTarget = Self.difference(target, source)
    var parts: [String] = []
    if !onlySource.isEmpty { parts.append("\(onlySource.joined(separator: ", ")) only in the source") }
    if !onlyTarget.isEmpty { parts.append("\(onlyTarget.joined(separator: ", ")) only in the target") }
    return [finding("numbers differ: " + parts.joined(separator: "; "), at: location)]
  }

  /// `a` less `b`, as multisets.
  private static func difference(_ a: [String], _ b: [String]) -> [String] {
    var rest = b
    return a.filter { value in
      if let index = rest.firstIndex(of: value) {
        rest.remove(at: index)
        return false
      }
      return true
    }
  }
}
