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
  /// Units read.
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
    for row in try session.rows(
      """
      SELECT token, sum(unit_count)::bigint,
        CASE WHEN sum(unit_count) <= $3 THEN array_agg(unit_count ORDER BY chunk) END,
        CASE WHEN sum(unit_count) <= $3 THEN array_agg(postings ORDER BY chunk) END
      FROM tm_posting WHERE side = $1 AND token = ANY($2) GROUP BY token
      """, binds)
    {
      let (token, count, sizes, chunks) = try row.decode((String, Int64, [Int32]?, [ByteBuffer]?).self)
      counts[token] = Int(count)
      if let sizes, let chunks, lists[side]?[token] == nil {
        let list = PostingChunks.merged(zip(sizes, chunks).map { (Int($0), Data($1.readableBytesView)) })
        lists[side, default: [:]][token] = .some(list)
      }
    }
    return counts
  }

  func postings(side: Int, token: String) throws -> (count: Int, postings: Data, skips: Data?)? {
    if let known = lists[side]?[token] { return known }
    var binds = PostgresBindings()
    binds.append(Int16(side))
    binds.append(token)
    let chunks = try session.rows(
      "SELECT unit_count, postings FROM tm_posting WHERE side = $1 AND token = $2 ORDER BY chunk", binds
    ).map { row -> (Int, Data) in
      let (count, bytes) = try row.decode((Int32, ByteBuffer).self)
      return (Int(count), Data(bytes.readableBytesView))
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
    if rows[id] == nil { try prefetch([id]) }
    return rows[id]
  }

  func wordCount(id: Int64) throws -> Int? { try unit(id: id)?.wordCount }

  func sourceText(id: Int64) throws -> String? { try unit(id: id)?.sourceText }

  /// Reads the units not read yet, in one round trip.
  func prefetch(_ ids: [Int64]) throws {
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
