import GRDB
import GlossaText
import GlossaXML

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an import's producer puts units: ``TranslationMemory/importUnits(dryRun:_:)``.
package struct UnitSink {
  let addUnit: (TranslationUnit) throws -> Void
  let skipUnit: (InputWarning) -> Void

  /// Adds a unit, or merges it into an identical one.
  package func add(_ unit: TranslationUnit) throws { try addUnit(unit) }

  /// Counts a unit left out, with the reason (naming the file and line).
  package func skip(_ reason: InputWarning) { skipUnit(reason) }
}

extension TranslationMemory {
  /// The page cache of an import, in KiB.
  static let importCacheKibibytes = 256 * 1024

  /// The most warnings an import report keeps.
  package static let warningLimit = 1000

  /// Adds units in one transaction, merging each unit into an identical one already there.
  ///
  /// `produce` gets a sink for the units; they flow through without being collected, so an
  /// input of any size takes memory only for the index being built. With `dryRun` everything
  /// is checked and counted, then rolled back.
  ///
  /// The notes, properties and data type of a TMX `header` are kept with the units, for
  /// ``exportTMX(to:sourceLanguage:)`` to write again.
  ///
  /// - Throws: Whatever `produce` throws (then nothing is kept), or ``MemoryError``.
  package func importUnits(
    dryRun: Bool = false, header: TMXHeader? = nil, _ produce: (UnitSink) throws -> Void
  ) throws -> ImportReport {
    var report = ImportReport()
    var producerError: (any Error)?
    do {
      try database.writeWithoutTransaction { db in
        // A large import touches index pages all over the file: keep them in a cache of a fixed
        // size, rather than mapping the whole file in.
        try db.execute(sql: "PRAGMA cache_size = -\(Self.importCacheKibibytes); PRAGMA mmap_size = 0")
        defer { try? db.execute(sql: "PRAGMA cache_size = -2000; PRAGMA mmap_size = \(Self.mappedBytes)") }
        try db.inTransaction {
          var writer = try UnitWriter(db: db)
          var databaseError: (any Error)?
          do {
            try ImportPipeline().run(produce) { batch in
              for item in batch {
                switch item {
                case .unit(let prepared):
                  do {
                    switch try writer.add(prepared) {
                    case .added: report.added += 1
                    case .merged: report.merged += 1
                    case .empty:
                      report.skipped += 1
                      if report.warnings.count < Self.warningLimit {
                        report.warnings.append(
                          InputWarning(
                            file: path,
                            "a unit with an empty segment ('\(prepared.unit.source.text.prefix(40))'); skipped"))
                      }
                    }
                  } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                    // The unit breaks a rule of the schema (an empty language tag): count it, go on.
                    try writer.recover()
                    report.failed += 1
                    if report.warnings.count < Self.warningLimit {
                      report.warnings.append(
                        InputWarning(
                          file: path,
                          "a unit could not be stored ('\(prepared.unit.source.text.prefix(40))'): \(error.message ?? "constraint failed")"
                        ))
                    }
                  } catch {
                    databaseError = error
                    throw error
                  }
                case .skip(let reason):
                  report.skipped += 1
                  if report.warnings.count < Self.warningLimit { report.warnings.append(reason) }
                }
              }
            }
          } catch {
            if let databaseError { throw databaseError }
            producerError = error
            return .rollback
          }
          try writer.finish()
          if let header, report.added + report.merged > 0 { try StoredHeader.merge(header, into: db) }
          return dryRun ? .rollback : .commit
        }
      }
    } catch {
      throw MemoryError(file: path, error)
    }
    if let producerError { throw producerError }
    return report
  }

}
