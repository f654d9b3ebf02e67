/// Generated units for comparing stores: sentences of news words, each in several edited
/// versions (numbers and names swapped, words dropped or added), with ids, dates, users and
/// usage counts, some with inline markup, some repeated exactly so that they merge.
struct NewsMemory {
  private var state: UInt64

  init(seed: UInt64) { state = seed | 1 }

  private static let words = [
    "κυβέρνηση", "ανακοίνωσε", "μέτρα", "στέγαση", "βουλή", "ψήφισε", "νομοσχέδιο", "δήμαρχος", "λιμάνι",
    "σεισμός", "περιοχή", "πυρκαγιά", "δάσος", "εκλογές", "κόμμα", "τράπεζα", "επιτόκια", "τουρισμός", "νησιά",
    "σχολεία", "νοσοκομείο", "γιατροί", "κυκλοφορία", "μετρό", "απεργία", "λεωφορεία", "υπουργός", "συνάντηση",
  ]
  private static let english = [
    "government", "announced", "measures", "housing", "parliament", "voted", "bill", "mayor", "port",
    "earthquake", "region", "fire", "forest", "elections", "party", "bank", "rates", "tourism", "islands",
    "schools", "hospital", "doctors", "traffic", "metro", "strike", "buses", "minister", "meeting",
  ]
  private static let small = ["και", "το", "η", "της", "του", "σε", "για", "με", "από", "στο"]
  private static let names = ["Μητσοτάκης", "Ζελένσκι", "Μακρόν", "Λαβρόφ", "Πιονγκγιάνγκ", "Ερντογάν"]

  private mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  private mutating func sentence() -> [Int] {
    (0..<(6 + next(9))).map { _ in next(10) < 2 ? -1 - next(Self.names.count) : next(Self.words.count) }
  }

  /// The TMX of `count` units.
  mutating func tmx(units count: Int) -> String {
    var body = ""
    var units: [String] = []
    var base = sentence()
    for index in 0..<count {
      if next(6) == 0 { base = sentence() }
      var words = base
      if next(2) == 0, words.count > 4 { words.remove(at: 1 + next(words.count - 2)) }
      if next(3) == 0 { words.insert(next(Self.words.count), at: next(words.count)) }
      let greek = words.map { $0 < 0 ? Self.names[-1 - $0] : ($0 % 3 == 0 ? Self.small[$0 % 10] : Self.words[$0]) }
      let english = words.map { $0 < 0 ? "Name\(-$0)" : Self.english[$0] }
      let number = next(4) == 0 ? " \(next(900))" : ""
      var source = greek.joined(separator: " ").capitalized1 + number + "."
      let target = english.joined(separator: " ").capitalized1 + number + "."
      if next(15) == 0 { source = "<bpt i=\"1\">&lt;b&gt;</bpt>" + source + "<ept i=\"1\">&lt;/b&gt;</ept>" }
      let unit = """
        <tu tuid="u\(index)" creationdate="2025\(String(format2: 1 + next(12)))10T0800\(String(format2: next(60)))Z" \
        creationid="desk\(next(4))" usagecount="\(next(5))">
        <prop type="x-glossa-document">doc\(next(30))</prop>
        <tuv xml:lang="el"><seg>\(source)</seg></tuv><tuv xml:lang="en"><seg>\(target)</seg></tuv></tu>

        """
      units.append(unit)
      body += unit
      // Now and then an earlier unit again, exactly: it merges, its usage count adds.
      if next(10) == 0 { body += units[next(units.count)] }
    }
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" \
      adminlang="en" srclang="el" datatype="plaintext"><prop type="x-desk">politics</prop></header><body>
      \(body)</body></tmx>
      """
  }

  /// Queries: sentences of the same words, some near a unit, some far from all.
  mutating func queries(_ count: Int) -> [String] {
    (0..<count).map { _ in
      sentence().map { $0 < 0 ? Self.names[-1 - $0] : Self.words[$0] }.joined(separator: " ").capitalized1 + "."
    }
  }
}

extension String {
  fileprivate var capitalized1: String { prefix(1).uppercased() + dropFirst() }

  fileprivate init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
