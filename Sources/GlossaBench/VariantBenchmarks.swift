import GlossaNames
import GlossaText

/// How many name pairs the variant matcher decides per second, single-threaded.
///
///     glossa-bench variants --pairs PAIRS.tsv
///
/// PAIRS.tsv is tab-separated with a header; the columns named `a` and `b` hold the two
/// spellings (the labelled pairs the matcher is trained on have this shape). Measured: whole
/// decisions from two strings (each spelling read into sounds, then compared), and
/// comparisons of spellings prepared once, as the glossary's lookups make them.
enum VariantBenchmarks {
  static func run(pairsPath: String?) -> [BenchmarkResult] {
    guard let pairsPath else { GlossaBench.fail("variants needs --pairs FILE (a TSV with columns a and b)") }
    let pairs = readPairs(pairsPath)
    let matcher = VariantMatcher()
    var same = 0
    let decisions = measure {
      same = 0
      for (a, b) in pairs where matcher.compare(a, b).relation.isSameName { same += 1 }
    }
    let prepared = pairs.map { (PreparedName($0.0), PreparedName($0.1)) }
    let comparisons = measure {
      for (a, b) in prepared { blackHole(matcher.compare(a, b)) }
    }
    return [
      BenchmarkResult(
        name: "variants-decide", inputBytes: 0, seconds: decisions, items: pairs.count, itemName: "pairs",
        extra: [("same_name", String(same))]),
      BenchmarkResult(
        name: "variants-compare-prepared", inputBytes: 0, seconds: comparisons, items: pairs.count,
        itemName: "pairs"),
    ]
  }

  private static func readPairs(_ path: String) -> [(String, String)] {
    var pairs: [(String, String)] = []
    var columns: (a: Int, b: Int)?
    do {
      let reader = try LineReader(path: path)
      while let line = try reader.next() {
        let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
        guard let (a, b) = columns else {
          guard let a = fields.firstIndex(of: "a"), let b = fields.firstIndex(of: "b") else {
            GlossaBench.fail("\(path): the header needs columns named a and b")
          }
          columns = (a, b)
          continue
        }
        if fields.count > max(a, b) { pairs.append((String(fields[a]), String(fields[b]))) }
      }
    } catch {
      GlossaBench.fail("\(path): \(error)")
    }
    return pairs
  }
}
