import Foundation
@_spi(Benchmarks) import GlossaGlossary
import GlossaText

#if canImport(Glibc)
  import Glibc
#endif

/// Benchmarks of the glossary: index build, single-token lookup, mentions in text, memory.
enum GlossaryBenchmarks {
  /// A deterministic glossary of `count` invented people and places with names shaped like
  /// the foreign names Greek news transcribes (Μπράντενμπεργκ, Κοβαλτσίκοφ, Ντιουμπουά):
  /// Greek forms built from a wide syllable inventory, English forms by ELOT 743, and an
  /// admitted variant for every tenth entry.
  static func syntheticEntries(count: Int, seed: UInt64) -> [GlossaryEntry] {
    var random = SplitMix64(seed: seed)
    let onsets = [
      "Κ", "Μ", "Π", "Τ", "Λ", "Ν", "Σ", "Β", "Γκ", "Ντ", "Μπ", "Ζ", "Χ", "Φ", "Ρ", "Τσ", "Τζ", "Στ", "Σπ",
      "Κρ", "Μπρ", "Ντρ", "Γκρ", "Σλ", "Βλ", "Κλ", "Πλ", "Φρ", "Τρ", "Σβ", "Ζβ", "Γιο", "Για", "Ου",
    ]
    let middles = [
      "α", "ε", "ο", "ι", "ου", "ά", "έ", "ό", "ί", "ού", "αρ", "ερ", "ορ", "ιν", "αν", "εν", "ολ", "ελ",
      "ασ", "οβ", "αβ", "ιτς", "ακ", "ικ", "ουμ", "αμ", "εμ", "ουν", "ιρ", "ουρ", "ατ", "οτ", "ιτ",
      "κα", "λο", "νι", "ρι", "τα", "βο", "ζε", "χα", "σκο", "ντα", "μπε", "γκι", "τσου", "φε", "πα",
    ]
    let endings = [
      "οφ", "εφ", "ιν", "σκι", "μαν", "μπεργκ", "ιτς", "ον", "ερ", "ας", "ης", "ος", "ο", "α", "ι", "εν",
      "ουα", "ιε", "άντ", "ιστ", "ούρ", "όν", "ές", "άκ", "ίλ", "έρτ", "όλντ", "ούτσι", "άνο", "έλι",
    ]
    let givenNames = [
      "Ίκος", "Άνα", "Ολέγκ", "Τζον", "Μαρί", "Χανς", "Λουίς", "Σιν", "Αμίρ", "Κένζο", "Ίνγκα", "Πάβελ",
    ]
    let elot = try! TransliterationScheme.elot743.makeTransliterator()
    var entries: [GlossaryEntry] = []
    var seen = Set<String>()
    while entries.count < count {
      var word = onsets[random.int(in: 0..<onsets.count)]
      for _ in 0..<random.int(in: 2...3) { word += middles[random.int(in: 0..<middles.count)] }
      word += endings[random.int(in: 0..<endings.count)]
      let isPerson = random.int(in: 0..<2) == 0
      let greek = isPerson ? "\(givenNames[random.int(in: 0..<givenNames.count)]) \(word)" : word
      guard seen.insert(TextFolder.shared.key(greek)).inserted else { continue }
      var forms = [
        TermForm(text: greek, language: .greek), TermForm(text: elot.transliterated(greek), language: .english),
      ]
      if entries.count % 10 == 0 {
        forms.append(
          TermForm(text: greek.replacingOccurrences(of: "ου", with: "ω"), language: .greek, status: .admitted))
      }
      entries.append(GlossaryEntry(id: "e\(entries.count)", kind: isPerson ? .person : .place, forms: forms))
    }
    return entries
  }

