import Foundation
import GRDB
import GlossaXML
import Testing

@testable import GlossaMemory

@Suite("Schema migrations")
struct SchemaMigrationTests {
  /// A memory as the first schema wrote it: a content hash per unit, details as spaced JSON with
  /// every field, and an index of words and name sounds only.
  private func firstSchemaMemory(units: Int) throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try MemorySchema.migrator.migrate(queue, upTo: "v1: units, terms, info")
    try queue.write { db in
      var postings: [[String: [UInt32]]] = [[:], [:]]
      for index in 1...units {
        let source = "Η επιτροπή και η βουλή ενέκριναν το σχέδιο \(index) και το πρόγραμμα."
        let target = "The committee and parliament approved plan \(index) and the programme."
        let details = """
          {"attributes": [{"name": "tuid", "value": "t\(index)"}], "notes": [], "properties": [], \
          "source": {"attributes": [], "notes": [], "properties": []}, \
          "target": {"attributes": [], "notes": [], "properties": []}}
          """
        try db.execute(
          sql: """
            INSERT INTO unit (content_hash, source_lang, target_lang, source_text, target_text, word_count, tuid, details)
            VALUES (?, 'el', 'en', ?, ?, ?, ?, ?)
            """,
          arguments: [index, source, target, MatchTokens.words(of: source).count, "t\(index)", details])
        for (side, text) in [source, target].enumerated() {
          let tokens = MatchTokens.indexTokens(of: text, forLookup: side == 0).tokens.map(\.text)
          // The first schema had no repeat tokens.
          for token in tokens where !token.contains("#") { postings[side][token, default: []].append(UInt32(index)) }
        }
      }
      for side in 0..<2 {
        for (token, ids) in postings[side] {
          try db.execute(
            sql: "INSERT INTO term (side, token, unit_count, last_unit, postings) VALUES (?, ?, ?, ?, ?)",
            arguments: [side, token, ids.count, ids.last!, Data(PostingList.encode(ids))])
        }
      }
    }
    return queue
  }

  @Test("A memory of the first schema gains source keys, repeat tokens and skip tables, and finds its units")
  func fromFirstSchema() throws {
    let queue = try firstSchemaMemory(units: 2500)
    let memory = try TranslationMemory(database: queue, name: "old")
    try queue.read { db in
      let columns = try db.columns(in: "unit").map(\.name)
      #expect(columns.contains("source_key"))
      #expect(!columns.contains("content_hash"))
      #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit WHERE source_key = 0") == 0)
      #expect(try Int.fetchOne(db, sql: "SELECT unit_count FROM term WHERE side = 0 AND token = 'και#2'") == 2500)
      let skips = try Data.fetchOne(db, sql: "SELECT skips FROM term WHERE side = 0 AND token = 'επιτροπη'")
      #expect(
        skips.map {
          PostingList.skipTable(
            of: try! Data.fetchOne(db, sql: "SELECT postings FROM term WHERE side = 0 AND token = 'επιτροπη'")!)
            == [UInt8]($0)
        } == true)
    }
    let exact = try memory.matches(for: "Η ΕΠΙΤΡΟΠΗ ΚΑΙ Η ΒΟΥΛΗ ΕΝΕΚΡΙΝΑΝ ΤΟ ΣΧΕΔΙΟ 1234 ΚΑΙ ΤΟ ΠΡΟΓΡΑΜΜΑ")
    #expect(exact.first?.unit.id == "t1234")
    #expect(exact.first?.explanation.wordDistance == 0)
    #expect(exact.first?.unit.target.text == "The committee and parliament approved plan 1234 and the programme.")
    // An identical unit added after the migration is merged into the old one, found by its key.
    let report = try memory.add([
      TranslationUnit(
        source: "Η επιτροπή και η βουλή ενέκριναν το σχέδιο 7 και το πρόγραμμα.",
        target: "The committee and parliament approved plan 7 and the programme.", sourceLanguage: "el",
        targetLanguage: "en")
    ])
    #expect(report.merged == 1)
  }

  @Test("Details stored in the first schema's spaced form read the same as the compact form")
  func detailsForms() throws {
    var unit = TranslationUnit(source: "Ένα.", target: "One.", sourceLanguage: "el", targetLanguage: "en", id: "x1")
    unit.properties = [TMXProperty(type: "x-domain", value: "news")]
    unit.notes = [TMXNote("checked")]
    let compact = try #require(StoredDetails(unit).json())
    #expect(!compact.contains(": ") && !compact.contains("[]"))
    let spaced = """
      {"attributes": [{"name": "tuid", "value": "x1"}], "notes": [{"attributes": [], "text": "checked"}], \
      "properties": [{"attributes": [], "type": "x-domain", "value": "news"}], \
      "source": {"attributes": [], "notes": [], "properties": []}, \
      "target": {"attributes": [], "notes": [], "properties": []}}
      """
    #expect(StoredDetails.decode(compact) == StoredDetails(unit))
    #expect(StoredDetails.decode(spaced) == StoredDetails(unit))
  }

  @Test("Every kind of detail has one compact form, which reads back as it was")
  func compactDetails() throws {
    var unit = TranslationUnit(source: "Ένα.", target: "One.", sourceLanguage: "el", targetLanguage: "en", id: "x\"1")
    unit.properties = [TMXProperty(type: "x-domain", value: "news", attributes: [XMLAttribute("o-encoding", "UTF-8")])]
    unit.notes = [TMXNote("line\nbreak", attributes: [XMLAttribute("xml:lang", "en")]), TMXNote("δεύτερη")]
    unit.sourceDetails = VariantDetails(notes: [TMXNote("πηγή")])
    unit.targetDetails = VariantDetails(
      attributes: [XMLAttribute("creationid", "ed")], properties: [TMXProperty(type: "x-state", value: "final")])
    let json = try #require(StoredDetails(unit).json())
    let expected = #"""
      {"attributes":[{"name":"tuid","value":"x\"1"}],\#
      "notes":[{"attributes":[{"name":"xml:lang","value":"en"}],"text":"line\nbreak"},{"text":"δεύτερη"}],\#
      "properties":[{"attributes":[{"name":"o-encoding","value":"UTF-8"}],"type":"x-domain","value":"news"}],\#
      "source":{"notes":[{"text":"πηγή"}]},\#
      "target":{"attributes":[{"name":"creationid","value":"ed"}],"properties":[{"type":"x-state","value":"final"}]}}
      """#
    #expect(json == expected)
    #expect(StoredDetails.decode(json) == StoredDetails(unit))
    #expect(
      StoredDetails(TranslationUnit(source: "a", target: "b", sourceLanguage: "el", targetLanguage: "en")).json() == nil
    )
  }
}
