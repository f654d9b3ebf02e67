import Foundation
import GRDB
import GlossaText
import GlossaXML
import Testing

@testable import GlossaMemory

/// Where a test's memory lives: the store must behave the same on a file and in memory.
enum Storage: String, CaseIterable, Sendable {
  case disk, memory
}

/// A new memory in a fresh temporary folder, or in an in-memory database.
func temporaryMemory(_ storage: Storage = .disk) throws -> TranslationMemory {
  switch storage {
  case .disk:
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-tm-\(UUID().uuidString)")
    return try TranslationMemory(path: directory.appendingPathComponent("memory.sqlite").path)
  case .memory:
    return try TranslationMemory(database: try DatabaseQueue(), name: "in-memory")
  }
}

@Suite("Translation memory store")
struct TranslationMemoryTests {
  @Test("Import, export and import again keep every unit as it was")
  func roundTrip() throws {
    for name in ["omegat-style.tmx", "okapi-style.tmx", "trados-style.tmx", "tmx11-style.tmx"] {
      let memory = try temporaryMemory()
      let report = try memory.importTMX(path: try fixturePath(name))
      #expect(report.failed == 0)
      var units: [TranslationUnit] = []
      try memory.forEachUnit { units.append($0) }
      #expect(units.count == report.added)

      let exported = memory.path + ".tmx"
      #expect(try memory.exportTMX(to: exported) == units.count)
      let again = try temporaryMemory()
      _ = try again.importTMX(path: exported)
      var reread: [TranslationUnit] = []
      try again.forEachUnit { reread.append($0) }
      #expect(reread == units, "\(name)")

      // And the units are the file's own.
      let (header, tmx, _) = try readAll(try fixturePath(name))
      let expected = tmx.flatMap { TranslationUnit.units(from: $0, sourceLanguage: header.sourceLanguage!) }
      #expect(units == expected, "\(name)")
    }
  }

  @Test("Identical units merge: usage counts add up, dates widen, new properties are kept", arguments: Storage.allCases)
  func merging(storage: Storage) throws {
    let memory = try temporaryMemory(storage)
    let path = try fixturePath("trados-style.tmx")
    let first = try memory.importTMX(path: path)
    #expect(first.added == 3)
    #expect(first.skipped == 2)  // the unit without Greek, the one without a translation
    #expect(first.warnings.contains { $0.line == 29 && $0.message.contains("no segment in the source language") })
    #expect(first.warnings.contains { $0.line == 37 && $0.message.contains("no translation") })
    #expect(
      first.warnings.allSatisfy { $0.description.hasPrefix(path + ":") && $0.description.contains(": warning: ") })
    let second = try memory.importTMX(path: path)
    #expect(second.added == 0)
    #expect(second.merged == 3)
    #expect(try memory.count() == 3)
    var units: [TranslationUnit] = []
    try memory.forEachUnit { units.append($0) }
    #expect(units[0].usageCount == 6)

