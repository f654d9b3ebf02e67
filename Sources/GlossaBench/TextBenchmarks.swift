import GlossaICU
import GlossaText

/// Benchmarks of the text layer: normalization, folding, tokens, transliteration.
enum TextBenchmarks {
  static func run(text: String) -> [BenchmarkResult] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let bytes = text.utf8.count
    var results: [BenchmarkResult] = []
    let folder = TextFolder.shared

    results.append(
      BenchmarkResult(
        name: "fold", inputBytes: bytes,
        seconds: measure { for line in lines { blackHole(folder.folded(line)) } }))
    results.append(
      BenchmarkResult(
        name: "key", inputBytes: bytes,
        seconds: measure { for line in lines { blackHole(folder.key(line)) } }))
    for form in [NormalizationForm.nfc, .nfd] {
      let normalizer = Normalizer.shared(form)
      results.append(
        BenchmarkResult(
          name: "normalize-\(form.rawValue)", inputBytes: bytes,
          seconds: measure { for line in lines { blackHole(try? normalizer.normalized(line)) } }))
    }

    let tokenizer = try! WordTokenizer(locale: "el")
    var tokenCount = 0
    let tokenSeconds = measure {
      tokenCount = 0
      for line in lines { tokenCount += tokenizer.tokens(in: line).count }
    }
    results.append(
      BenchmarkResult(
        name: "tokenize", inputBytes: bytes, seconds: tokenSeconds, items: tokenCount,
        itemName: "tokens"))

    for scheme in TransliterationScheme.allCases where scheme.producesLatin {
      // A fresh transliterator per repetition, so the word cache starts empty every time.
      let seconds = measure(repetitions: 2) {
        let transliterator = try! scheme.makeTransliterator()
        for line in lines { blackHole(transliterator.transliterated(line)) }
      }
      results.append(BenchmarkResult(name: "translit-\(scheme.rawValue)", inputBytes: bytes, seconds: seconds))
    }
    let slugger = try! Slugger()
    results.append(
      BenchmarkResult(
        name: "slug", inputBytes: bytes,
        seconds: measure(repetitions: 1) { for line in lines { blackHole(slugger.slug(for: line)) } }))
    return results
  }
}
