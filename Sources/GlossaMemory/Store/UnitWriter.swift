import Foundation
import GRDB
import GlossaText

/// Writes units into an open transaction: finds identical units by their source key, merges or
/// inserts, and gathers the index's postings, packed as they come, written whenever
/// ``flushBytes`` of them have gathered and at the end, so memory stays bounded however large
/// the import.
struct UnitWriter {
  enum Outcome {
    case added, merged, empty
  }

  private let db: Database
  private var find: Statement
  private var insert: Statement
  private var update: Statement
  /// New postings by side (0 source, 1 target) and token number.
  private var postings: [[PendingPostings]] = [[], []]
  /// The tokens by side and number (see ``TokenInterner``).
  private var tokens: [[String]] = [[], []]
  /// Bytes of packed postings gathered since they were last written.
  private var pending = 0

  /// How many bytes of packed postings are gathered before they are written: about 45 million
  /// postings, a million units of news. Each write reads and rewrites every list it touches, so
  /// writes are few.
  static let flushBytes = 64 << 20

  init(db: Database) throws {
    self.db = db
    (find, insert, update) = try Self.statements(in: db)
  }

  private static func statements(in db: Database) throws -> (Statement, Statement, Statement) {
    let find = try db.makeStatement(sql: "SELECT id FROM unit WHERE source_key = ?")
    let insert = try db.makeStatement(
      sql: """
        INSERT INTO unit (source_key, source_lang, target_lang, source_text, target_text, source_markup,
          target_markup, word_count, tuid, created_at, changed_at, created_by, changed_by, usage_count, document, details)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let update = try db.makeStatement(
      sql: """
        UPDATE unit SET tuid = ?, created_at = ?, changed_at = ?, created_by = ?, changed_by = ?, usage_count = ?,
          document = ?, details = ? WHERE id = ?
        """)
    return (find, insert, update)
  }

  /// Adds one unit, or merges it into an identical one.
  mutating func add(_ prepared: PreparedUnit) throws -> Outcome {
    for side in 0..<2 where !prepared.newTokens[side].isEmpty {
      tokens[side] += prepared.newTokens[side]
      postings[side] += Array(repeating: PendingPostings(), count: prepared.newTokens[side].count)
    }
    guard !prepared.isEmpty else { return .empty }
    let unit = prepared.unit
    if let row = try identical(to: prepared) {
      let merged = row.translationUnit.merged(with: unit)
      try update.execute(
        arguments: [
          merged.id, merged[attribute: "creationdate"], merged[attribute: "changedate"], merged.creationUser,
          merged.changeUser, merged.usageCount, merged.document, StoredDetails(merged).json(), row.id,
        ])
      return .merged
    }
    try insert.execute(
      arguments: [
        prepared.sourceKey, unit.sourceLanguage, unit.targetLanguage, unit.source.text, unit.target.text,
        prepared.sourceMarkup, prepared.targetMarkup,
        prepared.wordCount, unit.id, unit[attribute: "creationdate"], unit[attribute: "changedate"],
        unit.creationUser, unit.changeUser, unit.usageCount, unit.document, prepared.details,
      ])
    let id = UInt32(truncatingIfNeeded: db.lastInsertedRowID)
    for side in 0..<2 {
      // One uniqueness check per side, not one per posting.
      pending += postings[side].withUnsafeMutableBufferPointer { lists in
        prepared.tokens[side].reduce(0) { sum, number in sum + lists[Int(number)].append(id) }
      }
    }
    if pending >= Self.flushBytes { try writePostings() }
    return .added
  }

  /// The stored unit with the same content, if any: the rows with the same source key are
  /// read only when there are some.
  private func identical(to prepared: PreparedUnit) throws -> UnitRow? {
    let ids = try Int64.fetchAll(find, arguments: [prepared.sourceKey])
    for id in ids {
      if let row = try UnitRow.fetch(id: id, in: db), row.hasSameContent(as: prepared.unit) { return row }
    }
    return nil
  }

  /// Makes the statements usable again after one failed: SQLite keeps a failed statement's
  /// error until it is reset, so fresh ones are prepared.
  mutating func recover() throws {
    (find, insert, update) = try Self.statements(in: db)
  }

  /// Writes the gathered postings into the index.
  mutating func finish() throws { try writePostings() }

  /// Writes the postings gathered so far, appending to the lists already stored, with skip
  /// tables for long lists. Lists are written in the order of their keys, so the index's pages
  /// fill one after another.
  private mutating func writePostings() throws {
    let select = try db.makeStatement(
      sql: "SELECT unit_count, last_unit, postings, skips FROM term WHERE side = ? AND token = ?")
    let write = try db.makeStatement(
      sql: """
        INSERT OR REPLACE INTO term (side, token, unit_count, last_unit, postings, skips)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for side in 0..<2 {
      let numbers = postings[side].indices.filter { postings[side][$0].count > 0 }.sorted {
        tokens[side][$0].utf8.lexicographicallyPrecedes(tokens[side][$1].utf8)
      }
      for number in numbers {
        let token = tokens[side][number]
        let ids = PostingList.decode(Data(postings[side][number].bytes))
        postings[side][number] = PendingPostings()
        var count = 0
        var bytes: [UInt8] = []
        var skips: [UInt8] = []
        var last: UInt32 = 0
        var hadSkips = false
        if let row = try Row.fetchOne(select, arguments: [side, token]) {
          count = row[0]
          last = UInt32(truncatingIfNeeded: row[1] as Int64)
          bytes = [UInt8](row[2] as Data)
          if let existing = row[3] as Data? {
            skips = [UInt8](existing)
            hadSkips = true
          }
        }
        let before = bytes.count
        PostingList.append(ids, to: &bytes, skips: &skips, count: count, last: last)
        count += ids.count
        if count >= PostingList.skipThreshold && !hadSkips && before > 0 {
          skips = PostingList.skipTable(of: Data(bytes))  // the list has just grown long
        }
        let table = count >= PostingList.skipThreshold ? Data(skips) : nil
        try write.execute(arguments: [side, token, count, Int64(ids.last!), Data(bytes), table])
      }
    }
    pending = 0
  }
}

/// The postings of one token gathered since the last write, packed as deltas from the
/// previous one (the first from 0), as ``PostingList`` packs a list.
private struct PendingPostings {
  var bytes: [UInt8] = []
  var count = 0
  var last: UInt32 = 0

  /// Appends a unit number larger than the last; returns how many bytes it took.
  mutating func append(_ id: UInt32) -> Int {
    defer { last = id }
    count += 1
    return PostingList.appendDelta(id &- last, to: &bytes)
  }
}
