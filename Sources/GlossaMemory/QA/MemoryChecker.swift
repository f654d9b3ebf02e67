import GlossaDiagnostics
import GlossaGlossary
import GlossaText

/// Quality checks over translation units, like those of Xbench or Okapi CheckMate: every check
/// of ``UnitCheckRegistry`` (`same-source-different-targets`, `same-target-different-sources`,
/// `number-mismatch`, `non-canonical-name`, `missing-name`).
///
/// Feed units one by one with ``check(_:at:)``; repeated sources are compared across everything
/// fed so far, in memory proportional to the distinct segments.
public final class MemoryChecker {
  /// The glossary names are checked against; `nil` checks no names.
  package let glossary: Glossary?
  /// What was found so far, in the order found.
  public private(set) var findings: [Finding] = []
  private let checks: [any UnitCheck]

  /// A checker with nothing seen yet, running every registered check.
  public convenience init(glossary: Glossary?) {
    self.init(glossary: glossary, checks: UnitCheckRegistry.all)
  }

  /// A checker with nothing seen yet, running `checks`.
  package init(glossary: Glossary?, checks: [any UnitCheck.Type]) {
    self.glossary = glossary
    self.checks = checks.map { $0.init() }
  }

  /// Checks one unit.
  public func check(_ unit: TranslationUnit, at location: UnitLocation) {
    let analysis = UnitAnalysis(unit, glossary: glossary)
    for check in checks { findings += check.check(analysis, at: location) }
  }

  /// Checks every unit of a TMX file, streaming it.
  ///
  /// - Parameter sourceLanguage: The source language for units and a header that name none
  ///   (`nil`: the header's).
  /// - Returns: What the reader noticed but read past, such as an unknown element.
  /// - Throws: ``GlossaText/TextInputError`` when the file cannot be read, an error of
  ///   category ``GlossaText/ErrorCategory/malformedInput`` naming the line when it is not TMX.
  public func check(tmxFile path: String, sourceLanguage: String? = nil) throws -> [InputWarning] {
    let reader = try TMXReader(path: path)
    let header = try reader.readHeader()
    while let unit = try reader.next() {
      let source = unit.sourceLanguage(default: sourceLanguage ?? header.sourceLanguage)
      for pair in TranslationUnit.units(from: unit, sourceLanguage: source) {
        check(pair, at: UnitLocation(file: reader.name, line: reader.unitLine, tuid: pair.id))
      }
    }
    return reader.warnings
  }
}
