import Foundation
import GRDB
import GlossaText

/// Writes units into an open transaction: finds identical units by their source key, merges or
/// inserts, and gathers the index's postings to write at the end.
struct UnitWriter {
  enum Outcome {
    case added, merged, empty
  }

  private let db: Database
  private var find: Statement
  private var insert: Statement
  private var update: Statement
  /// New postings by side (0 source, 1 target) and token: unit numbers in increasing order.
  private var postings: [[String: [UInt32]]] = [[:], [:]]

  init(db: Database) throws {
    self.db = db
    (find, insert, update) = try Self.statements(in: db)
  }

  private static func statements(in db: Database) throws -> (Statement, Statement, Statement) {
    let find = try db.makeStatement(sql: "SELECT \(UnitRow.columns) FROM unit WHERE source_key = ?")
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
    guard !prepared.isEmpty else { return .empty }
    let unit = prepared.unit
    let rows = try Row.fetchAll(find, arguments: [prepared.sourceKey]).map(UnitRow.init(row:))
    if let row = rows.first(where: { $0.hasSameContent(as: unit) }) {
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
        unit.source.hasInlineMarkup ? unit.source.markup : nil, unit.target.hasInlineMarkup ? unit.target.markup : nil,
        prepared.wordCount, unit.id, unit[attribute: "creationdate"], unit[attribute: "changedate"],
        unit.creationUser, unit.changeUser, unit.usageCount, unit.document, prepared.details,
      ])
    let id = UInt32(truncatingIfNeeded: db.lastInsertedRowID)
    for token in prepared.sourceTokens { postings[0][token, default: []].append(id) }
    for token in prepared.targetTokens { postings[1][token, default: []].append(id) }
    return .added
  }

  /// Makes the statements usable again after one failed: SQLite keeps a failed statement's
  /// error until it is reset, so fresh ones are prepared.
  mutating func recover() throws {
    (find, insert, update) = try Self.statements(in: db)
  }

  /// Writes the gathered postings into the index, with skip tables for long lists.
  mutating func finish() throws {
    let select = try db.makeStatement(
      sql: "SELECT unit_count, last_unit, postings, skips FROM term WHERE side = ? AND token = ?")
    let write = try db.makeStatement(
      sql: "INSERT OR REPLACE INTO term (side, token, unit_count, last_unit, postings, skips) VALUES (?, ?, ?, ?, ?, ?)"
    )
    for side in 0..<2 {
      for (token, ids) in postings[side] {
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
      postings[side] = [:]
    }
  }
}
