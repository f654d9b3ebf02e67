import GlossaGlossary
import GlossaLint
import GlossaText

#if canImport(Glibc)
  import Glibc
#endif

/// Benchmarks of the linter: one large document on one core against a large glossary.
enum LintBenchmarks {
  static func run(text: String, entryCount: Int) -> [BenchmarkResult] {
    let entries = GlossaryBenchmarks.syntheticEntries(count: entryCount, seed: 7) + Glossary.shipped.entries
    let glossary = Glossary(entries: entries)
    let linter = Linter(configuration: LintConfiguration(), glossary: glossary)
    let document = Document(path: "bench.txt", text: text)
    let tokens = try! WordTokenizer(locale: "el").tokens(in: text, kinds: [.word]).count
    var findings = 0
    let seconds = measure(repetitions: 2) { findings = (try? linter.lint(document).count) ?? 0 }
    return [
      BenchmarkResult(
        name: "lint-one-document", inputBytes: text.utf8.count, seconds: seconds, items: tokens, itemName: "tokens",
        extra: [("findings", String(findings)), ("glossary_entries", String(entries.count))]),
      BenchmarkResult(
        name: "peak-memory", inputBytes: 0, seconds: 0,
        extra: [("peak_rss_mb", String(GlossaryBenchmarks.peakResidentMegabytes()))]),
    ]
  }

  /// The size curve: one document of each size from 64 KB to `maximumMegabytes`, doubling,
  /// linted by the same linter (shipped glossary, the installed lexicon if any), with the time
  /// per MB, which stays flat when the linter is linear in the document's length.
  static func sizeCurve(generator: inout NewsTextGenerator, maximumMegabytes: Double) -> [BenchmarkResult] {
    let linter = Linter(configuration: LintConfiguration(), glossary: .shipped, lexicon: Lexicon.installed())
    var results: [BenchmarkResult] = []
    var byteCount = 64 << 10
    let largest = Int(maximumMegabytes * 1_048_576)  // 16 means 16 MiB, the last doubling
    let bytes = Array(generator.text(byteCount: max(largest, byteCount)).utf8)
    while byteCount <= max(largest, 64 << 10) {
      // Cut at a character boundary.
      var end = min(byteCount, bytes.count)
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
      let document = Document(path: "bench.txt", text: String(decoding: bytes[..<end], as: UTF8.self))
      var findings = 0
      let seconds = measure(repetitions: 2) { findings = (try? linter.lint(document).count) ?? 0 }
      let megabytes = Double(document.text.utf8.count) / 1_000_000
      results.append(
        BenchmarkResult(
          name: "lint-single-document", inputBytes: document.text.utf8.count, seconds: seconds,
          extra: [("seconds_per_mb", format(seconds / megabytes, digits: 3)), ("findings", String(findings))]))
      byteCount *= 2
    }
    return results
  }

  /// One plain-text file of `megabytes` MB, written a megabyte at a time and then linted as
  /// `glossa lint FILE` does: read piece by piece from disk (shipped glossary, the installed
  /// lexicon if any). Reports the time, MB/s, the resident memory before the lint (the text
  /// generator's vocabulary included), the peak during it (reset after the file is written;
  /// Linux) and what the lint added. `/usr/bin/time -v glossa lint FILE` gives the command's
  /// own peak.
  static func file(megabytes: Double, generator: inout NewsTextGenerator) -> [BenchmarkResult] {
    let path = "/tmp/glossa-bench-lint-\(getpid()).txt"
    guard let output = fopen(path, "w") else { return [] }
    var remaining = Int(megabytes * 1_000_000)
    while remaining > 0 {
      let chunk = generator.text(byteCount: min(remaining, 1_000_000))
      remaining -= chunk.utf8.count
      fputs(chunk, output)
    }
    fclose(output)
    defer { unlink(path) }
    let linter = Linter(configuration: LintConfiguration(), glossary: .shipped, lexicon: Lexicon.installed())
    let bytes = FileTree.size(of: path) ?? 0
    resetPeakResidentMemory()
    let before = GlossaryBenchmarks.residentMegabytes()
    var findings = 0
    let seconds = measure(repetitions: 1) { findings = (try? linter.lintFile(at: path).findings.count) ?? -1 }
    let peak = GlossaryBenchmarks.peakResidentMegabytes()
    return [
      BenchmarkResult(
        name: "lint-file", inputBytes: bytes, seconds: seconds,
        extra: [
          ("findings", String(findings)), ("rss_before_mb", String(before)), ("peak_rss_mb", String(peak)),
          ("lint_added_mb", String(peak - before)),
        ])
    ]
  }

  /// Resets the process's peak resident memory (`VmHWM`) to what it uses now.
  private static func resetPeakResidentMemory() {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return }
    fputs("5", file)
    fclose(file)
  }

  /// Writes `count` generated articles of about 3 KB each into `directory`.
  static func writeArticles(count: Int, to directory: String, generator: inout NewsTextGenerator) {
    mkdir(directory, 0o755)
    for index in 0..<count {
      var article = ""
      for _ in 0..<4 { article += generator.paragraph() + "\n\n" }
      let name = "\(directory)/article-\(String(index).leftPadded(to: 4)).txt"
      guard let file = fopen(name, "w") else { continue }
      fputs(article, file)
      fclose(file)
    }
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
