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
    let query = MatchTokens(sentence)
    guard !query.words.isEmpty, limit > 0 else { return [] }
    let scorer = MatchScorer(query: query, sentence: sentence)
    return try read { db in
      var found = FoundMatches(limit: limit, minimumScore: minimumScore)
      let filters = sourceLanguage != nil || targetLanguage != nil
      func accepts(_ row: UnitRow) -> Bool {
        if let sourceLanguage, row.sourceLanguage.lowercased() != sourceLanguage.lowercased() { return false }
        if let targetLanguage, row.targetLanguage.lowercased() != targetLanguage.lowercased() { return false }
        return true
      }
      var exactIDs: Set<Int64> = []
      for row in try UnitRow.fetchAll(sourceKey: query.key, in: db) where accepts(row) {
        exactIDs.insert(row.id)
        if let scored = scorer.score(row, minimumScore: minimumScore) { found.add(scored) }
      }
      var selection = try CandidateSelection(query: query, minimumScore: minimumScore, in: db)
      // Read by column, not as rows: a lookup reads hundreds of them.
      let wordCount = try db.cachedStatement(sql: "SELECT word_count FROM unit WHERE id = ?")
      let sourceText = try db.cachedStatement(sql: "SELECT source_text FROM unit WHERE id = ?")
      var index = 0
      var checkedSinceReading = 0
      while index < selection.candidates.count && index < CandidateSelection.checkLimit {
        let candidate = selection.candidates[index]
        // Sorted by bound: once one cannot beat the results, none after it can.
        guard selection.bound(lost: candidate.lost) >= found.threshold else { break }
        // Many left to check: read another list when that rules out more than it costs.
        if checkedSinceReading >= 8,
          selection.refinementPays(checks: selection.reaching(found.threshold, from: index))
        {
          try selection.refine(from: index, threshold: found.threshold, in: db)
          checkedSinceReading = 0
          continue
        }
        index += 1
        checkedSinceReading += 1
        let id = Int64(candidate.id)
        guard !exactIDs.contains(id), let words = try Int.fetchOne(wordCount, arguments: [id]),
          selection.bound(lost: candidate.lost, unitWords: words) >= found.threshold,
          let text = try String.fetchOne(sourceText, arguments: [id])
        else { continue }
        if filters {
          guard let full = try UnitRow.fetch(id: id, in: db), accepts(full) else { continue }
        }
        if let scored = scorer.score(unitID: id, sourceText: text, minimumScore: found.threshold) {
          found.add(scored)
        }
      }
      return try found.matches(in: db)
    }
  }

  /// How `sentence` scores against the unit with row number `unitID`, whether or not a search
  /// would have found it; `nil` when there is no such unit.
  package func match(for sentence: String, unitID: Int64) throws(MemoryError) -> FuzzyMatch? {
    let scorer = MatchScorer(query: MatchTokens(sentence, readsNames: false), sentence: sentence)
    return try read { db in
      try UnitRow.fetch(id: unitID, in: db).flatMap { row in scorer.score(row, minimumScore: 0)?.match(row) }
    }
  }

  /// The row numbers of the units with `tuid`.
  package func unitIDs(withTuid tuid: String) throws(MemoryError) -> [Int64] {
    try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM unit WHERE tuid = ?", arguments: [tuid]) }
  }
}
