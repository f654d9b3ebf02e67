import GlossaText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How long the Greek lexicon takes to open, compiled and cached, and to answer lookups.
///
///     glossa-bench lexicon [--lexicon PATH]   (default: the installed el_GR.dic)
enum LexiconBenchmarks {
  static func run(path: String?, text: String) -> [BenchmarkResult] {
    guard let path = path ?? Lexicon.standardLocations.first(where: { access($0, R_OK) == 0 }) else {
      GlossaBench.fail("no Greek lexicon found; install hunspell-el or pass --lexicon PATH")
    }
    let clock = ContinuousClock()
    func seconds(_ duration: Duration) -> Double {
      Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    // The first opening may compile the list; the next ones map the cache.
    var lexicon: Lexicon?
    let first = seconds(clock.measure { lexicon = try? Lexicon(contentsOf: path) })
    guard let lexicon else { GlossaBench.fail("cannot read \(path)") }
    let cached = measure(repetitions: 5) { blackHole(try? Lexicon(contentsOf: path)) }
    let words = text.split(separator: " ").map(String.init)
    var found = 0
    let lookups = measure {
      found = 0
      for word in words where lexicon.isCommonWord(word) { found += 1 }
    }
    return [
      BenchmarkResult(
        name: "lexicon-first-open", inputBytes: 0, seconds: first, items: lexicon.count, itemName: "entries"),
      BenchmarkResult(name: "lexicon-open-cached", inputBytes: 0, seconds: cached),
      BenchmarkResult(
        name: "lexicon-lookups", inputBytes: 0, seconds: lookups, items: words.count, itemName: "lookups",
        extra: [("common_words", String(found))]),
    ]
  }
}
