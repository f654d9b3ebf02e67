import Foundation
import GlossaMemory
import GlossaPostgres
import GlossaText

/// The two stores side by side on one generated memory: the import, the database's size, and
/// fuzzy lookups from 1, 4 and 16 clients at once, with the answers of both compared.
enum StoreBenchmarks {
  /// How many clients look up at once, in turn.
  static let clientCounts = [1, 4, 16]

  /// Imports `directory/memory.tmx` into a fresh `directory/compare.sqlite` and into the empty
  /// database at `url`, then runs `directory/queries.tsv` against each.
  ///
  /// - Parameter reuse: Keep stores already filled by an earlier run, and only look up.
  static func run(directory: String, url: String, reuse: Bool) -> [BenchmarkResult] {
    let path = directory + "/compare.sqlite"
    if !reuse { for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) } }
    let tmx = directory + "/memory.tmx"
    var info = stat()
    stat(tmx, &info)
    let location: PostgresLocation
    do {
      location = try PostgresLocation(url: url)
    } catch {
      GlossaBench.fail("\(error)")
    }
    let stores: [(String, () throws -> any MemoryStore)] = [
      ("sqlite", { try TranslationMemory(path: path) }),
      ("postgres", { try PostgresMemory(location: location, connections: 17) }),
    ]
    let queries = try! TextFile.read(directory + "/queries.tsv").split(separator: "\n").map {
      String($0.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)[2])
    }
    var results: [BenchmarkResult] = []
    var answers: [[[FuzzyMatch]]] = []
    for (name, open) in stores {
      let memory = try! open()
      guard (try? memory.count()) == 0 else { GlossaBench.fail("\(memory.path) is not empty") }
      var report = ImportReport()
      let seconds = measure(repetitions: 1) {
        report = try! memory.importTMX(path: tmx, sourceLanguage: nil, dryRun: false, progress: nil)
      }
      let size = try! memory.statistics().fileBytes
      results.append(
        BenchmarkResult(
          name: "\(name)-import", inputBytes: Int(info.st_size), seconds: seconds, items: report.added,
          itemName: "units", extra: [("merged", String(report.merged)), ("database_mb", String(size / 1_000_000))]))
      answers.append(queries.map { try! memory.matches(for: $0, minimumScore: 70, limit: 5) })
      for clients in clientCounts {
        results.append(lookups(queries, in: memory, clients: clients, name: name))
      }
    }
    let differing = zip(answers[0], answers[1]).filter { $0 != $1 }.count
    results.append(
      BenchmarkResult(
        name: "same-answers", inputBytes: 0, seconds: 0,
        extra: [("queries", String(queries.count)), ("differing", String(differing))]))
    return results
  }

  /// Every query once, shared among `clients` threads: latency percentiles and queries a second.
  private static func lookups(_ queries: [String], in memory: any MemoryStore, clients: Int, name: String)
    -> BenchmarkResult
  {
    final class Shared: @unchecked Sendable {
      let lock = NSLock()
      var next = 0
      var latencies: [Double] = []
    }
    let shared = Shared()
    let seconds = measure(repetitions: 1) {
      // Threads of their own, as many as there are clients, whatever the number of cores.
      let group = DispatchGroup()
      for _ in 0..<clients {
        group.enter()
        Thread {
          client()
          group.leave()
        }.start()
      }
      group.wait()
    }
    @Sendable func client() {
      var mine: [Double] = []
      while true {
        shared.lock.lock()
        let index = shared.next
        shared.next += 1
        shared.lock.unlock()
        guard index < queries.count else { break }
        mine.append(
          measure(repetitions: 1) { _ = try! memory.matches(for: queries[index], minimumScore: 70, limit: 5) } * 1000)
      }
      shared.lock.lock()
      shared.latencies += mine
      shared.lock.unlock()
    }
    var latencies = shared.latencies
    latencies.sort()
    func percentile(_ p: Double) -> String {
      String(format: "%.2f", latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))])
    }
    return BenchmarkResult(
      name: "\(name)-lookup-\(clients)-clients", inputBytes: 0, seconds: seconds, items: queries.count,
      itemName: "queries",
      extra: [
        ("p50_ms", percentile(0.5)), ("p95_ms", percentile(0.95)),
        ("queries_per_second", String(format: "%.0f", Double(queries.count) / seconds)),
      ])
  }
}
