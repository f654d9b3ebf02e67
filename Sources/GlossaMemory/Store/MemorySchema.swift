import Foundation
import GRDB

/// The memory's tables, built by named migrations that only ever get added to.
enum MemorySchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: units, terms, info") { db in
      try db.execute(
        sql: """
          CREATE TABLE unit (
            id INTEGER PRIMARY KEY,
            content_hash INTEGER NOT NULL,
            source_lang TEXT NOT NULL CHECK (source_lang <> ''),
            target_lang TEXT NOT NULL CHECK (target_lang <> ''),
            source_text TEXT NOT NULL,
            target_text TEXT NOT NULL,
            source_markup TEXT,
            target_markup TEXT,
            word_count INTEGER NOT NULL CHECK (word_count >= 0),
            tuid TEXT,
            created_at TEXT,
            changed_at TEXT,
            created_by TEXT,
            changed_by TEXT,
            usage_count INTEGER NOT NULL DEFAULT 0 CHECK (usage_count >= 0),
            document TEXT,
            details TEXT
          );
          CREATE INDEX unit_by_content ON unit(content_hash);
          CREATE INDEX unit_by_tuid ON unit(tuid) WHERE tuid IS NOT NULL;
          CREATE TABLE term (
            side INTEGER NOT NULL CHECK (side IN (0, 1)),
            token TEXT NOT NULL,
            unit_count INTEGER NOT NULL CHECK (unit_count > 0),
            last_unit INTEGER NOT NULL,
            postings BLOB NOT NULL,
            PRIMARY KEY (side, token)
          ) WITHOUT ROWID;
          CREATE TABLE info (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
          );
          """)
    }
    migrator.registerMigration("v2: source key, repeat tokens, skip tables") { db in
      // The key and the repeat tokens are worked out in Swift (folded words), so the rows are
      // read in batches; the old content hash gives way to the key.
      try db.execute(sql: "ALTER TABLE unit ADD COLUMN source_key INTEGER NOT NULL DEFAULT 0")
      try db.execute(sql: "ALTER TABLE term ADD COLUMN skips BLOB")
      let update = try db.makeStatement(sql: "UPDATE unit SET source_key = ? WHERE id = ?")
      var repeats: [String: [UInt32]] = [:]
      var after: Int64 = 0
      while true {
        let rows = try Row.fetchAll(
          db, sql: "SELECT id, source_text FROM unit WHERE id > ? ORDER BY id LIMIT 10000", arguments: [after])
        guard let last = rows.last else { break }
        for row in rows {
          let id: Int64 = row[0]
          let words = MatchTokens.words(of: row[1])
          try update.execute(arguments: [MatchTokens.key(of: words), id])
          for token in Set(MatchTokens.occurrenceTokens(of: words)) where token.text.contains("#") {
            repeats[token.text, default: []].append(UInt32(truncatingIfNeeded: id))
          }
        }
        after = last[0]
      }
      let insert = try db.makeStatement(
        sql: "INSERT INTO term (side, token, unit_count, last_unit, postings) VALUES (0, ?, ?, ?, ?)")
      for (token, ids) in repeats {
        try insert.execute(arguments: [token, ids.count, Int64(ids.last!), Data(PostingList.encode(ids))])
      }
      let long = try Row.fetchAll(
        db, sql: "SELECT side, token FROM term WHERE unit_count >= ?", arguments: [PostingList.skipThreshold])
      let read = try db.makeStatement(sql: "SELECT postings FROM term WHERE side = ? AND token = ?")
      let skip = try db.makeStatement(sql: "UPDATE term SET skips = ? WHERE side = ? AND token = ?")
      for row in long {
        let key: [any DatabaseValueConvertible] = [row[0] as Int, row[1] as String]
        guard let postings = try Data.fetchOne(read, arguments: StatementArguments(key)) else { continue }
        try skip.execute(arguments: StatementArguments([Data(PostingList.skipTable(of: postings))] + key))
      }
      try db.execute(
        sql: """
          DROP INDEX unit_by_content;
          ALTER TABLE unit DROP COLUMN content_hash;
          CREATE INDEX unit_by_source_key ON unit(source_key);
          """)
    }
    return migrator
  }
}
