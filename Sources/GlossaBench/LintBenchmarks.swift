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
