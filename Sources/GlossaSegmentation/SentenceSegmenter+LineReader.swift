import GlossaText

extension SentenceSegmenter {
  /// Segments everything `reader` reads, a paragraph at a time (lines, or blocks between
  /// blank lines, as ``options`` say), so an input of any size takes memory for one paragraph.
  /// Offsets and lines count from the start of the input.
  ///
  ///     let reader = try LineReader(path: "article.txt")
  ///     try segmenter.forEachSentence(in: reader) { print($0.start, $0.text) }
  ///
  /// - Throws: ``GlossaText/TextInputError`` from the reader (bad bytes, a runaway line), or
  ///   what `body` throws.
  /// - Complexity: O(*n*) in the length of the input.
  public func forEachSentence(in reader: LineReader, _ body: (Sentence) throws -> Void) throws {
    try ParagraphStream(reader: reader, mode: options.paragraphs).forEachParagraph { paragraph, start in
      for sentence in sentences(in: paragraph, start: start) { try body(sentence) }
    }
  }

  /// All the sentences `reader` reads, in order.
  ///
  /// - Throws: ``GlossaText/TextInputError`` from the reader.
  public func sentences(in reader: LineReader) throws -> [Sentence] {
    var result: [Sentence] = []
    try forEachSentence(in: reader) { result.append($0) }
    return result
  }
}
