import Foundation
import GlossaMemory
import PostgresNIO

/// The index and units of a team memory, as one fuzzy lookup or concordance search reads them
/// over one connection: posting lists put together from their chunks, units read a group at a
/// time (see ``UnitIndex/prefetch(_:)``) and kept for the rest of the search.
final class PostgresUnitIndex: UnitIndex {
  private let session: PostgresSession
  /// Lists read so far, by side and token.
  private var lists: [Int: [String: (count: Int, postings: Data, skips: Data?)?]] = [0: [:], 1: [:]]
  /// What the search reads of each candidate unit.
  private struct Candidate {
    let wordCount: Int
    let sourceText: String
    let sourceLanguage: String
    let targetLanguage: String
  }

  /// Candidates read ahead.
  private var candidates: [Int64: Candidate] = [:]
  /// Whole units read.
  private var rows: [Int64: UnitRow] = [:]

  init(session: PostgresSession) {
    self.session = session
  }

  var readsAhead: Bool { true }

  /// Lists up to this long come with their counts, in the same round trip.
  static let inlineListLength = 8_192

  func unitCounts(side: Int, tokens: [String]) throws -> [String: Int] {
    var binds = PostgresBindings()
    binds.append(Int16(side))
    binds.append(tokens)
    binds.append(Int64(Self.inlineListLength))
    var counts: [String: Int] = [:]
    // The totals first; the chunks only of the lists short enough to come along.
    var chunks: [String: [(count: Int, bytes: Data, skips: Data?)]] = [:]
    for row in try session.rows(
      """
      WITH totals AS (
        SELECT token, sum(unit_count)::bigint AS total FROM tm_posting
        WHERE side = $1 AND token = ANY($2) GROUP BY token)
      SELECT t.token, t.total, p.unit_count, p.postings, p.skips FROM totals t
      LEFT JOIN tm_posting p ON t.total <= $3 AND p.side = $1 AND p.token = t.token
      ORDER BY t.token, p.chunk
      """, binds)
    {
      let (token, total, count, bytes, skips) = try row.decode((String, Int64, Int32?, ByteBuffer?, ByteBuffer?).self)
      counts[token] = Int(total)
      if let count, let bytes {
        chunks[token, default: []].append(
          (Int(count), Data(bytes.readableBytesView), skips.map { Data($0.readableBytesView) }))
      }
    }
    for (token, parts) in chunks where lists[side]?[token] == nil {
      lists[side, default: [:]][token] = .some(PostingChunks.merged(parts))
    }
    return counts
  }

  func postings(side: Int, token: String) throws -> (count: Int, postings: Data, skips: Data?)? {
    if let known = lists[side]?[token] { return known }
    var binds = PostgresBindings()
    binds.append(Int16(side))
    binds.append(token)
    let chunks = try session.rows(
      "SELECT unit_count, postings, skips FROM tm_posting WHERE side = $1 AND token = $2 ORDER BY chunk", binds
    ).map { row -> (Int, Data, Data?) in
      let (count, bytes, skips) = try row.decode((Int32, ByteBuffer, ByteBuffer?).self)
      return (Int(count), Data(bytes.readableBytesView), skips.map { Data($0.readableBytesView) })
    }
    let list = PostingChunks.merged(chunks)
    lists[side, default: [:]][token] = .some(list)
    return list
  }

  func largestUnitID() throws -> Int {
    try session.rows("SELECT coalesce(max(id), 0) FROM tm_unit").first.map { Int(try $0.decode(Int64.self)) } ?? 0
  }

  func units(sourceKey key: Int64) throws -> [UnitRow] {
    var binds = PostgresBindings()
    binds.append(key)
    return try session.rows("SELECT \(PostgresUnitRow.columns) FROM tm_unit WHERE source_key = $1 ORDER BY id", binds)
      .map { try PostgresUnitRow.decode($0) }
  }

  func unit(id: Int64) throws -> UnitRow? {
    if rows[id] == nil { try prefetchUnits([id]) }
    return rows[id]
  }

  func wordCount(id: Int64) throws -> Int? { try candidate(id)?.wordCount }

  func sourceText(id: Int64) throws -> String? { try candidate(id)?.sourceText }

  func languages(id: Int64) throws -> (source: String, target: String)? {
    try candidate(id).map { ($0.sourceLanguage, $0.targetLanguage) }
  }

  /// What the search reads of a candidate, read alone if it was not read ahead.
  private func candidate(_ id: Int64) throws -> Candidate? {
    if candidates[id] == nil && rows[id] == nil { try prefetch([id]) }
    if let row = rows[id] {
      return Candidate(
        wordCount: row.wordCount, sourceText: row.sourceText, sourceLanguage: row.sourceLanguage,
        targetLanguage: row.targetLanguage)
    }
    return candidates[id]
  }

  /// Reads the word counts, sources and languages of the units not read yet, in one round trip.
  func prefetch(_ ids: [Int64]) throws {
    let missing = ids.filter { candidates[$0] == nil && rows[$0] == nil }
    guard !missing.isEmpty else { return }
    var binds = PostgresBindings()
    binds.append(missing)
    for row in try session.rows(
      "SELECT id, word_count, source_text, source_lang, target_lang FROM tm_unit WHERE id = ANY($1)", binds)
    {
      let (id, words, text, source, target) = try row.decode((Int64, Int32, String, String, String).self)
      candidates[id] = Candidate(
        wordCount: Int(words), sourceText: text, sourceLanguage: source, targetLanguage: target)
    }
  }

  /// Reads the whole units not read yet, in one round trip.
  func prefetchUnits(_ ids: [Int64]) throws {
    let missing = ids.filter { rows[$0] == nil }
    guard !missing.isEmpty else { return }
    var binds = PostgresBindings()
    binds.append(missing)
    for row in try session.rows("SELECT \(PostgresUnitRow.columns) FROM tm_unit WHERE id = ANY($1)", binds) {
      let unit = try PostgresUnitRow.decode(row)
      rows[unit.id] = unit
    }
  }
}
