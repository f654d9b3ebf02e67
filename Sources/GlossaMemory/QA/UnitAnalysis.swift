import GlossaGlossary

/// What the checks share about one unit, computed once: folded segments and the glossary's
/// names on each side.
/// Made by ``MemoryChecker`` for each unit, as ``GlossaLint``'s document analysis is for each
/// document.
package final class UnitAnalysis {
  /// The unit.
  package let unit: TranslationUnit
  /// The glossary names are checked against, if any.
  package let glossary: Glossary?

  /// The glossary's names in the source segment.
  package private(set) lazy var sourceMentions: [NameMention] = glossary?.mentions(in: unit.source.text) ?? []
  /// The source folded for comparing segments (``UnitKey/folded(_:)``).
  package private(set) lazy var foldedSource: String = UnitKey.folded(unit.source.text)
  /// The target folded for comparing segments.
  package private(set) lazy var foldedTarget: String = UnitKey.folded(unit.target.text)
  /// The language pair, lower case, for keeping pairs apart.
  private(set) lazy var languagePair: String = UnitKey.pair(unit)

  /// The glossary's names in the target segment.
  package private(set) lazy var targetMentions: [NameMention] = glossary?.mentions(in: unit.target.text) ?? []

  /// An analysis of `unit` against `glossary`.
  package init(_ unit: TranslationUnit, glossary: Glossary?) {
    self.unit = unit
    self.glossary = glossary
  }
}
