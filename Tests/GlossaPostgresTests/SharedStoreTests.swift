import Foundation
import GlossaMemory
import Testing

@testable import GlossaPostgres

/// The same behaviour from both stores: the same units imported, merged, counted, exported,
/// found by fuzzy lookup and by concordance, on generated memories. Needs a PostgreSQL server
/// (`$GLOSSA_TEST_POSTGRES`, set by `.ci/run`).
@Suite("SQLite and PostgreSQL stores agree", .enabled(if: TestDatabase.isAvailable, "needs $GLOSSA_TEST_POSTGRES"))
struct SharedStoreTests {
  /// A TMX file of `units` generated units.
  static func tmxFile(units: Int, seed: UInt64) throws -> String {
    var generator = NewsMemory(seed: seed)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-\(UUID().uuidString).tmx").path
    try Data(generator.tmx(units: units).utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The TMX a store exports, without the header's creation date (the moment of export).
  static func export(_ memory: some MemoryStore) throws -> String {
    var text = ""
    try memory.exportTMX(sourceLanguage: nil) { text += $0 }
    return text.replacingOccurrences(
      of: #"(<header[^>]*) creationdate="\d{8}T\d{6}Z""#, with: "$1", options: .regularExpression)
  }

  @Test("Imports, merges, statistics and exports are the same")
  func importsAndExports() throws {
    let database = try TestDatabase()
    let file = TestFile()
    let postgres = try database.memory()
    let sqlite = try file.memory()
    let tmx = try Self.tmxFile(units: 1_500, seed: 7)
    defer { try? FileManager.default.removeItem(atPath: tmx) }
    for _ in 0..<2 {
      let a = try sqlite.importTMX(path: tmx)
      let b = try postgres.importTMX(path: tmx)
      #expect(a.added == b.added && a.merged == b.merged && a.skipped == b.skipped && a.failed == b.failed)
    }
    #expect(try postgres.count() == sqlite.count())
    var pg = try postgres.statistics()
    var lite = try sqlite.statistics()
    #expect(pg.units > 1_000 && pg.usedUnits > 0)
    (pg.fileBytes, lite.fileBytes) = (0, 0)
    #expect(pg == lite)
    let exported = try Self.export(postgres)
    #expect(exported == (try Self.export(sqlite)))
    #expect(exported.contains(#"<prop type="x-desk">politics</prop>"#))
    // Unit by unit, in order, with their row numbers.
    var units: [TranslationUnit] = []
    try sqlite.forEachUnit { units.append($0) }
    var index = 0
    try postgres.forEachUnit(sourceLanguage: nil, batchSize: 97) { unit in
      #expect(unit == units[index])
      index += 1
    }
    #expect(index == units.count)
    #expect(try postgres.unitIDs(withTuid: "u5") == sqlite.unitIDs(withTuid: "u5"))
    #expect(try postgres.unit(id: 42) == sqlite.unit(id: 42))
  }

  @Test("Fuzzy lookups and concordance find the same units with the same scores")
  func searches() throws {
    let database = try TestDatabase()
    let file = TestFile()
    let postgres = try database.memory()
    let sqlite = try file.memory()
    let tmx = try Self.tmxFile(units: 3_000, seed: 11)
    defer { try? FileManager.default.removeItem(atPath: tmx) }
    _ = try sqlite.importTMX(path: tmx)
    _ = try postgres.importTMX(path: tmx)
    // Near sentences (the memory's own, edited) and unrelated ones.
    var queries: [String] = []
    try sqlite.forEachUnit { unit in
      if queries.count < 150 && unit.source.text.count % 3 == 0 { queries.append(unit.source.text) }
    }
    queries = queries.map { $0.replacingOccurrences(of: " και ", with: " ") }
    var generator = NewsMemory(seed: 99)
    queries += generator.queries(100)
    var found = 0
    for query in queries {
      for minimum in [50.0, 80.0] {
        let a = try sqlite.matches(for: query, minimumScore: minimum, limit: 5)
        let b = try postgres.matches(for: query, minimumScore: minimum, limit: 5)
        #expect(a == b, "\(query) at \(minimum)")
        found += a.count
      }
      let words = query.split(separator: " ").prefix(2).joined(separator: " ")
      #expect(
        try sqlite.concordance(words, side: .both, limit: 10) == postgres.concordance(words, side: .both, limit: 10))
    }
    #expect(found > 300)
  }

  @Test("A dry run and a failed import leave the memory as it was")
  func nothingKept() throws {
    let database = try TestDatabase()
    let postgres = try database.memory()
    let tmx = try Self.tmxFile(units: 200, seed: 3)
    defer { try? FileManager.default.removeItem(atPath: tmx) }
    let report = try postgres.importTMX(path: tmx, dryRun: true)
    #expect(report.added > 150)
    #expect(try postgres.count() == 0)
    _ = try postgres.importTMX(path: tmx)
    let before = try Self.export(postgres)
    // A file that breaks off in the middle: nothing of it is kept.
    let broken = tmx + ".broken.tmx"
    let text = try String(contentsOfFile: tmx, encoding: .utf8)
    try Data(text.prefix(text.count * 2 / 3).utf8).write(to: URL(fileURLWithPath: broken))
    defer { try? FileManager.default.removeItem(atPath: broken) }
    #expect(throws: (any Error).self) { try postgres.importTMX(path: broken) }
    #expect(try Self.export(postgres) == before)
    #expect(
      try postgres.matches(for: "Η κυβέρνηση ανακοίνωσε μέτρα για τη στέγαση.", minimumScore: 0, limit: 1).count == 1)
  }

  @Test("A database of a newer schema is refused; migrating twice changes nothing")
  func schema() throws {
    let database = try TestDatabase()
    #expect(try PostgresMemory.migrate(database.location) == [1])
    #expect(try PostgresMemory.migrate(database.location) == [])
    let session = try PostgresSession(database.location)
    try session.execute("INSERT INTO tm_migration (version, name) VALUES (99, 'from the future')")
    #expect {
      _ = try database.memory()
    } throws: { error in
      (error as? PostgresStoreError)?.message.contains("newer version of Glossa") == true
    }
  }
}
