import Foundation
import GRDB
import Testing

@testable import GlossaMemory

/// A memory like a newsroom's archive: a few sentences, each in many edited versions, where a
/// query's rarest words are held by every version of its sentence.
private struct Archive {
  private var state: UInt64 = 0x5EED

  private static let words = [
    "κυβέρνηση", "ανακοίνωσε", "μέτρα", "στέγαση", "βουλή", "ψήφισε", "νομοσχέδιο", "δήμαρχος", "λιμάνι",
    "σεισμός", "μεγέθους", "περιοχή", "πυρκαγιά", "δάσος", "πυροσβέστες", "εκλογές", "κόμμα", "δημοσκόπηση",
    "τράπεζα", "επιτόκια", "πληθωρισμός", "τουρισμός", "αφίξεις", "νησιά", "σχολεία", "μαθητές", "καθηγητές",
    "νοσοκομείο", "γιατροί", "ασθενείς", "δρόμος", "κυκλοφορία", "μετρό", "απεργία", "λεωφορεία", "ταξί",
  ]
  private static let common = ["και", "το", "η", "της", "του", "σε", "για", "με", "από", "ότι", "στο", "την"]
  private static let names = ["Μητσοτάκης", "Ζελένσκι", "Μακρόν", "Λαβρόφ", "Πούτιν", "Ερντογάν"]
  private static let attributions = ["σύμφωνα με πηγές", "ανέφερε ο εκπρόσωπος", "όπως μετέδωσε το πρακτορείο"]

  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  mutating func sentence() -> [String] {
    (0..<(8 + next(10))).map { index in
      switch next(10) {
      case 0: Self.names[next(Self.names.count)]
      case 1: String(next(5000))
      case 2...5: Self.common[next(Self.common.count)]
      default: Self.words[next(Self.words.count)]
      }
    }
  }

  /// A version of `words`: numbers and names swapped, words dropped, clauses added.
  mutating func version(of words: [String]) -> [String] {
    var words = words
    for _ in 0..<(1 + next(3)) {
      switch next(5) {
      case 0: if let index = words.indices.first(where: { Int(words[$0]) != nil }) { words[index] = String(next(5000)) }
      case 1:
        if let index = words.indices.first(where: { Self.names.contains(words[$0]) }) {
          words[index] = Self.names[next(6)]
        }
      case 2: if words.count > 5 { words.remove(at: 1 + next(words.count - 2)) }
      case 3: words.insert(Self.words[next(Self.words.count)], at: 1 + next(words.count - 1))
      default: words += Self.attributions[next(3)].split(separator: " ").map(String.init)
      }
    }
    return words
  }

  static func text(_ words: [String]) -> String { words.joined(separator: " ").capitalizedFirst + "." }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

@Suite("Lookups among near-duplicates")
struct NearDuplicateLookupTests {
  /// 12 sentences in 60 versions each, and the texts of the units.
  private func archive() throws -> (TranslationMemory, [String], Archive) {
    var archive = Archive()
    let sentences = (0..<12).map { _ in archive.sentence() }
    var texts: [String] = []
    for index in 0..<720 { texts.append(Archive.text(archive.version(of: sentences[index % 12]))) }
    // An exact copy in capitals without accents, as a headline would have it.
    texts.append(texts[5].uppercased().folding(options: .diacriticInsensitive, locale: nil))
    let memory = try TranslationMemory(database: DatabaseQueue(), name: "archive")
    _ = try memory.add(
      texts.enumerated().map { index, text in
        TranslationUnit(
          source: text, target: "Version \(index).", sourceLanguage: "el", targetLanguage: "en", id: "v\(index)")
      })
    return (memory, texts, archive)
  }

  /// What a lookup must return: every unit scored, the best `limit` at or above the minimum,
  /// units with the query's words exactly first, then by score, then oldest first.
  private func bruteForce(_ query: String, in memory: TranslationMemory, minimumScore: Double) throws -> [String] {
    var scored: [FuzzyMatch] = []
    for id in 1...Int64(try memory.count()) {
      if let match = try memory.match(for: query, unitID: id), match.score >= minimumScore { scored.append(match) }
    }
    scored.sort {
      ($0.explanation.wordDistance == 0) != ($1.explanation.wordDistance == 0)
        ? $0.explanation.wordDistance == 0 : $0.score != $1.score ? $0.score > $1.score : $0.unitID < $1.unitID
    }
    return scored.prefix(5).map { "\($0.unitID):\($0.score)" }
  }

  @Test("Every lookup returns exactly what scoring every unit would", arguments: [70.0, 50.0])
  func sameAsScoringEverything(minimumScore: Double) throws {
    var (memory, texts, archive) = try archive()
    var queries: [String] = []
    for index in stride(from: 3, to: texts.count, by: 61) {
      queries.append(texts[index])  // exact
      var words = texts[index].dropLast().split(separator: " ").map(String.init)
      words[archive.next(words.count)] = "αλλαγμένη"  // near: one word changed
      queries.append(words.joined(separator: " ") + ".")
    }
    queries.append("Η ομάδα μπάσκετ κέρδισε τον τελικό στο κλειστό γήπεδο.")  // unrelated
    var answered = 0
    for query in queries {
      let found = try memory.matches(for: query, minimumScore: minimumScore).map { "\($0.unitID):\($0.score)" }
      #expect(found == (try bruteForce(query, in: memory, minimumScore: minimumScore)), "\(query)")
      if found.count == 5 { answered += 1 }
    }
    // Nearly every query has a full page of near-duplicates to choose from.
    #expect(answered >= queries.count * 3 / 4)
  }

  @Test("The identical sentence comes first, then its copy in capitals, among versions that hold all its words")
  func exactFirst() throws {
    let (memory, texts, _) = try archive()
    let matches = try memory.matches(for: texts[5], limit: 10)
    #expect(matches.first?.unit.source.text == texts[5])
    #expect(matches.first?.score == 100)
    #expect(matches.dropFirst().first?.unit.id == "v720")
    #expect(matches.dropFirst().first?.explanation.wordDistance == 0)
  }
}