    var later = units[0]
    later.setAttribute("changedate", "20260101T000000Z")
    later.setAttribute("creationdate", "20240101T000000Z")
    later.setAttribute("usagecount", "1")
    later.properties.append(TMXProperty(type: "x-glossa-document", value: "applications.txt"))
    #expect(try memory.add([later]).merged == 1)
    let merged = try #require(try memory.unit(id: 1))
    #expect(merged.usageCount == 7)
    #expect(merged.changeDate == TMXDate("20260101T000000Z"))
    #expect(merged.creationDate == TMXDate("20240101T000000Z"))
    #expect(merged.document == "applications.txt")
    #expect(merged.property("x-Client:SingleString") == "Daily")
  }

  @Test("A unit the database refuses is counted as failed; the others are kept", arguments: Storage.allCases)
  func failedUnit(storage: Storage) throws {
    let memory = try temporaryMemory(storage)
    let report = try memory.add([
      TranslationUnit(source: "Ένα.", target: "One.", sourceLanguage: "", targetLanguage: "en"),
      TranslationUnit(source: "Δύο.", target: "Two.", sourceLanguage: "el", targetLanguage: "en"),
    ])
    #expect(report.failed == 1, "\(report.warnings)")
    #expect(report.added == 1)
    #expect(report.warnings.contains { $0.message.contains("Ένα.") }, "\(report.warnings)")
    #expect(try memory.count() == 1)
  }

  @Test("A dry run counts without writing", arguments: Storage.allCases)
  func dryRun(storage: Storage) throws {
    let memory = try temporaryMemory(storage)
    let report = try memory.importTMX(path: try fixturePath("okapi-style.tmx"), dryRun: true)
    #expect(report.added == 3)
    #expect(try memory.count() == 0)
    #expect(try memory.statistics().sourceTokens == 0)
  }

  @Test("A file that breaks halfway leaves the memory as it was", arguments: Storage.allCases)
  func failedImport(storage: Storage) throws {
    let memory = try temporaryMemory(storage)
    _ = try memory.importTMX(path: try fixturePath("omegat-style.tmx"))
    let before = try memory.statistics()
    var units = (0..<500).map {
      "<tu><tuv xml:lang=\"el\"><seg>Πρόταση αριθμός \($0).</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence number \($0).</seg></tuv></tu>\n"
    }
    units.append("<tu><tuv xml:lang=\"el\"><seg>Σπασμένη</tuv></tu>")
    let broken = "<tmx version=\"1.4\"><header srclang=\"el\"/><body>\n" + units.joined()
    let path = try temporaryFile(Array(broken.utf8))
    #expect(throws: XMLSyntaxError.self) { try memory.importTMX(path: path) }
    #expect(try memory.statistics() == before)
  }

  @Test("Reads see the memory as it was while an import is still writing")
  func readsDuringImport() throws {
    let memory = try temporaryMemory()
    _ = try memory.importTMX(path: try fixturePath("omegat-style.tmx"))
    var seenDuring = -1
    _ = try memory.importUnits { sink in
      try sink.add(TranslationUnit(source: "Ένα.", target: "One.", sourceLanguage: "el", targetLanguage: "en"))
      seenDuring = try memory.count()
    }
    #expect(seenDuring == 2)
    #expect(try memory.count() == 3)
  }

  @Test("A file that is not a memory is refused with a clear message")
  func notAMemory() throws {
    let path = try temporaryFile(Array("just some text, not SQLite\n".utf8), name: "notes.sqlite")
    let error = try #require(throws: MemoryError.self) { try TranslationMemory(path: path) }
    #expect(error.description.hasPrefix(path + ": "))
    #expect(error.message.contains("not a Glossa memory"))
    #expect(error.category == .malformedInput)
  }

  @Test("A memory another process is writing is busy, said so, and left as it was")
  func busy() throws {
    let memory = try temporaryMemory()
    _ = try memory.importTMX(path: try fixturePath("omegat-style.tmx"))
    let other = try DatabaseQueue(path: memory.path)
    try other.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      let waiting = try TranslationMemory(path: memory.path, busyTimeout: 0.05)
      let error = try #require(throws: MemoryError.self) {
        try waiting.add([TranslationUnit(source: "Ένα.", target: "One.", sourceLanguage: "el", targetLanguage: "en")])
      }
      #expect(error.category == .busy)
      #expect(error.description.hasPrefix(memory.path + ": "))
      try db.execute(sql: "ROLLBACK")
    }
    #expect(try memory.count() == 2)
  }

  @Test("A memory from a newer Glossa is refused, not changed")
  func newerSchema() throws {
    let memory = try temporaryMemory()
    let database = try DatabaseQueue(path: memory.path)
    try database.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('from-a-later-version')")
    }
    let error = try #require(throws: MemoryError.self) { try TranslationMemory(path: memory.path) }
    #expect(error.category == .unavailable)
  }

  @Test("Statistics count units, pairs and tokens", arguments: Storage.allCases)
  func statistics(storage: Storage) throws {
    let memory = try temporaryMemory(storage)
    _ = try memory.importTMX(path: try fixturePath("trados-style.tmx"))
    let stats = try memory.statistics()
    #expect(stats.units == 3)
    #expect(stats.pairs.map(\.units) == [2, 1])
    #expect(stats.pairs.first?.targetLanguage == "en-US")
    #expect(stats.unitsWithID == 0)
    #expect(stats.usedUnits == 1)
    #expect(stats.sourceTokens > 10)
    #expect(stats.earliestCreation == "20250110T081500Z")
  }

  @Test("A unit of three languages goes out as one tu again, its tuid written once")
  func threeLanguages() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-3l-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let tmx = directory.appendingPathComponent("three.tmx").path
    try """
    <tmx version="1.4"><header srclang="el"/><body>
    <tu tuid="t1"><tuv xml:lang="el"><seg>Καλημέρα.</seg></tuv><tuv xml:lang="en"><seg>Good morning.</seg></tuv>\
    <tuv xml:lang="fr"><seg>Bonjour.</seg></tuv></tu>
    <tu tuid="t2"><tuv xml:lang="el"><seg>Ευχαριστώ.</seg></tuv><tuv xml:lang="en"><seg>Thank you.</seg></tuv></tu>
    </body></tmx>
    """.write(toFile: tmx, atomically: true, encoding: .utf8)
    let memory = try temporaryMemory()
    #expect(try memory.importTMX(path: tmx).added == 3)
    var exported = ""
    #expect(try memory.exportTMX { exported += $0 } == 3)
    #expect(exported.components(separatedBy: "tuid=\"t1\"").count == 2)
    #expect(exported.components(separatedBy: "<tu ").count == 3)
    #expect(exported.contains("Bonjour.") && exported.contains("Good morning."))
    let again = try temporaryMemory()
    let output = directory.appendingPathComponent("out.tmx").path
    try memory.exportTMX(to: output)
    #expect(try again.importTMX(path: output).added == 3)
  }

  @Test("The imported headers' notes, properties and data type are exported again")
  func headerKept() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-hd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    func tmx(_ name: String, dataType: String, note: String, unit: String) throws -> String {
      let path = directory.appendingPathComponent(name).path
      try """
      <tmx version="1.4"><header srclang="el" datatype="\(dataType)"><note>\(note)</note>\
      <prop type="x-client">Agency</prop></header><body>
      <tu><tuv xml:lang="el"><seg>\(unit)</seg></tuv><tuv xml:lang="en"><seg>Translation.</seg></tuv></tu>
      </body></tmx>
      """.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
    func exportedHeader(_ memory: TranslationMemory) throws -> TMXHeader {
      let output = directory.appendingPathComponent("out-\(UUID().uuidString).tmx").path
      try memory.exportTMX(to: output)
      return try TMXReader(path: output).readHeader()
    }
    let memory = try temporaryMemory()
    // A dry run keeps nothing of the header either.
    _ = try memory.importTMX(path: try tmx("a.tmx", dataType: "html", note: "Spring desk", unit: "Α."), dryRun: true)
    #expect(try exportedHeader(memory).notes.isEmpty)
    _ = try memory.importTMX(path: try tmx("a.tmx", dataType: "html", note: "Spring desk", unit: "Α."))
    var header = try exportedHeader(memory)
    #expect(header.notes.map(\.text) == ["Spring desk"])
    #expect(header.properties == [TMXProperty(type: "x-client", value: "Agency")])
    #expect(header[attribute: "datatype"] == "html")
    #expect(header[attribute: "creationtool"] == "Glossa")
    // A second file adds its note once, its equal property not at all; the data types differ.
    _ = try memory.importTMX(path: try tmx("b.tmx", dataType: "xml", note: "Autumn desk", unit: "Β."))
    header = try exportedHeader(memory)
    #expect(header.notes.map(\.text) == ["Spring desk", "Autumn desk"])
    #expect(header.properties.count == 1)
    #expect(header[attribute: "datatype"] == "unknown")
  }

  @Test(
    "Posting lists pack and unpack",
    arguments: [[], [1], [1, 2, 3], [5, 130, 131, 70_000, 4_000_000_000]] as [[UInt32]])
  func postings(ids: [UInt32]) {
    #expect(PostingList.decode(Data(PostingList.encode(ids))) == ids)
    var bytes = PostingList.encode(ids)
    var skips: [UInt8] = []
    PostingList.append(
      [4_000_000_001, 4_000_000_100], to: &bytes, skips: &skips, count: ids.count, last: ids.last ?? 0)
    #expect(PostingList.decode(Data(bytes)) == ids + [4_000_000_001, 4_000_000_100])
  }

  @Test("A skip table finds the same members as reading the whole list, however it was built")
  func skipTables() {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let ids = (1...30_000).filter { _ in Int.random(in: 0..<3, using: &random) == 0 }.map(UInt32.init)
      let split = Int.random(in: 0...ids.count, using: &random)
      // Packed in two steps, as two imports would, and whole.
      var bytes: [UInt8] = []
      var skips: [UInt8] = []
      PostingList.append(Array(ids[..<split]), to: &bytes, skips: &skips, count: 0, last: 0)
      PostingList.append(
        Array(ids[split...]), to: &bytes, skips: &skips, count: split, last: split > 0 ? ids[split - 1] : 0)
      #expect(skips == PostingList.skipTable(of: Data(bytes)))
      #expect(PostingList.decode(Data(bytes)) == ids)
      let wanted = (0..<Int.random(in: 1...400, using: &random)).map { _ in
        UInt32.random(in: 1...30_500, using: &random)
      }
      let sorted = Array(Set(wanted)).sorted()
      var found: [UInt32] = []
      PostingList.forEachMember(of: sorted, in: Data(bytes), skips: Data(skips)) { found.append(sorted[$0]) }
      #expect(found == sorted.filter(Set(ids).contains))
    }
  }
}
