import Foundation
import GRDB
import GlossaText

/// A translation memory: one SQLite file holding translation units and the index that finds
/// them again, read and written through GRDB.
///
/// The file is in WAL mode, so searches run while an import writes; an import is one
/// transaction, so an import that fails or is killed leaves the memory as it was.
///
/// ```swift
/// let memory = try TranslationMemory(path: "news.sqlite")
/// let report = try memory.importTMX(path: "desk.tmx")
/// let matches = try memory.matches(for: "Η κυβέρνηση ανακοίνωσε νέα μέτρα.")
/// ```
///
/// The store works on any GRDB `DatabaseWriter`: a `DatabasePool` on a file (what
/// ``init(path:busyTimeout:)`` opens), a `DatabaseQueue` in memory for tests and throwaway work,
/// or a writer an application already has.
public final class TranslationMemory: MemoryStore, Sendable {
  /// The database file, or the name given to a database that has none.
  public let path: String
  /// The database the memory lives in.
  let database: any DatabaseWriter
  /// How much of the file reads map into memory rather than copy.
  static let mappedBytes = 1 << 32

  /// Opens the memory at `path`, creating it (and its folder) if needed, and brings its
  /// tables up to date.
  ///
  /// - Parameter busyTimeout: How long, in seconds, to wait for another process that is
  ///   writing before giving up with a ``MemoryError`` of category
  ///   ``GlossaText/ErrorCategory/busy``.
  /// - Throws: ``MemoryError`` when the file cannot be opened, is not a memory, or comes from
  ///   a newer Glossa.
  public convenience init(path: String, busyTimeout: Double = 10) throws(MemoryError) {
    if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      FileTree.createDirectories(String(path[..<slash]))
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(busyTimeout)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // Reads through a memory map: a lookup reads hundreds of rows, each a system call otherwise.
      try db.execute(sql: "PRAGMA mmap_size = \(TranslationMemory.mappedBytes)")
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
    } catch {
      throw MemoryError(file: path, error)
    }
    try self.init(database: pool, name: path)
  }

  /// A memory in `database`, whose tables are brought up to date.
  ///
  ///     let memory = try TranslationMemory(database: DatabaseQueue(), name: "scratch")
  ///
  /// - Parameter name: What errors call the memory (its file, for a file).
  /// - Throws: ``MemoryError`` when the database holds something else, or a memory from a
  ///   newer Glossa.
  public init(database: any DatabaseWriter, name: String) throws(MemoryError) {
    self.path = name
    self.database = database
    do {
      if try database.read({ try MemorySchema.migrator.hasBeenSuperseded($0) }) {
        throw MemoryError(
          file: name, message: "written by a newer version of Glossa (its schema has migrations this one lacks)",
          category: .unavailable)
      }
      try MemorySchema.migrator.migrate(database)
    } catch {
      throw MemoryError(file: name, error)
    }
  }

  /// Runs a read, turning database errors into ``MemoryError``.
  func read<T>(_ body: (Database) throws -> T) throws(MemoryError) -> T {
    do {
      return try database.read(body)
    } catch {
      throw MemoryError(file: path, error)
    }
  }

  /// How many units the memory holds.
  package func count() throws(MemoryError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") ?? 0 }
  }

  /// The unit with row number `id`.
  package func unit(id: Int64) throws(MemoryError) -> TranslationUnit? {
    try read { db in try UnitRow.fetch(id: id, in: db)?.translationUnit }
  }

  /// Imports a TMX file in one transaction: each `tu` gives one unit per language besides the
  /// source language. See ``MemoryImports/importTMX(path:into:sourceLanguage:dryRun:progress:)``.
  public func importTMX(
    path: String, sourceLanguage: String? = nil, dryRun: Bool = false,
    progress: (@Sendable (ImportProgress) -> Void)? = nil
  ) throws -> ImportReport {
    try MemoryImports.importTMX(
      path: path, into: self, sourceLanguage: sourceLanguage, dryRun: dryRun, progress: progress)
  }

  /// Adds units made elsewhere (by the aligner, or one by one), in one transaction.
  public func add(_ units: [TranslationUnit]) throws -> ImportReport {
    try MemoryImports.add(units, to: self)
  }

  /// Writes the memory as TMX 1.4b, atomically, unit by unit.
  ///
  /// - Parameters:
  ///   - sourceLanguage: Only units from this language; by default all, with the header's
  ///     `srclang` the most common source language (or `*all*` when there are several).
  /// - Returns: How many units were written.
  /// - Throws: ``TextOutputError`` or ``MemoryError``; the target file is untouched on failure.
  @discardableResult
  public func exportTMX(to outputPath: String, sourceLanguage: String? = nil) throws -> Int {
    try MemoryExports.exportTMX(from: self, to: outputPath, sourceLanguage: sourceLanguage)
  }

  /// Streams the memory as TMX text to `write`, in pieces: Glossa's header with the imported
  /// headers' notes, properties and data type, and the units of one multilingual `tu` as that
  /// `tu` again.
  @discardableResult
  public func exportTMX(sourceLanguage: String? = nil, write: (String) throws -> Void) throws -> Int {
    try MemoryExports.exportTMX(from: self, sourceLanguage: sourceLanguage, write: write)
  }

  /// What the headers of imported TMX files said beyond Glossa's own.
  package func storedHeader() throws -> StoredHeader {
    try read { db in try StoredHeader.read(db) }
  }

  /// Every unit, in the order they were added, `batchSize` rows at a time.
  public func forEachUnit(
    sourceLanguage: String? = nil, batchSize: Int = 2000, _ body: (TranslationUnit) throws -> Void
  ) throws {
    var after: Int64 = 0
    while true {
      let rows = try read { db in
        try UnitRow.fetchBatch(after: after, limit: batchSize, sourceLanguage: sourceLanguage, in: db)
      }
      guard let last = rows.last else { return }
      for row in rows { try body(row.translationUnit) }
      after = last.id
    }
  }
}
