import GlossaICU
import GlossaText

/// Splits Greek or English text into sentences, with exact offsets.
///
///     let segmenter = try SentenceSegmenter(language: .greek)
///     for sentence in segmenter.sentences(in: "Ο κ. Παπαδόπουλος ήρθε. Τι έγινε; Τίποτα.") {
///       print(sentence.text, sentence.utf8Range, sentence.start)
///     }
///     // Ο κ. Παπαδόπουλος ήρθε.   0..<40   1:1
///     // Τι έγινε;                 41..<57  1:25
///     // Τίποτα.                   58..<72  1:35
///
/// ICU's sentence break iterator (locale `el`, or `en@ss=standard`) proposes boundaries
/// paragraph by paragraph; ``BoundaryRules`` then keep or drop each one with Greek and English
/// knowledge ICU lacks (abbreviations, initials, list labels, the Greek question mark), and a
/// scan adds the boundaries ICU cannot see (`;` as a question mark). A newline always ends a
/// paragraph unless the options say paragraphs are separated by blank lines.
///
/// Not safe to share between tasks: each task needs its own segmenter.
public final class SentenceSegmenter {
  /// The language whose rules apply.
  public let language: SegmentationLanguage
  /// The options in effect.
  public let options: SegmentationOptions

  private let iterator: BreakIterator
  private let rules: BoundaryRules

  /// Opens ICU's sentence iterator for `language` and loads its abbreviation list.
  public init(
    language: SegmentationLanguage, options: SegmentationOptions = SegmentationOptions()
  ) throws(ICUError) {
    self.language = language
    self.options = options
    self.iterator = try BreakIterator(kind: .sentence, locale: language.icuLocale)
    self.rules = BoundaryRules(
      language: language,
      abbreviations: AbbreviationList.builtIn(for: language).merged(with: options.extraAbbreviations),
      splitsAtAnoTeleia: options.splitsAtAnoTeleia)
  }

  /// Returns the sentences of `text`, in order.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  package func sentences(in text: String) -> [Sentence] { sentences(in: text, start: .init()) }

  /// Returns the sentences of `text`, in order, counting offsets and lines from `start`.
  ///
  /// - Parameter start: Where `text` begins in a larger input, so that offsets and lines
  ///   count from the start of that input (for text read a piece at a time).
  /// - Complexity: O(*n*) in the length of `text`.
  package func sentences(in text: String, start: TextCursor.Start) -> [Sentence] {
    let units = Array(text.utf16)
    var spans: [Range<Int>] = []
    units.withUnsafeBufferPointer { buffer in
      for paragraph in paragraphRanges(in: buffer) {
        appendSentenceSpans(inParagraph: paragraph, of: buffer, to: &spans)
      }
    }
    var cursor = TextCursor(units, start: start)
    var sentences: [Sentence] = []
    sentences.reserveCapacity(spans.count)
    var text = text
    text.withUTF8 { utf8 in
      for span in spans {
        cursor.advance(toUTF16Offset: span.lowerBound)
        let begin = cursor
        cursor.advance(toUTF16Offset: span.upperBound)
        let bytes = (begin.utf8Offset - start.utf8Offset)..<(cursor.utf8Offset - start.utf8Offset)
        sentences.append(
          Sentence(
            text: String(decoding: UnsafeBufferPointer(rebasing: utf8[bytes]), as: UTF8.self),
            utf8Range: begin.utf8Offset..<cursor.utf8Offset,
            utf16Range: span, scalarRange: begin.scalarOffset..<cursor.scalarOffset,
            start: begin.location))
      }
    }
    return sentences
  }

  /// The paragraphs of a text as UTF-16 ranges: lines, or blocks between blank lines.
  private func paragraphRanges(in units: UnsafeBufferPointer<UInt16>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var lineStart = 0
    var index = 0
    while index < units.count {
      let unit = units[index]
      if UTF16Character.isLineBreak(unit) {
        lines.append(lineStart..<index)
        if unit == 0x0D, index + 1 < units.count, units[index + 1] == 0x0A { index += 1 }
        lineStart = index + 1
      }
      index += 1
    }
    lines.append(lineStart..<units.count)
    guard options.paragraphs == .blankLines else { return lines }
    var paragraphs: [Range<Int>] = []
    var current: Range<Int>?
    for line in lines {
      if units[line].allSatisfy(UTF16Character.isWhitespace) {
        if let block = current { paragraphs.append(block) }
        current = nil
      } else {
        current = (current?.lowerBound ?? line.lowerBound)..<line.upperBound
      }
    }
    if let block = current { paragraphs.append(block) }
    return paragraphs
  }

