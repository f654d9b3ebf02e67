import Foundation
import GRDB
import GlossaNames
import GlossaText

extension TranslationMemory {
  /// Which segments a search looks at.
  public enum Side: String, Sendable, CaseIterable {
    case source, target, both
  }

  /// Units whose source is like `sentence`, best first.
  ///
  /// First the units whose source has the query's words exactly (case, accents and
  /// punctuation aside) are looked up by key; they always come first. Then candidates come
  /// from the index (see ``CandidateSelection``): only units that could still reach
  /// `minimumScore`, scored from the highest possible score down, until no unscored unit can
  /// beat the `limit` best found. The result is the true best `limit` at or above the minimum,
  /// except for the cases ``CandidateSelection/isComplete`` names. Scores are on folded words
  /// (see ``FuzzyMatch/Explanation``): 100 × (1 − distance ÷ words), less a point for
  /// differences in case or accents and a point for differences in punctuation, so 100 means
  /// the identical sentence.
  ///
  /// - Parameters:
  ///   - sourceLanguage, targetLanguage: Only units of this language pair (any case).
  ///   - minimumScore: The lowest score returned, 0 to 100.
  ///   - limit: The most matches returned.
  public func matches(
    for sentence: String, sourceLanguage: String? = nil, targetLanguage: String? = nil, minimumScore: Double = 70,
    limit: Int = 5
  ) throws(MemoryError) -> [FuzzyMatch] {
    try read { db in
      try FuzzySearch(
        sentence: sentence, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, minimumScore: minimumScore,
        limit: limit
      ).matches(in: try SQLiteUnitIndex(db: db))
    }
  }

  /// How `sentence` scores against the unit with row number `unitID`, whether or not a search
  /// would have found it; `nil` when there is no such unit.
  package func match(for sentence: String, unitID: Int64) throws(MemoryError) -> FuzzyMatch? {
    try read { db in try UnitRow.fetch(id: unitID, in: db).flatMap { FuzzySearch.match(for: sentence, row: $0) } }
  }

  /// The row numbers of the units with `tuid`.
  package func unitIDs(withTuid tuid: String) throws(MemoryError) -> [Int64] {
    try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM unit WHERE tuid = ?", arguments: [tuid]) }
  }
}
