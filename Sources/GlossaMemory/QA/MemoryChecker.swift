import GlossaDiagnostics
import GlossaGlossary

/// Quality checks over translation units, like those of Xbench or Okapi CheckMate: every check
/// of ``UnitCheckRegistry`` (`same-source-different-targets`, `same-target-different-sources`,
/// `number-mismatch`, `non-canonical-name`, `missing-name`).
///
/// Feed units one by one with ``check(_:at:)``; repeated sources are compared across everything
/// fed so far, in memory proportional to the distinct segments.
public final class MemoryChecker {
  /// The glossary names are checked against; `nil` checks no names.
  public let glossary: Glossary?
  /// What was found so far, in the order found.
  public private(set) var findings: [Finding] = []
  private let checks: [any UnitCheck]

  /// A checker with nothing seen yet, running `checks` (every registered check by default).
  public init(glossary: Glossary?, checks: [any UnitCheck.Type] = UnitCheckRegistry.all) {
    self.glossary = glossary
    self.checks = checks.map { $0.init() }
  }

  /// Checks one unit.
  public func check(_ unit: TranslationUnit, at location: UnitLocation) {
    let analysis = UnitAnalysis(unit, glossary: glossary)
    for check in checks { findings += check.check(analysis, at: location) }
  }
}
