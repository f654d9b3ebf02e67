import Foundation

/// What fuzzy lookups and concordance searches read from a store: the posting lists of index
/// tokens (see ``PostingList``) and units by row number. The SQLite store reads them from its
/// file; another store gives the same lists and rows, so that the same search finds the same
/// matches in both.
package protocol UnitIndex {
  /// How many units hold each of `tokens` on `side` (0 source, 1 target); a token no unit holds
  /// is left out.
  func unitCounts(side: Int, tokens: [String]) throws -> [String: Int]

  /// The units holding `token` on `side`, packed as ``PostingList`` packs them, with a skip
  /// table when the list is long (``PostingList/skipThreshold``); `nil` when none does.
  func postings(side: Int, token: String) throws -> (count: Int, postings: Data, skips: Data?)?

  /// The largest row number of a unit, 0 when there is none.
  func largestUnitID() throws -> Int

  /// The units whose source has `key` (see ``MatchTokens/key(of:)``).
  func units(sourceKey key: Int64) throws -> [UnitRow]

  /// The unit with row number `id`.
  func unit(id: Int64) throws -> UnitRow?

  /// The word count of the unit with row number `id`.
  func wordCount(id: Int64) throws -> Int?

  /// The source text of the unit with row number `id`.
  func sourceText(id: Int64) throws -> String?

  /// The language pair of the unit with row number `id`.
  func languages(id: Int64) throws -> (source: String, target: String)?

  /// Whether the store reads units faster in groups: then ``prefetch(_:)`` and
  /// ``prefetchUnits(_:)`` are told which units are about to be asked for.
  var readsAhead: Bool { get }

  /// Says which units' word counts, sources and languages are about to be asked for, so that a
  /// store across a network can read them in one round trip.
  func prefetch(_ ids: [Int64]) throws

  /// Says which whole units are about to be asked for.
  func prefetchUnits(_ ids: [Int64]) throws
}

extension UnitIndex {
  package var readsAhead: Bool { false }

  package func prefetch(_ ids: [Int64]) throws {}

  package func prefetchUnits(_ ids: [Int64]) throws {}

  package func languages(id: Int64) throws -> (source: String, target: String)? {
    try unit(id: id).map { ($0.sourceLanguage, $0.targetLanguage) }
  }
}
