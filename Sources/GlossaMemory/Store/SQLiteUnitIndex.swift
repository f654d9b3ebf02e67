import Foundation
import GRDB

/// The index and units of a SQLite memory, read inside one read transaction through statements
/// prepared once per connection.
struct SQLiteUnitIndex: UnitIndex {
  let db: Database
  // Looked up once: a lookup reads hundreds of word counts and sources.
  private let wordCountStatement: Statement
  private let sourceTextStatement: Statement

  init(db: Database) throws {
    self.db = db
    wordCountStatement = try db.cachedStatement(sql: "SELECT word_count FROM unit WHERE id = ?")
    sourceTextStatement = try db.cachedStatement(sql: "SELECT source_text FROM unit WHERE id = ?")
  }

  func unitCounts(side: Int, tokens: [String]) throws -> [String: Int] {
    let statement = try db.cachedStatement(sql: "SELECT unit_count FROM term WHERE side = ? AND token = ?")
    var counts: [String: Int] = [:]
    for token in tokens {
      if let count = try Int.fetchOne(statement, arguments: [side, token]) { counts[token] = count }
    }
    return counts
  }

  func postings(side: Int, token: String) throws -> (count: Int, postings: Data, skips: Data?)? {
    let statement = try db.cachedStatement(
      sql: "SELECT unit_count, postings, skips FROM term WHERE side = ? AND token = ?")
    guard let row = try Row.fetchOne(statement, arguments: [side, token]) else { return nil }
    return (row[0], row[1], row[2])
  }

  func largestUnitID() throws -> Int {
    try Int.fetchOne(db, sql: "SELECT MAX(id) FROM unit") ?? 0
  }

  func units(sourceKey key: Int64) throws -> [UnitRow] {
    try UnitRow.fetchAll(sourceKey: key, in: db)
  }

  func unit(id: Int64) throws -> UnitRow? {
    try UnitRow.fetch(id: id, in: db)
  }

  func wordCount(id: Int64) throws -> Int? {
    try Int.fetchOne(wordCountStatement, arguments: [id])
  }

  func sourceText(id: Int64) throws -> String? {
    try String.fetchOne(sourceTextStatement, arguments: [id])
  }
}
