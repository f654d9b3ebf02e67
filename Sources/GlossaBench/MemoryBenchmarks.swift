import GlossaMemory
import GlossaText

#if canImport(Glibc)
  import Glibc
#endif

/// Benchmarks of the translation memory at scale: a generated TMX of Greek→English units, its
/// import, and fuzzy lookups of planted near matches, exact sentences and unrelated ones.
///
///     glossa-bench tm-generate --units 1000000 --dir tm-bench
///     glossa-bench tm-import --dir tm-bench
///     glossa-bench tm-query --dir tm-bench
enum MemoryBenchmarks {
  /// Writes `dir/memory.tmx` with `units` units and `dir/queries.tsv` with the lookups:
  /// `kind<TAB>tuid<TAB>query`, kind `near` (one or two words changed in unit tuid's source),
  /// `exact` or `unrelated`.
  ///
  /// With `versions` above 0 the sentences come from a ``NewsArchiveGenerator``: each source
  /// sentence recurs in about that many edited versions, as in a newsroom's archive.
  static func generate(units: Int, versions: Int = 0, directory: String, generator: inout NewsTextGenerator) {
    var archive = versions > 0 ? NewsArchiveGenerator(text: generator, units: units, versions: versions) : nil
    FileTree.createDirectories(directory)
    let romanizer = try! TransliterationScheme.elot743.makeTransliterator()
    let tmx = try! AtomicFile(path: directory + "/memory.tmx")
    let writer = TMXWriter(sourceLanguage: "el", creationDate: TMXDate(secondsSince1970: 1_767_225_600))
    try! tmx.write(writer.prologue())
    var queries: [String] = []
    let step = max(1, units / 2000)
    var chunk = ""
    for index in 0..<units {
      let source = archive?.sentence() ?? generator.sentence()
      let target = romanizer.transliterated(source)
      let tuid = "u\(index)"
      let unit = TranslationUnit(
        source: source, target: target, sourceLanguage: "el", targetLanguage: "en",
        properties: [("x-glossa-document", "desk-\(index / 50).txt")],
        creationDate: TMXDate(secondsSince1970: 1_700_000_000 + index * 60), id: tuid)
      chunk += writer.xml(for: unit.tmxUnit)
      if chunk.utf8.count > 1 << 20 {
        try! tmx.write(chunk)
        chunk = ""
      }
      if index % step == 0 {
        if queries.count % 10 < 8 {
          let near = archive.map { _ in edited(source, archive: &archive!) } ?? edited(source, generator: &generator)
          queries.append("near\t\(tuid)\t\(near)")
        } else {
          queries.append("exact\t\(tuid)\t\(source)")
        }
      }
    }
    try! tmx.write(chunk + TMXWriter.epilogue)
    try! tmx.commit()
    // Unrelated: sentences from a generator with another vocabulary.
    var other = NewsTextGenerator(seed: 99, vocabularySize: 50_000)
    for _ in 0..<200 { queries.append("unrelated\t-\t\(other.sentence().replacingOccurrences(of: "\t", with: " "))") }
    try! TextFile.writeAtomically(queries.joined(separator: "\n") + "\n", to: directory + "/queries.tsv")
  }

  /// One or two word edits: a word replaced, removed or added.
  static func edited(_ sentence: String, generator: inout NewsTextGenerator) -> String {
    edited(sentence, word: { generator.word() }, int: { generator.int(in: $0) })
  }

  /// The same, with the archive's words.
  static func edited(_ sentence: String, archive: inout NewsArchiveGenerator) -> String {
    edited(sentence, word: { archive.word() }, int: { archive.int(in: $0) })
  }

  private static func edited(_ sentence: String, word: () -> String, int: (Range<Int>) -> Int) -> String {
    var words = sentence.split(separator: " ").map(String.init)
    for _ in 0..<(1 + int(0..<2)) where words.count > 3 {
      let position = 1 + int(0..<(words.count - 2))
      switch int(0..<3) {
      case 0: words[position] = word()
      case 1: words.remove(at: position)
      default: words.insert(word(), at: position)
      }
    }
    return words.joined(separator: " ")
  }

  static func importMemory(directory: String) -> [BenchmarkResult] {
    let path = directory + "/memory.sqlite"
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    let memory = try! TranslationMemory(path: path)
    var report = ImportReport()
    let clock = ContinuousClock()
    let elapsed = clock.measure { report = try! memory.importTMX(path: directory + "/memory.tmx") }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    // The import's own peak: reading the statistics afterwards maps the whole file in.
    let peak = GlossaryBenchmarks.peakResidentMegabytes()
    var info = stat()
    stat(directory + "/memory.tmx", &info)
    let stats = try! memory.statistics()
    return [
      BenchmarkResult(
        name: "tm-import", inputBytes: Int(info.st_size), seconds: seconds, items: report.added, itemName: "units",
        extra: [("merged", String(report.merged)), ("database_mb", String(stats.fileBytes / 1_000_000))]),
      BenchmarkResult(
        name: "peak-memory", inputBytes: 0, seconds: 0,
        extra: [("peak_rss_mb", String(peak))]),
    ]
  }

