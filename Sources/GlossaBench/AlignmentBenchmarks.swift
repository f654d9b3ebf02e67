import GlossaAlignment
import GlossaGlossary
import GlossaSegmentation
import GlossaText

/// Benchmarks of the aligner: one long generated document pair, and optionally every file pair
/// of two folders of presegmented texts (one sentence per line).
enum AlignmentBenchmarks {
  struct Folders {
    var source: String
    var target: String
    var sourceLanguage: String
    var targetLanguage: String
  }

  static func run(sentenceCount: Int, folders: Folders?, generator: inout NewsTextGenerator) -> [BenchmarkResult] {
    var results: [BenchmarkResult] = []
    let clock = ContinuousClock()
    var glossary: Glossary?
    let loading = clock.measure { glossary = Glossary.shipped }
    results.append(
      BenchmarkResult(
        name: "align-glossary-load", inputBytes: 0, seconds: seconds(loading),
        extra: [("entries", String(glossary!.entries.count))]))
    let aligner = Aligner(glossary: glossary)

    if let folders {
      let pairs = readPairs(folders)
      let sentences = pairs.reduce(0) { $0 + $1.source.count + $1.target.count }
      let bytes = pairs.reduce(0) { $0 + ($1.source + $1.target).reduce(0) { $0 + $1.utf8.count } }
      var beads = 0
      let time = measure(repetitions: 5) {
        beads = 0
        for pair in pairs {
          beads +=
            aligner.align(
              source: pair.source, target: pair.target, sourceLanguage: folders.sourceLanguage,
              targetLanguage: folders.targetLanguage
            ).beads.count
        }
      }
      results.append(
        BenchmarkResult(
          name: "align-folder-pairs", inputBytes: bytes, seconds: time, items: sentences, itemName: "sentences",
          extra: [("document_pairs", String(pairs.count)), ("beads", String(beads))]))
    }

    let (source, target) = documentPair(sentenceCount: sentenceCount, generator: &generator)
    let bytes = (source + target).reduce(0) { $0 + $1.utf8.count }
    var alignment: Alignment?
    let time = measure(repetitions: 2) {
      alignment = aligner.align(source: source, target: target, sourceLanguage: "el", targetLanguage: "en")
    }
    let sure = alignment!.beads.filter { $0.confidence >= 0.9 }.count
    results.append(
      BenchmarkResult(
        name: "align-long-pair", inputBytes: bytes, seconds: time, items: source.count + target.count,
        itemName: "sentences",
        extra: [
          ("source_sentences", String(source.count)), ("target_sentences", String(target.count)),
          ("beads", String(alignment!.beads.count)), ("confident_beads", String(sure)),
        ]))
    results.append(
      BenchmarkResult(
        name: "peak-memory", inputBytes: 0, seconds: 0,
        extra: [("peak_rss_mb", String(GlossaryBenchmarks.peakResidentMegabytes()))]))
    return results
  }

  /// A Greek document of `sentenceCount` generated sentences and a stand-in translation: each
  /// sentence romanized (ELOT 743), a word dropped or added here and there, and now and then two
  /// sentences merged, one split, one left out or one added.
  static func documentPair(sentenceCount: Int, generator: inout NewsTextGenerator) -> ([String], [String]) {
    let romanizer = try! TransliterationScheme.elot743.makeTransliterator()
    var random = SplitMix64(seed: 11)
    var source: [String] = []
    var target: [String] = []
    while source.count < sentenceCount {
      let sentence = generator.sentence()
      source.append(sentence)
      var words = romanizer.transliterated(sentence).split(separator: " ").map(String.init)
      if words.count > 4, random.unit() < 0.3 { words.remove(at: random.int(in: 1..<(words.count - 1))) }
      if random.unit() < 0.3 { words.insert("also", at: random.int(in: 0..<words.count)) }
      let roll = random.unit()
      if roll < 0.03, let last = target.popLast() {
        target.append(last + " " + words.joined(separator: " "))  // merged with the one before
      } else if roll < 0.05, words.count > 6 {
        target.append(words[..<(words.count / 2)].joined(separator: " ") + ".")
        target.append(words[(words.count / 2)...].joined(separator: " "))
      } else if roll < 0.06 {
        continue  // left out
      } else {
        target.append(words.joined(separator: " "))
        if roll > 0.99 { target.append("An added sentence with nothing in the source.") }
      }
    }
    return (source, target)
  }

  private static func readPairs(_ folders: Folders) -> [(source: [String], target: [String])] {
    FileTree.files(under: folders.source, extensions: nil).compactMap { path in
      let name = path.dropFirst(folders.source.count).drop { $0 == "/" }
      let other = folders.target + "/" + name
      guard let source = try? TextFile.read(path), let target = try? TextFile.read(other) else { return nil }
      return (lines(source), lines(target))
    }
  }

  private static func lines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
