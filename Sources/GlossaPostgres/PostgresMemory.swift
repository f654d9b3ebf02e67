import Foundation
import GlossaMemory
import GlossaText
import PostgresNIO

/// A translation memory in PostgreSQL, shared by a team: the same units, details, merging of
/// identical units, fuzzy lookups and concordance as the SQLite store (``TranslationMemory``),
/// for many translators reading and writing at once.
///
/// ```swift
/// let memory = try PostgresMemory(url: "postgres://desk@db.example/memory")
/// _ = try memory.importTMX(path: "desk.tmx")
/// let matches = try memory.matches(for: "Η κυβέρνηση ανακοίνωσε νέα μέτρα.")
/// ```
///
/// Imports are one transaction each: a failed or killed import leaves the memory as it was.
/// Readers never wait for writers (PostgreSQL's snapshots); writers take turns, one transaction
/// each, and identical units merge. Connections come from a pool of `connections`.
public final class PostgresMemory: MemoryStore, @unchecked Sendable {
  /// The database, without its password.
  public let path: String
  let location: PostgresLocation
  let pool: PostgresSessionPool

  /// Opens the memory at `location`. An empty database gets the schema; a database of an older
  /// schema must be brought up to date with ``migrate(_:)`` first.
  ///
  /// - Parameter connections: The most connections open at once (one per concurrent caller).
  /// - Throws: ``PostgresStoreError`` when the database cannot be reached, or holds a schema of
  ///   another version.
  public init(location: PostgresLocation, connections: Int = 8) throws {
    self.location = location
    path = location.description
    pool = PostgresSessionPool(location: location, limit: connections)
    try pool.withSession { session in
      // One read of the version: an empty database gets the schema, any other must match.
      let current = try PostgresSchema.version(session)
      if current == 0 {
        try PostgresSchema.migrate(session)
      } else {
        try PostgresSchema.check(current, in: session)
      }
    }
  }

  /// Opens the memory at `url` (see ``PostgresLocation``).
  public convenience init(url: String, connections: Int = 8) throws {
    try self.init(location: try PostgresLocation(url: url), connections: connections)
  }

  /// Creates or upgrades the schema at `location`; safe to run twice, or from two processes at once.
  ///
  /// - Returns: The schema versions applied (none when it was up to date).
  @discardableResult
  public static func migrate(_ location: PostgresLocation) throws -> [Int] {
    let session = try PostgresSession(location)
    return try PostgresSchema.migrate(session)
  }

  /// The schema version this build writes.
  public static var schemaVersion: Int { PostgresSchema.latest }

  /// How many times an import that lost a deadlock to another import is tried again.
  static let attempts = 10

  /// Runs `work`, an import, again when the database chose it to break a deadlock (it was rolled
  /// back whole), after a pause that grows and varies. Imports take turns, so this is a safety
  /// net for deadlocks with other work on the same database.
  func retrying<T>(_ work: () throws -> T) throws -> T {
    var attempt = 1
    while true {
      do {
        return try work()
      } catch let error as PostgresStoreError where error.isRetryable && attempt < Self.attempts {
        usleep(UInt32.random(in: 50_000...200_000) * UInt32(attempt))
        attempt += 1
      }
    }
  }

  /// Imports a TMX file in one transaction (see ``MemoryImports``), read again from the start
  /// when a deadlock with another import rolled it back.
  public func importTMX(
    path: String, sourceLanguage: String? = nil, dryRun: Bool = false,
    progress: (@Sendable (ImportProgress) -> Void)? = nil
  ) throws -> ImportReport {
    try retrying {
      try MemoryImports.importTMX(
        path: path, into: self, sourceLanguage: sourceLanguage, dryRun: dryRun, progress: progress)
    }
  }

  /// Adds `units` in one transaction, again when a deadlock with another import rolled it back.
  public func add(_ units: [TranslationUnit]) throws -> ImportReport {
    try retrying { try MemoryImports.add(units, to: self) }
  }

