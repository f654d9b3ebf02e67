import GlossaICU
import GlossaSegmentation

/// Benchmarks of the sentence segmenter, against ICU's sentence iterator alone.
enum SegmentationBenchmarks {
  static func run(text: String) -> [BenchmarkResult] {
    let paragraphs = text.split(separator: "\n").map(String.init)
    let bytes = text.utf8.count
    var results: [BenchmarkResult] = []

    let iterator = try! BreakIterator(kind: .sentence, locale: "el")
    var icuCount = 0
    let icuSeconds = measure {
      icuCount = 0
      for paragraph in paragraphs {
        try? iterator.setText(utf16: Array(paragraph.utf16))
        icuCount += iterator.boundaries().count - 1
      }
    }
    results.append(
      BenchmarkResult(
        name: "segment-icu-only-el", inputBytes: bytes, seconds: icuSeconds, items: icuCount,
        itemName: "sentences"))

    for (language, options, name) in [
      (SegmentationLanguage.greek, SegmentationOptions(), "segment-el"),
      (.greek, SegmentationOptions(splitsAtAnoTeleia: true), "segment-el-ano-teleia"),
      (.english, SegmentationOptions(), "segment-en-rules-on-greek-text"),
    ] {
      let segmenter = try! SentenceSegmenter(language: language, options: options)
      var count = 0
      let seconds = measure {
        count = 0
        for paragraph in paragraphs { count += segmenter.sentences(in: paragraph).count }
      }
      results.append(
        BenchmarkResult(name: name, inputBytes: bytes, seconds: seconds, items: count, itemName: "sentences"))
    }
    return results
  }
}
