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
    return migrator
  }
}