  package func importUnits(dryRun: Bool, header: TMXHeader?, _ produce: (UnitSink) throws -> Void) throws
    -> ImportReport
  {
    var touched: [Set<String>] = [[], []]
    let report = try pool.withSession { session in
      try session.transaction(commit: !dryRun) { () throws -> ImportReport in
        // Writers take turns, each for one transaction: two imports sharing units and
        // interleaving would each wait for units the other has stored and not yet committed,
        // a deadlock whenever they meet them in different orders. Readers never wait.
        try session.execute("SELECT pg_advisory_xact_lock(\(PostgresSchema.importLock))")
        var report = ImportReport()
        var writer = PostgresUnitWriter(session: session, name: path)
        try ImportPipeline().run(produce) { batch in try writer.add(batch, report: &report) }
        try writer.finish(report: &report)
        if let header, report.added + report.merged > 0 { try mergeHeader(header, in: session) }
        touched = writer.touched
        return report
      }
    }
    // Tidying after the commit: if it fails (a lost deadlock, a dropped connection), the chunks
    // stay as they are, still right, to be merged by a later import. It must not fail the
    // import, which would then be tried again and counted twice.
    if !dryRun { try? mergeChunks(of: touched) }
    return report
  }

  /// Adds `header` to the stored one; called inside an import, which holds the import lock.
  private func mergeHeader(_ header: TMXHeader, in session: PostgresSession) throws {
    let before = try storedHeader(in: session)
    let merged = before.merging(header)
    guard merged != before else { return }
    var binds = PostgresBindings()
    binds.append(StoredHeader.key)
    binds.append(merged.json)
    try session.rows(
      "INSERT INTO tm_info (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", binds)
  }

  /// Merges the chunks of the tokens among `touched` that have gathered many, a few hundred
  /// tokens a transaction, in the order of their names (so that two imports doing this at once
  /// lock rows in one order). Only the chunks a transaction deletes are merged into the one it
  /// writes, so a chunk merged by another import meanwhile is never counted twice.
  func mergeChunks(of touched: [Set<String>]) throws {
    try pool.withSession { session in
      for side in 0..<2 where !touched[side].isEmpty {
        var binds = PostgresBindings()
        binds.append(Int16(side))
        binds.append(Array(touched[side]))
        binds.append(Int64(PostingChunks.mergeThreshold))
        let crowded = try session.rows(
          """
          SELECT token FROM tm_posting WHERE side = $1 AND token = ANY($2)
          GROUP BY token HAVING count(*) > $3 ORDER BY token
          """, binds
        ).map { try $0.decode(String.self) }
        for start in stride(from: 0, to: crowded.count, by: 500) {
          let part = Array(crowded[start..<min(crowded.count, start + 500)])
          try session.transaction {
            var binds = PostgresBindings()
            binds.append(Int16(side))
            binds.append(part)
            var chunks: [String: [Data]] = [:]
            for row in try session.rows(
              "DELETE FROM tm_posting WHERE side = $1 AND token = ANY($2) RETURNING token, postings", binds)
            {
              let (token, bytes) = try row.decode((String, ByteBuffer).self)
              chunks[token, default: []].append(Data(bytes.readableBytesView))
            }
            var names: [String] = []
            var counts: [Int32] = []
            var lists: [ByteBuffer] = []
            var skips: [ByteBuffer] = []
            for (token, parts) in chunks.sorted(by: { $0.key < $1.key }) {
              let ids = PostingChunks.ids(of: parts)
              var bytes: [UInt8] = []
              var table: [UInt8] = []
              PostingList.append(ids, to: &bytes, skips: &table, count: 0, last: 0)
              names.append(token)
              counts.append(Int32(ids.count))
              lists.append(ByteBuffer(bytes: bytes))
              skips.append(ByteBuffer(bytes: ids.count >= PostingList.skipThreshold ? table : []))
            }
            guard !names.isEmpty else { return }
            try PostingChunks.insert(
              side: side, tokens: names, counts: counts, postings: lists, skips: skips, in: session)
          }
        }
      }
    }
  }

  /// Units whose source is like `sentence`, best first, found as the SQLite store finds them.
  public func matches(
    for sentence: String, sourceLanguage: String?, targetLanguage: String?, minimumScore: Double, limit: Int
  ) throws -> [FuzzyMatch] {
    try pool.withSession { session in
      try FuzzySearch(
        sentence: sentence, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, minimumScore: minimumScore,
        limit: limit
      ).matches(in: PostgresUnitIndex(session: session))
    }
  }

  /// How `sentence` scores against the unit with row number `unitID`, found or not.
  public func match(for sentence: String, unitID: Int64) throws -> FuzzyMatch? {
    try pool.withSession { session in
      try PostgresUnitIndex(session: session).unit(id: unitID).flatMap { FuzzySearch.match(for: sentence, row: $0) }
    }
  }

  /// Units holding `text` as consecutive words, ignoring case and accents, oldest first.
  public func concordance(_ text: String, side: TranslationMemory.Side, limit: Int) throws -> [ConcordanceHit] {
    try pool.withSession { session in
      try TranslationMemory.concordance(text, side: side, limit: limit, in: PostgresUnitIndex(session: session))
    }
  }