  static func query(directory: String) -> [BenchmarkResult] {
    let memory = try! TranslationMemory(path: directory + "/memory.sqlite")
    let lines = try! TextFile.read(directory + "/queries.tsv").split(separator: "\n")
    let queries = lines.map { line -> (kind: String, tuid: String, text: String) in
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      return (String(fields[0]), String(fields[1]), String(fields[2]))
    }
    let clock = ContinuousClock()
    var latencies: [Double] = []
    var near = 0
    var nearFound = 0
    var exact = 0
    var exactFirst = 0
    var unrelated = 0
    var unrelatedSilent = 0
    var belowThreshold = 0
    var nearFoundLoose = 0
    var plantedMerged = 0
    for query in queries {
      var matches: [FuzzyMatch] = []
      let elapsed = clock.measure { matches = try! memory.matches(for: query.text, minimumScore: 70, limit: 5) }
      latencies.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
      switch query.kind {
      case "near":
        // The planted unit, or one at least as similar. A planted unit identical to an earlier
        // one was merged into it on import and has no row of its own: not counted.
        guard let plantedScore = plantedScore(query, memory: memory) else {
          plantedMerged += 1
          continue
        }
        near += 1
        if found(query.tuid, plantedScore: plantedScore, in: matches) {
          nearFound += 1
        } else if plantedScore < 70 {
          belowThreshold += 1  // the edits took the planted unit under the minimum score
        }
        // The same with a lower minimum, where every planted unit is above it.
        let loose = (try? memory.matches(for: query.text, minimumScore: 50, limit: 5)) ?? []
        if found(query.tuid, plantedScore: plantedScore, in: loose) {
          nearFoundLoose += 1
        }
      case "exact":
        exact += 1
        if matches.first?.score == 100 && matches.first?.unit.source.text == query.text { exactFirst += 1 }
      default:
        unrelated += 1
        if matches.isEmpty { unrelatedSilent += 1 }
      }
    }
    let totalSeconds = latencies.reduce(0, +) / 1000
    latencies.sort()
    var concordance: [Double] = []
    for query in queries.prefix(300) {
      let words = query.text.split(separator: " ")
      guard words.count > 3 else { continue }
      let phrase = words[1...2].joined(separator: " ")
      let elapsed = clock.measure { _ = try! memory.concordance(phrase, limit: 20) }
      concordance.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
    }
    concordance.sort()
    func percentile(_ values: [Double], _ p: Double) -> String {
      format(values[min(values.count - 1, Int(Double(values.count) * p))], digits: 2)
    }
    return [
      BenchmarkResult(
        name: "tm-fuzzy-lookup", inputBytes: 0, seconds: totalSeconds, items: queries.count, itemName: "queries",
        extra: [
          ("units", String(try! memory.count())),
          ("mean_ms", format(totalSeconds * 1000 / Double(max(1, latencies.count)), digits: 2)),
          ("p50_ms", percentile(latencies, 0.5)), ("p95_ms", percentile(latencies, 0.95)),
          ("p99_ms", percentile(latencies, 0.99)),
          ("near_queries", String(near)), ("near_planted_merged", String(plantedMerged)),
          ("near_found_top5", String(nearFound)),
          ("near_planted_below_70", String(belowThreshold)), ("near_found_top5_min_score_50", String(nearFoundLoose)),
          ("exact_queries", String(exact)), ("exact_first", String(exactFirst)),
          ("unrelated_queries", String(unrelated)), ("unrelated_without_hit", String(unrelatedSilent)),
        ]),
      BenchmarkResult(
        name: "tm-concordance", inputBytes: 0, seconds: concordance.reduce(0, +) / 1000, items: concordance.count,
        itemName: "queries",
        extra: [("p50_ms", percentile(concordance, 0.5)), ("p95_ms", percentile(concordance, 0.95))]),
      BenchmarkResult(
        name: "peak-memory", inputBytes: 0, seconds: 0,
        extra: [("peak_rss_mb", String(GlossaryBenchmarks.peakResidentMegabytes()))]),
    ]
  }

  /// Whether the planted unit is among five matches, or five matches all as similar as it is.
  private static func found(_ tuid: String, plantedScore: Double, in matches: [FuzzyMatch]) -> Bool {
    matches.contains { $0.unit.id == tuid } || (matches.count == 5 && matches.allSatisfy { $0.score >= plantedScore })
  }

  /// The score the planted unit gets for a near query, whether or not a search finds it.
  /// `nil` when the planted unit has no row of its own.
  private static func plantedScore(_ query: (kind: String, tuid: String, text: String), memory: TranslationMemory)
    -> Double?
  {
    guard let id = try? memory.unitIDs(withTuid: query.tuid).first else { return nil }
    return (try? memory.match(for: query.text, unitID: id))?.score ?? 0
  }
}
