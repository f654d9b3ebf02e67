import GlossaText

/// Names seen in aligned units, interned: each English word and Greek form is stored once and
/// referred to by number, so a million units cost a few arrays of integers.
struct NameObservations {
  /// A run of English words of one unit.
  struct Span {
    var firstWord: Int32
    var wordCount: Int16
    var cue: NameCue?
  }

  /// A Greek form of one unit, and its place among the unit's words.
  struct GreekPlace {
    var form: Int32
    var position: Int32
  }

  private(set) var englishWords: [String] = []
  private var englishWordNumbers: [String: Int32] = [:]
  private(set) var greekForms: [String] = []
  private var greekFormNumbers: [String: Int32] = [:]
  /// How many times each Greek form was seen, and how often after a nominative article.
  private(set) var greekCounts: [Int32] = []
  private(set) var greekNominatives: [Int32] = []
  /// Whether the lexicon lists each Greek form as a common word.
  private(set) var greekCommon: [Bool] = []
  /// The first Greek sentence each form was seen in.
  private(set) var greekExamples: [String] = []
  /// Folded keys of Greek words seen in lower case: common words, not names.
  var lowercaseKeys: Set<String> = []

  /// The words of all spans, one after another.
  private(set) var spanWords: [Int32] = []
  private(set) var spans: [Span] = []
  private(set) var greekPlaces: [GreekPlace] = []
  /// Where each unit's spans and Greek places end.
  private(set) var unitSpanEnds: [Int32] = []
  private(set) var unitGreekEnds: [Int32] = []
  /// Each unit's document number (`-1` for none) and the documents' names.
  private(set) var unitDocuments: [Int32] = []
  private(set) var documents: [String] = []
  private var documentNumbers: [String: Int32] = [:]

  var unitCount: Int { unitSpanEnds.count }

  /// Adds what was spotted in one unit.
  mutating func add(
    english: [NameSpotter.EnglishSpan], greek: [NameSpotter.GreekWord], greekText: String, document: String?
  ) {
    for span in english {
      let first = Int32(spanWords.count)
      for word in span.words { spanWords.append(number(english: word)) }
      spans.append(Span(firstWord: first, wordCount: Int16(span.words.count), cue: span.cue))
    }
    for word in greek {
      let form = number(greek: word.text, example: greekText, common: word.isCommonWord)
      greekCounts[Int(form)] += 1
      if word.afterNominativeArticle { greekNominatives[Int(form)] += 1 }
      greekPlaces.append(GreekPlace(form: form, position: Int32(word.position)))
    }
    unitSpanEnds.append(Int32(spans.count))
    unitGreekEnds.append(Int32(greekPlaces.count))
    if let document {
      if let known = documentNumbers[document] {
        unitDocuments.append(known)
      } else {
        let number = Int32(documents.count)
        documents.append(document)
        documentNumbers[document] = number
        unitDocuments.append(number)
      }
    } else {
      unitDocuments.append(-1)
    }
  }

  /// The spans of unit `unit`.
  func spans(ofUnit unit: Int) -> ArraySlice<Span> {
    spans[(unit == 0 ? 0 : Int(unitSpanEnds[unit - 1]))..<Int(unitSpanEnds[unit])]
  }

  /// The Greek forms of unit `unit`.
  func greekPlaces(ofUnit unit: Int) -> ArraySlice<GreekPlace> {
    greekPlaces[(unit == 0 ? 0 : Int(unitGreekEnds[unit - 1]))..<Int(unitGreekEnds[unit])]
  }

  /// The word numbers of a span.
  func words(of span: Span) -> ArraySlice<Int32> {
    spanWords[Int(span.firstWord)..<Int(span.firstWord) + Int(span.wordCount)]
  }

  private mutating func number(english word: String) -> Int32 {
    if let known = englishWordNumbers[word] { return known }
    let number = Int32(englishWords.count)
    englishWords.append(word)
    englishWordNumbers[word] = number
    return number
  }

  private mutating func number(greek form: String, example: String, common: Bool) -> Int32 {
    if let known = greekFormNumbers[form] { return known }
    let number = Int32(greekForms.count)
    greekForms.append(form)
    greekFormNumbers[form] = number
    greekCounts.append(0)
    greekNominatives.append(0)
    greekCommon.append(common)
    greekExamples.append(example.count > 400 ? String(example.prefix(400)) + "…" : example)
    return number
  }
}
