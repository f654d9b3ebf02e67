import Foundation
import GlossaMemory
import GlossaXML
import Testing

@testable import GlossaPostgres

/// Many writers at once, each with connections of its own as separate processes have: no unit
/// lost or stored twice, usage counts summed exactly, and readers answered meanwhile.
@Suite("Concurrent writers", .enabled(if: TestDatabase.isAvailable, "needs $GLOSSA_TEST_POSTGRES"))
struct ConcurrentWriterTests {
  /// Writer `writer`'s units: `count` of its own and `count` shared by all writers, the shared
  /// ones in an order of its own, each with a usage count of `writer + 1`.
  static func units(writer: Int, count: Int) -> [TranslationUnit] {
    func unit(_ text: String, _ english: String, tuid: String) -> TranslationUnit {
      var unit = TranslationUnit(source: text, target: english, sourceLanguage: "el", targetLanguage: "en", id: tuid)
      unit.attributes.append(XMLAttribute("usagecount", "\(writer + 1)"))
      return unit
    }
    let own = (0..<count).map {
      unit("Είδηση \($0) του γραφείου \(writer).", "Story \($0) of desk \(writer).", tuid: "w\(writer)-\($0)")
    }
    var shared = (0..<count).map { unit("Κοινή είδηση αριθμός \($0).", "Shared story number \($0).", tuid: "s\($0)") }
    var generator = SeededGenerator(seed: UInt64(writer + 1))
    shared.shuffle(using: &generator)
    return zip(own, shared).flatMap { [$0, $1] }
  }

  /// Units a writer adds in one transaction: large enough that writers, meeting the shared units
  /// in different orders, would deadlock if they did not take turns.
  static let transaction = 1_000

  @Test("Eight writers adding half identical units: exact count and usage sums")
  func eightWriters() async throws {
    let database = try TestDatabase()
    let writers = 8
    let count = 1_000
    _ = try database.memory()
    let location = database.location
    try await withThrowingTaskGroup(of: ImportReport.self) { group in
      for writer in 0..<writers {
        group.addTask {
          // Several transactions, as separate `tm add` runs would be.
          let memory = try PostgresMemory(location: location, connections: 2)
          let units = Self.units(writer: writer, count: count)
          var total = ImportReport()
          for start in stride(from: 0, to: units.count, by: Self.transaction) {
            let report = try memory.add(Array(units[start..<start + Self.transaction]))
            total.added += report.added
            total.merged += report.merged
          }
          return total
        }
      }
      // A reader meanwhile is answered.
      let reader = try database.memory(connections: 1)
      _ = try reader.matches(for: "Κοινή είδηση αριθμός 7.", minimumScore: 50, limit: 3)
      var added = 0
      var merged = 0
      for try await report in group {
        added += report.added
        merged += report.merged
      }
      #expect(added == writers * count + count)
      #expect(merged == (writers - 1) * count)
    }
    let memory = try database.memory()
    #expect(try memory.count() == writers * count + count)
    var usage = 0
    var shared = 0
    try memory.forEachUnit { unit in
      usage += unit.usageCount
      if unit.id?.hasPrefix("s") == true {
        shared += 1
        #expect(unit.usageCount == (1...writers).reduce(0, +))
      }
    }
    #expect(shared == count)
    // Every writer's units, own and shared, with usage counts of writer + 1.
    #expect(usage == 2 * count * (1...writers).reduce(0, +))
    // The index holds each unit once: a search finds a shared unit exactly once.
    let matches = try memory.matches(for: "Κοινή είδηση αριθμός 7.", minimumScore: 100, limit: 5)
    #expect(matches.count == 1)
  }
}

/// A small deterministic generator, so that each writer's order is the same every run.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
}
