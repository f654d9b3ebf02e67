import Foundation
import GlossaText
import Testing

@testable import GlossaGlossary

@Suite("Compiled glossary index")
struct CompiledIndexTests {
  /// The shipped entries and 500 numbered people.
  static let entries: [GlossaryEntry] = {
    var entries = Glossary.shipped.entries
    let given = ["Νίκος", "Μαρία", "Γιώργος", "Ελένη", "Κώστας", "Σοφία"]
    let surnames = ["Παπαδόπουλος", "Οικονόμου", "Καραγιάννης", "Βασιλείου", "Τσαουσόγλου", "Δημητρίου"]
    var number = 0
    while number < max(CompiledIndexCache.minimumEntryCount, 500) {
      let name = "\(given[number % given.count]) \(surnames[number / given.count % surnames.count])\(number)"
      entries.append(
        GlossaryEntry(
          id: "test-person-\(number)", kind: .person,
          forms: [TermForm(text: name, language: .greek), TermForm(text: "Person \(number)", language: .english)]))
      number += 1
    }
    return entries
  }()

  /// Terms that reach every kind of lookup: exact forms, other accents, case forms, surnames,
  /// variant spellings (a letter dropped), the other script, and words no entry has.
  static var terms: [String] {
    var terms: [String] = []
    for entry in Glossary.shipped.entries.prefix(300) {
      for form in entry.forms {
        terms.append(form.text)
        terms.append(form.text.uppercased())
        if let last = form.text.split(separator: " ").last, last.count > 4 {
          terms.append(String(last))
          terms.append(String(last.dropLast()) + "ς")
          var dropped = Array(last)
          dropped.remove(at: dropped.count / 2)
          terms.append(String(dropped))
        }
      }
    }
    return terms + ["Καραγιάννη7", "του Παπαδόπουλου0", "καλημέρα", "Pyongyang", "Λαβρώφ", "Πιονγιάνγκ"]
  }

  /// A match as text, to compare lookups of two glossaries.
  static func described(_ matches: [GlossaryMatch]) -> [String] {
    matches.map { "\($0.entry.id)|\($0.form.text)|\($0.score)|\($0.reason)|\($0.detail)" }
  }

  @Test("An index read back from its bytes answers every lookup as the one built")
  func sameLookups() throws {
    let built = Glossary(entries: Self.entries)
    let index = try #require(
      GlossaryIndex(compiled: GlossaryIndex(entries: Self.entries).compiled, entries: Self.entries))
    let read = Glossary(entries: Self.entries, index: index)
    var differences: [String] = []
    var found = 0
    for term in Self.terms {
      let expected = Self.described(built.matches(for: term))
      found += expected.isEmpty ? 0 : 1
      if Self.described(read.matches(for: term)) != expected { differences.append(term) }
    }
    #expect(differences.isEmpty, "lookups differ for \(differences.prefix(10))")
    #expect(found > Self.terms.count / 2)
    let text = "Ο Σεργκέι Λαβρώφ συνάντησε στην Πιονγιάνγκ τον Κώστα Βασιλείου12 και την Ελένη Οικονόμου3."
    #expect(built.mentions(in: text) == read.mentions(in: text))
    #expect(built.mentions(in: text).count >= 3)
  }

  @Test("Bytes of another version, other entries or damaged are not read")
  func rejected() {
    let compiled = GlossaryIndex(entries: Self.entries).compiled
    #expect(GlossaryIndex(compiled: compiled, entries: Self.entries) != nil)
    #expect(GlossaryIndex(compiled: Array(compiled.dropLast(3)), entries: Self.entries) == nil)
    #expect(GlossaryIndex(compiled: [], entries: Self.entries) == nil)
    // Fewer entries than the index refers to.
    #expect(GlossaryIndex(compiled: compiled, entries: Array(Self.entries.prefix(10))) == nil)
    var otherVersion = compiled
    otherVersion[12] &+= 1
    #expect(GlossaryIndex(compiled: otherVersion, entries: Self.entries) == nil)
  }

  @Test("A large glossary's index is stored once and read back; other entries miss the cache")
  func cached() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-index-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let cachePath = { (name: String) -> String? in folder + "/" + name }
    func stored() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] }

    _ = CompiledIndexCache.index(of: Self.entries, cachePath: cachePath)
    #expect(stored().count == 1)
    let file = folder + "/" + stored()[0]
    let written = try #require(FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date)
    let read = Glossary(entries: Self.entries, index: CompiledIndexCache.index(of: Self.entries, cachePath: cachePath))
    #expect(stored().count == 1)
    #expect((try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date) == written)
    #expect(read.bestMatch(for: "Νίκος Παπαδόπουλος0")?.entry.id == "test-person-0")

    var edited = Self.entries
    edited[edited.count - 1].forms[0].text = "Άννα Ζαχαρίου"
    let other = Glossary(entries: edited, index: CompiledIndexCache.index(of: edited, cachePath: cachePath))
    #expect(stored().count == 2)
    #expect(other.bestMatch(for: "Ζαχαρίου")?.entry.id == edited[edited.count - 1].id)

    // A damaged file is rebuilt, not trusted.
    try Data([1, 2, 3]).write(to: URL(fileURLWithPath: file))
    let rebuilt = Glossary(
      entries: Self.entries, index: CompiledIndexCache.index(of: Self.entries, cachePath: cachePath))
    #expect(rebuilt.bestMatch(for: "Νίκος Παπαδόπουλος0")?.entry.id == "test-person-0")
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)).count > 3)
  }

  @Test("Small glossaries build their index without the cache")
  func smallNotCached() {
    var asked = false
    _ = CompiledIndexCache.index(of: Array(Self.entries.prefix(10))) { _ in
      asked = true
      return nil
    }
    #expect(!asked)
  }
}