  /// Finds the sentences of one paragraph and appends their trimmed UTF-16 spans.
  private func appendSentenceSpans(
    inParagraph paragraph: Range<Int>, of units: UnsafeBufferPointer<UInt16>,
    to spans: inout [Range<Int>]
  ) {
    var first = paragraph.lowerBound
    var last = paragraph.upperBound
    while first < last, UTF16Character.isWhitespace(units[first]) { first += 1 }
    while last > first, UTF16Character.isWhitespace(units[last - 1]) { last -= 1 }
    guard first < last else { return }

    var sentenceStart = first
    func cut(at start: Int) {
      var end = start
      while end > sentenceStart, UTF16Character.isWhitespace(units[end - 1]) { end -= 1 }
      spans.append(sentenceStart..<end)
      sentenceStart = start
    }
    if let tagEnd = Trailer.languageTagEnd(from: first, in: units, limit: last) {
      var next = tagEnd
      while UTF16Character.isWhitespace(units[next]) { next += 1 }
      cut(at: next)
    }
    for candidate in candidates(in: first..<last, of: units)
    where candidate > sentenceStart
      && rules.isBoundary(at: candidate, in: units, sentenceStart: sentenceStart)
    {
      guard
        let trailer = Trailer.trailer(
          startingAt: candidate, in: units, limit: last, language: language)
      else {
        cut(at: candidate)
        continue
      }
      // A citation stays with the sentence it follows; a stage direction is a sentence of
      // its own. Either way the next sentence starts after it, if one does.
      if trailer.kind == .direction { cut(at: candidate) }
      var next = trailer.end
      while next < last, UTF16Character.isWhitespace(units[next]) { next += 1 }
      if next == last { break }
      if next > trailer.end,
        UTF16Character.letterCase(units[next]) == .upper || UTF16Character.isOpener(units[next])
      {
        cut(at: next)
      } else if trailer.kind == .citation {
        cut(at: candidate)
      }
    }
    spans.append(sentenceStart..<last)
  }

  /// Candidate sentence starts inside `range`, in order: ICU's boundaries, plus the starts
  /// after a Greek question mark or an ano teleia, which ICU does not treat as sentence ends.
  private func candidates(in range: Range<Int>, of units: UnsafeBufferPointer<UInt16>) -> [Int] {
    var paragraph = Array(units[range])
    if options.paragraphs == .blankLines {
      // Line breaks inside a paragraph are wrapping: ICU must not take them as hard breaks.
      for index in paragraph.indices where UTF16Character.isLineBreak(paragraph[index]) {
        paragraph[index] = 0x20
      }
    }
    var result: [Int] = []
    if (try? iterator.setText(utf16: paragraph)) != nil {
      iterator.first()
      while let boundary = iterator.next() {
        if boundary < paragraph.count { result.append(range.lowerBound + boundary) }
      }
    }
    let extra = extraCandidates(in: range, of: units)
    guard !extra.isEmpty else { return result }
    return Self.mergingSorted(result, extra)
  }

  /// Merges two ascending arrays into one, without duplicates.
  static func mergingSorted(_ left: [Int], _ right: [Int]) -> [Int] {
    var merged: [Int] = []
    merged.reserveCapacity(left.count + right.count)
    var i = 0
    var j = 0
    while i < left.count || j < right.count {
      let next: Int
      if j == right.count || (i < left.count && left[i] <= right[j]) {
        next = left[i]
        i += 1
      } else {
        next = right[j]
        j += 1
      }
      if merged.last != next { merged.append(next) }
    }
    return merged
  }

  /// Starts after punctuation ICU passes over: a colon (which ends a sentence before a
  /// numbered list), and in Greek the question mark `;`, the ano teleia (when it splits) and
  /// a period before a small letter.
  private func extraCandidates(in range: Range<Int>, of units: UnsafeBufferPointer<UInt16>) -> [Int] {
    let greek = language == .greek
    var result: [Int] = []
    var index = range.lowerBound
    while index < range.upperBound {
      let unit = units[index]
      index += 1
      switch unit {
      case 0x3A: break  // a colon may open a numbered list
      case 0x3B, 0x2E, 0x2026, 0x21, 0xB7: break  // later rules decide, by language
      case 0x3F: if !greek { continue }
      case 0x387: if !greek || !options.splitsAtAnoTeleia { continue }
      default: continue
      }
      var next = index
      while next < range.upperBound, UTF16Character.isCloser(units[next]) { next += 1 }
      guard next < range.upperBound, UTF16Character.isWhitespace(units[next]) else { continue }
      while next < range.upperBound, UTF16Character.isWhitespace(units[next]) { next += 1 }
      if next < range.upperBound { result.append(next) }
    }
    return result
  }
}
