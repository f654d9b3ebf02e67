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
public final class TranslationMemory: Sendable {
  /// The database file.
  public let path: String
  let pool: DatabasePool

  /// Opens the memory at `path`, creating it (and its folder) if needed, and brings its
  /// tables up to date.
  ///
  /// - Throws: ``MemoryError`` when the file cannot be opened or is not a memory.
  public init(path: String) throws(MemoryError) {
    self.path = path
    if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
      FileTree.createDirectories(String(path[..<slash]))
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
    }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      try MemorySchema.migrator.migrate(pool)
    } catch {
      throw MemoryError(file: path, message: Self.describe(error))
    }
  }

  /// A one-line description of a database error.
  static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError {
      if error.resultCode == .SQLITE_NOTADB { return "not a Glossa memory (not an SQLite database)" }
      return error.message ?? "\(error.resultCode)"
    }
    if let error = error as? MemoryError { return error.message }
    return "\(error)"
  }

  /// Runs a read, turning database errors into ``MemoryError``.
  func read<T>(_ body: (Database) throws -> T) throws(MemoryError) -> T {
    do {
      return try pool.read(body)
    } catch {
      throw MemoryError(file: path, message: Self.describe(error))
    }
  }

  /// How many units the memory holds.
  public func count() throws(MemoryError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") ?? 0 }
  }

  /// The unit with row number `id`.
  public func unit(id: Int64) throws(MemoryError) -> TranslationUnit? {
    try read { db in try UnitRow.fetch(id: id, in: db)?.translationUnit }
  }

  /// Every unit, in the order they were added, `batchSize` rows at a time.
  public func forEachUnit(
    sourceLanguage: String? = nil, batchSize: Int = 2000, _ body: (TranslationUnit) throws -> Void
  ) throws {
    var after: Int64 = 0
    while true {
      let rows = try read { db in try UnitRow.fetchBatch(after: after, limit: batchSize, sourceLanguage: sourceLanguage, in: db) }
      guard let last = rows.last else { return }
      for row in rows { try body(row.translationUnit) }
      after = last.id
    }
  }
}

/// A memory that cannot be opened, read or written.
public struct MemoryError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var message: String

  public init(file: String, message: String) {
    self.file = file
    self.message = message
  }

  public var description: String { "\(file): \(message)" }
}
