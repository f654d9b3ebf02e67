import GlossaSegmentation
import GlossaText

/// Reads a document's sentences for alignment: one per line as given, or segmented.
struct SentenceFile {
  /// Whether each line is already one sentence.
  var presegmented: Bool
  /// Replace bytes that are not UTF-8 instead of failing.
  var lossy: Bool

  /// The sentences of the file at `path`, in order.
  ///
  /// Presegmented files keep every line, blank ones too, so sentence *i* is line *i* + 1.
  /// Otherwise each line is a paragraph, cut into sentences by the rules for `language`
  /// (English rules for languages without their own).
  ///
  /// - Throws: ``TextInputError`` naming the file (and line, for bad bytes).
  func sentences(at path: String, language: String) throws -> [String] {
    let reader = try LineReader(path: path, lossy: lossy)
    var sentences: [String] = []
    if presegmented {
      while let line = try reader.next() { sentences.append(line.text) }
      return sentences
    }
    let segmenter = try SentenceSegmenter(language: Self.segmentationLanguage(for: language))
    return try segmenter.sentences(in: reader).map(\.text)
  }

  /// Greek rules for Greek, English rules for everything else.
  static func segmentationLanguage(for language: String) -> SegmentationLanguage {
    language.lowercased().prefix(while: { $0.isLetter }) == "el" ? .greek : .english
  }
}
