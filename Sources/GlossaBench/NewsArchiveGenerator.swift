import GlossaICU
import GlossaText

/// Sentences as a newsroom archive holds them: each source sentence recurs in many edited
/// versions (numbers, names and dates swapped; clauses dropped, added or repeated; a stock
/// attribution appended), and now and then as an all-caps headline without accents.
///
/// A memory built from these is the hard case for fuzzy lookup: a query's rarest words occur
/// in every version of its sentence, so they no longer single out the one unit that matches.
struct NewsArchiveGenerator {
  private var text: NewsTextGenerator
  private let sentences: [String]
  private let upper = try! CaseMapper(locale: "el")

  /// - Parameters:
  ///   - units: How many sentences will be drawn.
  ///   - versions: About how many versions each source sentence gets.
  init(text: NewsTextGenerator, units: Int, versions: Int) {
    var text = text
    let count = max(1, units / max(1, versions))
    sentences = (0..<count).map { _ in text.sentence() }
    self.text = text
  }

  /// The next archive sentence: an edited version of a random source sentence.
  mutating func sentence() -> String {
    var words = sentences[text.int(in: 0..<sentences.count)].split(separator: " ").map(String.init)
    for _ in 0..<text.int(in: 1..<5) { edit(&words) }
    let sentence = words.joined(separator: " ")
    guard text.int(in: 0..<100) == 0 else { return sentence }
    // A headline: capitals without accents, no final stop.
    return try! upper.uppercased(Self.withoutAccents(String(sentence.dropLast())))
  }

  /// One word drawn from the general vocabulary.
  mutating func word() -> String { text.word() }

  /// A uniform whole number in `range`.
  mutating func int(in range: Range<Int>) -> Int { text.int(in: range) }

  private mutating func edit(_ words: inout [String]) {
    switch text.int(in: 0..<7) {
    case 0: replace(in: &words, where: Self.isNumber) { $0.newNumber() }
    case 1: replace(in: &words, where: Self.isName) { $0.newName() }
    case 2: replace(in: &words, where: Self.isDate) { $0.newDate() }
    case 3: dropClause(&words)
    case 4: insertClause(&words, clause: clause())
    case 5: repeatClause(&words)
    default: appendAttribution(&words)
    }
  }

  private mutating func replace(
    in words: inout [String], where matches: (String) -> Bool, with make: (inout Self) -> String
  ) {
    let positions = words.indices.filter { matches(words[$0]) }
    guard !positions.isEmpty else { return appendAttribution(&words) }
    let position = positions[text.int(in: 0..<positions.count)]
    let trailing = words[position].reversed().prefix { ",.;»".contains($0) }
    words[position] = make(&self) + String(trailing.reversed())
  }

  private mutating func newNumber() -> String { "\(text.int(in: 2..<100_000))" }
  private mutating func newDate() -> String {
    "\(text.int(in: 1..<29)).\(text.int(in: 1..<13)).20\(text.int(in: 10..<26))"
  }
  private mutating func newName() -> String { Self.names[text.int(in: 0..<Self.names.count)] }

  /// The words between two commas (or a comma and the end), if the sentence has any.
  private mutating func clauseRange(_ words: [String]) -> Range<Int>? {
    let commas = words.indices.filter { words[$0].hasSuffix(",") && $0 < words.count - 1 }
    guard !commas.isEmpty else { return nil }
    let start = commas[text.int(in: 0..<commas.count)] + 1
    let end = words[start...].firstIndex { $0.hasSuffix(",") }.map { $0 + 1 } ?? words.count - 1
    return start < end ? start..<end : nil
  }

  private mutating func dropClause(_ words: inout [String]) {
    guard let range = clauseRange(words), words.count - range.count >= 4 else {
      return insertClause(&words, clause: clause())
    }
    words.removeSubrange(range)
  }

  private mutating func repeatClause(_ words: inout [String]) {
    guard let range = clauseRange(words) else { return appendAttribution(&words) }
    var copy = Array(words[range])
    if let last = copy.indices.last, !copy[last].hasSuffix(",") { copy[last] += "," }
    words.insert(contentsOf: copy, at: range.lowerBound)
  }

  private mutating func insertClause(_ words: inout [String], clause: [String]) {
    guard words.count > 2 else { return }
    let position = 1 + text.int(in: 0..<(words.count - 1))
    var clause = clause
    clause[clause.count - 1] += ","
    if !words[position - 1].hasSuffix(",") { words[position - 1] += "," }
    words.insert(contentsOf: clause, at: position)
  }

  private mutating func clause() -> [String] { (0..<text.int(in: 2..<6)).map { _ in text.word() } }

  private mutating func appendAttribution(_ words: inout [String]) {
    guard let last = words.indices.last else { return }
    let stop = words[last].last.map { ".;".contains($0) } == true ? String(words[last].removeLast()) : "."
    words[last] += ","
    words += Self.attributions[text.int(in: 0..<Self.attributions.count)].split(separator: " ").map(String.init)
    if text.int(in: 0..<2) == 0 { words += ["την", Self.days[text.int(in: 0..<Self.days.count)]] }
    words[words.count - 1] += stop
  }

  private static func isNumber(_ word: String) -> Bool { word.contains { $0.isNumber } }

  private static func isName(_ word: String) -> Bool { names.contains(word.filter { $0.isLetter }) }

  private static func isDate(_ word: String) -> Bool { word.filter { $0 == "." }.count == 2 && isNumber(word) }

  private static func withoutAccents(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.value != 0x301 && $0.value != 0x308 })
    )
    .precomposedStringWithCanonicalMapping
  }

  private static let names = [
    "Μητσοτάκης", "Τσίπρας", "Ανδρουλάκης", "Πούτιν", "Τραμπ", "Μπάιντεν", "Ζελένσκι", "Ερντογάν", "Μακρόν",
    "Σολτς", "Λαβρόφ", "Μπλίνκεν", "Γκουτέρες", "Αθήνα", "Θεσσαλονίκη", "Μόσχα", "Κίεβο", "Ουάσιγκτον",
  ]

  private static let days = ["Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Κυριακή"]

  private static let attributions = [
    "σύμφωνα με πηγές της κυβέρνησης", "ανέφερε ο εκπρόσωπος του υπουργείου", "όπως μετέδωσε το Reuters",
    "σύμφωνα με ανακοίνωση της αστυνομίας", "δήλωσε στους δημοσιογράφους", "όπως ανέφεραν τοπικά μέσα",
    "σύμφωνα με το Αθηναϊκό Πρακτορείο", "ανέφερε σε ανάρτησή του", "όπως έγινε γνωστό αργότερα",
  ]
}
