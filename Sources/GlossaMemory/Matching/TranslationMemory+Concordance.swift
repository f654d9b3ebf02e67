import Foundation
import GlossaText

/// A unit where a concordance search found its words.
public struct ConcordanceHit: Hashable, Sendable {
  /// The unit's row number in the memory.
  public var unitID: Int64
  /// The unit.
  public var unit: TranslationUnit
  /// Where the words were found: `source` or `target`.
  public var side: TranslationMemory.Side
}

extension TranslationMemory {
  /// Units whose source or target holds `text` as consecutive words, ignoring case and accents
  /// (`κορεας` finds `ΚΟΡΕΑΣ` and `Κορέας`), in the order they were added.
  ///
  /// The index gives the units with every word; each is then checked for the words in a row.
  public func concordance(_ text: String, side: Side = .both, limit: Int = 20) throws(MemoryError) -> [ConcordanceHit] {
    try read { db in try Self.concordance(text, side: side, limit: limit, in: try SQLiteUnitIndex(db: db)) }
  }

  /// The concordance of `text` in any store's index.
  package static func concordance(
    _ text: String, side: Side, limit: Int, in index: some UnitIndex
  ) throws -> [ConcordanceHit] {
    let words = TextFolder.shared.key(text).split(separator: " ").map(String.init)
    guard !words.isEmpty else { return [] }
    let phrase = " " + words.joined(separator: " ") + " "
    var hits: [ConcordanceHit] = []
    for (sideNumber, sideName) in [(0, Side.source), (1, Side.target)] where side == .both || side == sideName {
      let ids = try unitsWithAll(words, side: sideNumber, in: index)
      var start = 0
      while start < ids.count && hits.count < limit {
        let batch = ids[start..<min(ids.count, start + FuzzySearch.readAhead)].map { Int64($0) }
        start += batch.count
        try index.prefetch(batch)
        for id in batch {
          guard hits.count < limit else { break }
          guard let row = try index.unit(id: id) else { continue }
          let segment = sideNumber == 0 ? row.sourceText : row.targetText
          guard (" " + TextFolder.shared.key(segment) + " ").contains(phrase) else { continue }
          if !hits.contains(where: { $0.unitID == row.id }) {
            hits.append(ConcordanceHit(unitID: row.id, unit: row.translationUnit, side: sideName))
          }
        }
      }
    }
    return hits.sorted { $0.unitID < $1.unitID }.prefix(limit).map { $0 }
  }

  /// Units whose segment on `side` has every one of `words`, by intersecting posting lists from
  /// the shortest.
  static func unitsWithAll(_ words: [String], side: Int, in index: some UnitIndex) throws -> [UInt32] {
    var lists: [(count: Int, bytes: Data)] = []
    for word in Set(words) {
      guard let list = try index.postings(side: side, token: word) else { return [] }
      lists.append((list.count, list.postings))
    }
    lists.sort { $0.count < $1.count }
    var result = PostingList.decode(lists[0].bytes)
    for list in lists.dropFirst() {
      guard !result.isEmpty else { break }
      let other = PostingList.decode(list.bytes)
      var kept: [UInt32] = []
      var k = 0
      for id in result {
        while k < other.count && other[k] < id { k += 1 }
        if k < other.count && other[k] == id { kept.append(id) }
      }
      result = kept
    }
    return result
  }
}