  /// The row numbers of the units with `tuid`.
  public func unitIDs(withTuid tuid: String) throws -> [Int64] {
    try pool.withSession { session in
      var binds = PostgresBindings()
      binds.append(tuid)
      return try session.rows("SELECT id FROM tm_unit WHERE tuid = $1 ORDER BY id", binds).map {
        try $0.decode(Int64.self)
      }
    }
  }

  /// The unit with row number `id`.
  public func unit(id: Int64) throws -> TranslationUnit? {
    try pool.withSession { session in try PostgresUnitIndex(session: session).unit(id: id)?.translationUnit }
  }

  /// How many units the memory holds.
  public func count() throws -> Int {
    try pool.withSession { session in
      try session.rows("SELECT count(*) FROM tm_unit").first.map { Int(try $0.decode(Int64.self)) } ?? 0
    }
  }

  /// Every unit, in the order they were added, `batchSize` rows a query: memory stays flat at
  /// any size.
  public func forEachUnit(sourceLanguage: String?, batchSize: Int, _ body: (TranslationUnit) throws -> Void) throws {
    var after: Int64 = 0
    while true {
      let rows = try pool.withSession { session in
        var binds = PostgresBindings()
        binds.append(after)
        binds.append(Int64(batchSize))
        var filter = ""
        if let sourceLanguage {
          binds.append(sourceLanguage.lowercased())
          filter = " AND lower(source_lang) = $3"
        }
        return try session.rows(
          "SELECT \(PostgresUnitRow.columns) FROM tm_unit WHERE id > $1\(filter) ORDER BY id LIMIT $2", binds
        ).map { try PostgresUnitRow.decode($0) }
      }
      guard let last = rows.last else { return }
      for row in rows { try body(row.translationUnit) }
      after = last.id
    }
  }

  package func storedHeader() throws -> StoredHeader {
    try pool.withSession { session in try storedHeader(in: session) }
  }

  private func storedHeader(in session: PostgresSession) throws -> StoredHeader {
    var binds = PostgresBindings()
    binds.append(StoredHeader.key)
    return StoredHeader(
      json: try session.rows("SELECT value FROM tm_info WHERE key = $1", binds).first.map { try $0.decode(String.self) }
    )
  }

  /// Counts what the memory holds; the size is that of its tables and indexes.
  public func statistics() throws -> MemoryStatistics {
    try pool.withSession { session in
      let pairs = try session.rows(
        """
        SELECT min(source_lang COLLATE "C"), min(target_lang COLLATE "C"), count(*) FROM tm_unit
        GROUP BY lower(source_lang), lower(target_lang) ORDER BY 3 DESC, lower(source_lang) COLLATE "C",
          lower(target_lang) COLLATE "C"
        """
      ).map { row in
        let (source, target, units) = try row.decode((String, String, Int64).self)
        return MemoryStatistics.Pair(sourceLanguage: source, targetLanguage: target, units: Int(units))
      }
      let counts = try session.rows(
        """
        SELECT count(*), count(*) FILTER (WHERE source_markup IS NOT NULL OR target_markup IS NOT NULL), count(tuid),
          count(*) FILTER (WHERE usage_count > 0), min(created_at), max(created_at) FROM tm_unit
        """)[0]
      let (units, markup, ids, used, earliest, latest) = try counts.decode(
        (Int64, Int64, Int64, Int64, String?, String?).self)
      let tokens = try session.rows(
        "SELECT side, count(DISTINCT token) FROM tm_posting WHERE strpos(token, '#') = 0 GROUP BY side"
      ).map { try $0.decode((Int16, Int64).self) }
      let bytes =
        try session.rows(
          """
          SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint FROM pg_class c
          WHERE c.relname IN ('tm_unit', 'tm_posting', 'tm_info') AND c.relkind = 'r'
            AND c.relnamespace = to_regnamespace(current_schema())::oid
          """
        ).first.map { try $0.decode(Int64.self) } ?? 0
      return MemoryStatistics(
        units: Int(units), pairs: pairs, sourceTokens: Int(tokens.first { $0.0 == 0 }?.1 ?? 0),
        targetTokens: Int(tokens.first { $0.0 == 1 }?.1 ?? 0), unitsWithMarkup: Int(markup), unitsWithID: Int(ids),
        usedUnits: Int(used), earliestCreation: earliest, latestCreation: latest, fileBytes: Int(bytes))
    }
  }
}
