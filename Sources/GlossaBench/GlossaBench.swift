#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `glossa-bench`: throughput benchmarks for Glossa, printed as JSON.
///
///     swift run -c release glossa-bench text --megabytes 8
///     swift run -c release glossa-bench generate --megabytes 50 > greek-50mb.txt
@main
struct GlossaBench {
  static let usage = """
    usage: glossa-bench <suite> [--megabytes N] [--seed N] [suite options]

    suites:
      text        normalization, folding, tokens and every transliteration scheme
      segment     sentence segmentation (Greek and English rules), and ICU's iterator alone
      glossary    glossary index build, single-token lookups and mentions, for --entries N
      align       align a generated pair of --sentences N (10000) sentences; with --source-dir and
                  --target-dir (and --source-lang, --target-lang), also every same-named file pair
                  of two folders of one-sentence-per-line texts
      tm-generate write --dir DIR/memory.tmx with --units N (100000) generated Greek→English units and
                  DIR/queries.tsv with near, exact and unrelated lookups; --repetition N makes each
                  source sentence recur in about N edited versions, as in a newsroom's archive
      tm-import   import DIR/memory.tmx into a fresh DIR/memory.sqlite
      tm-query    run DIR/queries.tsv against DIR/memory.sqlite: latency, hits, concordance
      tm-stores   import DIR/memory.tmx into a fresh SQLite file and into the empty PostgreSQL
                  database --postgres URL, then look up DIR/queries.tsv in each from 1, 4 and 16
                  clients: import time, size, p50/p95, queries per second, answers compared;
                  --reuse keeps stores an earlier run filled and only looks up
      lexicon     open the Greek lexicon (--lexicon PATH, default the installed el_GR.dic): first
                  time (compiling the cache) and cached, and common-word lookups
      lint        lint one generated document against --entries N generated names plus the shipped ones;
                  with --single-document, documents of 64 KB doubling up to --megabytes, and the
                  time per MB of each
      lint-file   write a --megabytes MB plain-text file and lint it as glossa lint does, piece by
                  piece from disk: time and the peak resident memory of the lint alone
      variants    decide the name pairs of --pairs FILE (a TSV with columns a and b): pairs per second
      articles    write --count N generated articles into --dir DIR (for timing glossa lint)
      generate    print generated Greek news-like text (for comparisons with other tools)

    Input is generated deterministically (same seed, same text); results are JSON on stdout.
    """

  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    guard let suite = arguments.first, !suite.hasPrefix("-") else {
      fail(usage)
    }
    arguments.removeFirst()
    var megabytes = 8.0
    var seed: UInt64 = 2025
    var entryCount = 10_000
    var articleCount = 1000
    var directory = "bench-articles"
    var sentenceCount = 10_000
    var unitCount = 100_000
    var versions = 0
    var folders: [String: String] = [:]
    var lexiconPath: String?
    var pairsPath: String?
    var singleDocument = false
    var postgresURL: String?
    var reuse = false
    while !arguments.isEmpty {
      let flag = arguments.removeFirst()
      if flag == "--single-document" {
        singleDocument = true
        continue
      }
      if flag == "--reuse" {
        reuse = true
        continue
      }
      guard let value = arguments.first else { fail("missing value after \(flag)") }
      arguments.removeFirst()
      switch flag {
      case "--megabytes":
        guard let number = Double(value), number > 0 else { fail("--megabytes takes a number") }
        megabytes = number
      case "--count":
        guard let number = Int(value), number > 0 else { fail("--count takes a whole number") }
        articleCount = number
      case "--dir":
        directory = value
      case "--entries":
        guard let number = Int(value), number > 0 else { fail("--entries takes a whole number") }
        entryCount = number
      case "--units":
        guard let number = Int(value), number > 0 else { fail("--units takes a whole number") }
        unitCount = number
      case "--repetition":
        guard let number = Int(value), number >= 0 else { fail("--repetition takes a whole number") }
        versions = number
      case "--sentences":
        guard let number = Int(value), number > 0 else { fail("--sentences takes a whole number") }
        sentenceCount = number
      case "--source-dir", "--target-dir", "--source-lang", "--target-lang":
        folders[flag] = value
      case "--lexicon":
        lexiconPath = value
      case "--pairs":
        pairsPath = value
      case "--postgres":
        postgresURL = value
      case "--seed":
        guard let number = UInt64(value) else { fail("--seed takes a whole number") }
        seed = number
      default: fail("unknown option \(flag)\n\n\(usage)")
      }
    }
    var generator = NewsTextGenerator(seed: seed)
    let byteCount = Int(megabytes * 1_000_000)
    switch suite {
    case "generate":
      var remaining = byteCount
      while remaining > 0 {
        let chunk = generator.text(byteCount: min(remaining, 1_000_000))
        remaining -= chunk.utf8.count
        print(chunk, terminator: "")
      }
    case "text":
      let text = generator.text(byteCount: byteCount)
      report(TextBenchmarks.run(text: text))
    case "glossary":
      let text = generator.text(byteCount: byteCount)
      report(GlossaryBenchmarks.run(text: text, entryCount: entryCount))
    case "lint-file":
      report(LintBenchmarks.file(megabytes: megabytes, generator: &generator))
    case "lint" where singleDocument:
      report(LintBenchmarks.sizeCurve(generator: &generator, maximumMegabytes: megabytes))
    case "lint":
      let text = generator.text(byteCount: byteCount)
      report(LintBenchmarks.run(text: text, entryCount: entryCount))
    case "lexicon":
      report(LexiconBenchmarks.run(path: lexiconPath, text: generator.text(byteCount: byteCount)))
    case "variants":
      report(VariantBenchmarks.run(pairsPath: pairsPath))
    case "articles":
      LintBenchmarks.writeArticles(count: articleCount, to: directory, generator: &generator)
    case "align":
      var pairFolders: AlignmentBenchmarks.Folders?
      if let source = folders["--source-dir"] {
        guard let target = folders["--target-dir"] else { fail("--source-dir goes with --target-dir") }
        pairFolders = AlignmentBenchmarks.Folders(
          source: source, target: target, sourceLanguage: folders["--source-lang"] ?? "el",
          targetLanguage: folders["--target-lang"] ?? "en")
      }
      report(AlignmentBenchmarks.run(sentenceCount: sentenceCount, folders: pairFolders, generator: &generator))
    case "tm-generate":
      MemoryBenchmarks.generate(units: unitCount, versions: versions, directory: directory, generator: &generator)
    case "tm-import":
      report(MemoryBenchmarks.importMemory(directory: directory))
    case "tm-query":
      report(MemoryBenchmarks.query(directory: directory))
    case "tm-stores":
      guard let postgresURL else { fail("tm-stores needs --postgres URL") }
      report(StoreBenchmarks.run(directory: directory, url: postgresURL, reuse: reuse))
    case "segment":
      let text = generator.text(byteCount: byteCount)
      report(SegmentationBenchmarks.run(text: text))
    default:
      fail("unknown suite '\(suite)'\n\n\(usage)")
    }
  }

  static func report(_ results: [BenchmarkResult]) {
    print("[")
    print(results.map { "  " + $0.json }.joined(separator: ",\n"))
    print("]")
  }

  static func fail(_ message: String) -> Never {
    let line = "glossa-bench: \(message)\n"
    _ = line.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress!, $0.count - 1) }
    exit(64)
  }
}