  /// The entries written as one TBX file, read back: parsed from the XML, and from the parsed
  /// glossary cache, as `glossa lint --glossary FILE` does on its first run and on later ones.
  static func fileLoading(entries: [GlossaryEntry]) -> [BenchmarkResult] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-bench-\(getpid())").path
    let file = folder + "/glossary.tbx"
    guard FileTree.createDirectories(folder),
      (try? TextFile.writeAtomically(TBXWriter.document(entries), to: file)) != nil
    else { return [] }
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let bytes = (try? TextFile.readBytes(file).count) ?? 0
    let parseSeconds = measure(repetitions: 3) { _ = try! GlossaryFileFormat.parse(file: file) }
    let cache: (String) -> String? = { folder + "/" + $0 }
    let parse = { () throws(GlossaryIssue) in try GlossaryFileFormat.parse(file: file) }
    _ = try! ParsedGlossaryCache.parsed(file: file, cachePath: cache, parse: parse)
    let cachedSeconds = measure(repetitions: 3) {
      _ = try! ParsedGlossaryCache.parsed(file: file, cachePath: cache, parse: parse)
    }
    return [
      BenchmarkResult(
        name: "glossary-tbx-parse", inputBytes: bytes, seconds: parseSeconds, items: entries.count, itemName: "entries"),
      BenchmarkResult(
        name: "glossary-tbx-from-cache", inputBytes: bytes, seconds: cachedSeconds, items: entries.count,
        itemName: "entries"),
    ]
  }

  static func run(text: String, entryCount: Int) -> [BenchmarkResult] {
    var results: [BenchmarkResult] = []
    let entries = syntheticEntries(count: entryCount, seed: 7) + Glossary.shipped.entries
    var glossary: Glossary?
    let buildSeconds = measure(repetitions: 3) { glossary = Glossary(entries: entries) }
    results.append(
      BenchmarkResult(
        name: "glossary-index-build", inputBytes: 0, seconds: buildSeconds, items: entries.count,
        itemName: "entries"))
    let index = glossary!
    results += fileLoading(entries: entries)
    // The index as the cache stores it, read back: tables checked, no form prepared yet.
    let compiled = index.compiledIndex
    var readBack: Glossary?
    let readSeconds = measure(repetitions: 3) {
      readBack = Glossary.reading(compiledIndex: compiled, entries: entries)
    }
    results.append(
      BenchmarkResult(
        name: "glossary-index-read-back", inputBytes: compiled.count, seconds: readSeconds, items: entries.count,
        itemName: "entries"))

    // Single tokens as they come in news text: mostly ordinary words, some names.
    let tokenizer = try! WordTokenizer(locale: "el")
    var tokens = tokenizer.tokens(in: String(text.prefix(400_000)), kinds: [.word]).map(\.text)
    for entry in entries.prefix(2000) {
      tokens.append(entry.forms[0].text.split(separator: " ").last.map(String.init) ?? "")
    }
    // One pass over the tokens on a fresh glossary (nothing remembered yet: repeated words
    // within the text are remembered as they come), then the best of three more passes.
    var found = 0
    let fresh = index
    let firstPass = measure(repetitions: 1) {
      for token in tokens where fresh.bestMatch(for: token) != nil { found += 1 }
    }
    results.append(
      BenchmarkResult(
        name: "glossary-lookup-single-tokens-first-pass", inputBytes: 0, seconds: firstPass, items: tokens.count,
        itemName: "lookups", extra: [("found", String(found)), ("distinct_tokens", String(Set(tokens).count))]))
    // Every distinct token once, with nothing remembered: what a term never seen before costs.
    fresh.forgetLookups()
    var distinct: [String] = []
    var seen = Set<String>()
    for token in tokens where seen.insert(token).inserted { distinct.append(token) }
    // Best of five passes, each on a glossary that has forgotten the one before.
    let unseenSeconds = measure(repetitions: 5) {
      fresh.forgetLookups()
      for token in distinct { blackHole(fresh.bestMatch(for: token)) }
    }
    results.append(
      BenchmarkResult(
        name: "glossary-lookup-unseen-terms", inputBytes: 0, seconds: unseenSeconds, items: distinct.count,
        itemName: "lookups"))
    // The same on an index read back, whose forms are prepared as the lookups reach them.
    let readUnseenSeconds = measure(repetitions: 1) {
      for token in distinct { blackHole(readBack!.bestMatch(for: token)) }
    }
    results.append(
      BenchmarkResult(
        name: "glossary-lookup-unseen-terms-index-read-back", inputBytes: 0, seconds: readUnseenSeconds,
        items: distinct.count, itemName: "lookups"))
    let lookupSeconds = measure {
      found = 0
      for token in tokens where fresh.bestMatch(for: token) != nil { found += 1 }
    }
    results.append(
      BenchmarkResult(
        name: "glossary-lookup-single-tokens-repeated", inputBytes: 0, seconds: lookupSeconds, items: tokens.count,
        itemName: "lookups", extra: [("found", String(found))]))

    if getenv("GLOSSA_BENCH_SPLIT") != nil { splitTimings(index, tokens: tokens) }
    if getenv("GLOSSA_BENCH_SHOW_MATCHES") != nil {
      for token in tokens.prefix(3000) {
        if let match = index.bestMatch(for: token) {
          print(token, "→", match.form.text, match.reason.rawValue, match.detail, match.score)
        }
      }
    }
    let sample = String(text.prefix(1_000_000))
    var mentionCount = 0
    let mentionSeconds = measure(repetitions: 2) { mentionCount = index.mentions(in: sample).count }
    results.append(
      BenchmarkResult(
        name: "glossary-mentions-in-text", inputBytes: sample.utf8.count, seconds: mentionSeconds,
        items: mentionCount, itemName: "mentions"))
    results.append(
      BenchmarkResult(
        name: "peak-memory", inputBytes: 0, seconds: 0, extra: [("peak_rss_mb", String(peakResidentMegabytes()))]))
    return results
  }

  /// The process's peak resident memory in MB (Linux `VmHWM`), or -1 when unknown.
  static func peakResidentMegabytes() -> Int { statusMegabytes("VmHWM:") }

  /// The process's resident memory now in MB (Linux `VmRSS`), or -1 when unknown.
  static func residentMegabytes() -> Int { statusMegabytes("VmRSS:") }

  private static func statusMegabytes(_ field: String) -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
      let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if text.hasPrefix(field) {
        let digits = text.filter(\.isNumber)
        return (Int(digits) ?? 0) / 1024
      }
    }
    return -1
  }
}

extension GlossaryBenchmarks {
  /// Times lookups of tokens that are found and of those that are not, separately.
  static func splitTimings(_ glossary: Glossary, tokens: [String]) {
    let found = tokens.filter { glossary.bestMatch(for: $0) != nil }
    let missing = tokens.filter { glossary.bestMatch(for: $0) == nil }
    let lowercaseMissing = missing.filter { $0.first?.isLowercase == true }
    for (name, list) in [("found", found), ("missing", missing), ("lowercase-missing", lowercaseMissing)] {
      let seconds = measure { for token in list { blackHole(glossary.bestMatch(for: token)) } }
      print(name, list.count, Int(Double(list.count) / seconds), "per s")
    }
  }
}
