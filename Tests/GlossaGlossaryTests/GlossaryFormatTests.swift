import Foundation
import Testing

@testable import GlossaGlossary

@Suite("Glossary formats")
struct GlossaryFormatTests {
  static let sample = """
    # a test glossary
    [kim-jong-un]
    kind: person
    el: Κιμ Γιονγκ Ουν [indecl]
    el admitted: Κιμ Γιονγκ-Ουν
    el deprecated: Κιμ Γιονγκ Ούν
      note: no accent on Ουν
    en: Kim Jong Un
    en admitted: Kim Jong-un
    note: Leader of North Korea.
    source: our notes
    match: Ο Κιμ Γιονγκ Ουν μίλησε.
    nomatch: Η Κιμ Γιο Γιονγκ μίλησε.

    [north-korea]
    kind: place
    el: Βόρεια Κορέα [a a]
    el admitted: ΛΔΚ
    en: North Korea
    """

  func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return url.path
  }

  @Test("The native format parses every field")
  func parseNative() throws {
    let (entries, warnings) = try NativeGlossaryFormat.parse(Self.sample, file: "t.glossary")
    #expect(warnings.isEmpty)
    #expect(entries.count == 2)
    let kim = entries[0]
    #expect(kim.id == "kim-jong-un" && kim.kind == .person)
    #expect(kim.canonicalGreek == "Κιμ Γιονγκ Ουν" && kim.canonicalEnglish == "Kim Jong Un")
    #expect(kim.forms[0].declensions == [.indeclinable, .indeclinable, .indeclinable])
    #expect(kim.forms[2].status == .deprecated && kim.forms[2].note == "no accent on Ουν")
    #expect(
      kim.examples == [
        EntryExample(text: "Ο Κιμ Γιονγκ Ουν μίλησε.", shouldMatch: true),
        EntryExample(text: "Η Κιμ Γιο Γιονγκ μίλησε.", shouldMatch: false),
      ])
    #expect(kim.note == "Leader of North Korea." && kim.source == "our notes")
    #expect(entries[1].forms[0].declensions == [.a, .a])
  }

  @Test("Writing and reading again loses nothing")
  func nativeRoundTrip() throws {
    let (entries, _) = try NativeGlossaryFormat.parse(Self.sample, file: "t.glossary")
    let written = NativeGlossaryFormat.write(entries)
    let (again, _) = try NativeGlossaryFormat.parse(written, file: "again.glossary")
    #expect(again == entries)
    #expect(NativeGlossaryFormat.write(again) == written)
  }

  @Test(
    "Malformed native files give an error with file and line",
    arguments: [
      ("[a]\nkind: person\nel Κιμ\n", 3, "expected 'field: value'"),
      ("[a]\nkind: robot\nel: Κιμ\n", 2, "unknown kind 'robot'"),
      ("el: Κιμ\n", 1, "comes before any [id]"),
      ("[a]\nel: Κιμ\n[a]\nel: Κιμι\n", 3, "duplicate entry id 'a'"),
      ("[a]\nel: Βόρεια Κορέα [a a a]\n", 2, "has 2 words but 3 declensions"),
      ("[a]\nel: Κιμ [xyz]\n", 2, "unknown declension 'xyz'"),
      ("[a]\nkind: person\n", 1, "has no forms"),
    ])
  func nativeErrors(text: String, line: Int, message: String) {
    #expect {
      _ = try NativeGlossaryFormat.parse(text, file: "bad.glossary")
    } throws: { error in
      guard let issue = error as? GlossaryIssue else { return false }
      return issue.line == line && issue.message.contains(message)
        && issue.description.hasPrefix("bad.glossary:\(line): ")
    }
  }

  @Test("Unknown fields and statuses warn and the rest loads")
  func nativeWarnings() throws {
    let (entries, warnings) = try NativeGlossaryFormat.parse(
      "[a]\nkind: place\nel: Κουρσκ\ncolour: red\nel weird: Κούρσκ\nen: Kursk\n", file: "w.glossary")
    #expect(entries.count == 1 && entries[0].forms.count == 2)
    #expect(warnings.map(\.line) == [4, 5])
    #expect(warnings[0].description == "w.glossary:4: warning: unknown field 'colour'; ignoring it")
  }

  @Test("TBX v3 and v2 files read with statuses, variants, kinds and notes")
  func readTBX() throws {
    let v3 = try GlossaryFileFormat.parse(file: try fixture("terms-v3.tbx"))
    #expect(v3.entries.count == 2)
    let pyongyang = v3.entries[0]
    #expect(pyongyang.kind == .place && pyongyang.canonicalGreek == "Πιονγκγιάνγκ")
    #expect(pyongyang.forms.map(\.status) == [.preferred, .admitted, .preferred])
    #expect(pyongyang.examples == [EntryExample(text: "The talks took place in Pyongyang.", shouldMatch: true)])
    #expect(v3.entries[1].forms[1].status == .deprecated && v3.entries[1].forms[1].note == "ω is a misspelling")
    #expect(v3.entries[1].note == "Russian foreign minister.")
    #expect(v3.warnings.contains { $0.message.contains("'fr'") })

    let v2 = try GlossaryFileFormat.parse(file: try fixture("terms-v2.tbx"))
    #expect(v2.entries.count == 1)
    #expect(v2.entries[0].kind == .organization)
    #expect(v2.entries[0].forms.map(\.text) == ["Κρεμλίνο", "Kremlin", "the Kremlin"])
    #expect(v2.entries[0].forms[2].status == .admitted)
    #expect(v2.warnings.isEmpty)
  }

  @Test("Native → TBX → native is lossless, in both TBX versions", arguments: TBXWriter.Version.allCases)
  func tbxRoundTrip(version: TBXWriter.Version) throws {
    let (entries, _) = try NativeGlossaryFormat.parse(Self.sample, file: "t.glossary")
    let tbx = TBXWriter.document(entries, version: version)
    #expect(tbx.contains(version == .v3 ? "<conceptEntry id=\"kim-jong-un\">" : "<termEntry id=\"kim-jong-un\">"))
    #expect(tbx.contains("deprecatedTerm-admn-sts") && tbx.contains("<termNote type=\"termType\">variant</termNote>"))
    let (again, warnings) = try TBXReader.parse(tbx, file: "t.tbx")
    #expect(warnings.isEmpty)
    #expect(again == entries)
  }

  @Test("The shipped glossaries survive a TBX round trip")
  func shippedRoundTrip() throws {
    let entries = Glossary.shipped.entries
    let (again, _) = try TBXReader.parse(TBXWriter.document(entries), file: "shipped.tbx")
    #expect(again.count == entries.count)
    let differing = zip(again, entries).filter { $0 != $1 }.map(\.1.id)
    #expect(differing.isEmpty, "entries that changed: \(differing.prefix(5))")
  }

  @Test(
    "Malformed or foreign XML is an error with a line; external entities are not read",
    arguments: [
      ("<tbx><text><body><conceptEntry id=\"a\">\n<langSec xml:lang=\"el\">\n</tbx>", 3),
      ("<tbx>\n<text>", 2),
      ("<html><body/></html>", 1),
    ])
  func badTBX(text: String, line: Int) {
    #expect {
      _ = try TBXReader.parse(text, file: "bad.tbx")
    } throws: { error in
      (error as? GlossaryIssue)?.line == line
    }
  }

  @Test("Entities a DTD declares are refused, not fetched: the error names the place")
  func externalEntity() throws {
    let secret = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-secret-\(UUID().uuidString)")
    try "ΜΥΣΤΙΚΟ".write(to: secret, atomically: true, encoding: .utf8)
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE tbx [<!ENTITY leak SYSTEM "\(secret.absoluteString)">]>
      <tbx><text><body><conceptEntry id="x"><langSec xml:lang="el"><termSec><term>&leak;Κουρσκ</term></termSec></langSec></conceptEntry></body></text></tbx>
      """
    let issue = try #require(throws: GlossaryIssue.self) { try TBXReader.parse(text, file: "entity.tbx") }
    #expect(issue.line == 3)
    #expect(issue.column != nil)
    #expect(issue.message.contains("leak"))
    #expect(!issue.description.contains("ΜΥΣΤΙΚΟ"))
    #expect(issue.description.hasPrefix("entity.tbx:3:"))
  }

  @Test("An entity bomb is refused before it grows")
  func entityBomb() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
      <tbx><text><body><conceptEntry id="x"><langSec xml:lang="el"><termSec><term>&c;</term></termSec></langSec></conceptEntry></body></text></tbx>
      """
    #expect(throws: GlossaryIssue.self) { try TBXReader.parse(text, file: "bomb.tbx") }
  }

  @Test("TBX in UTF-16 reads like UTF-8")
  func utf16() throws {
    let tbx = TBXWriter.document([
      GlossaryEntry(id: "kursk", kind: .place, forms: [TermForm(text: "Κουρσκ", language: .greek)])
    ])
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in tbx.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-\(UUID().uuidString).tbx").path
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let parsed = try GlossaryFileFormat.parse(file: path)
    #expect(parsed.entries.map(\.id) == ["kursk"])
  }

  @Test("TSV and CSV import: columns, | lists, quotes, generated ids, warnings")
  func delimited() throws {
    let tsv = try GlossaryFileFormat.parse(file: try fixture("terms.tsv"))
    #expect(tsv.entries.map(\.id) == ["erdogan", "kursk"])
    #expect(
      tsv.entries[0].forms.filter { $0.status == .admitted }.map(\.text) == ["Ερντογκάν", "Ταγίπ Ερντογκάν", "Erdogan"])
    #expect(tsv.entries[0].kind == .person)
    #expect(tsv.warnings.map(\.message) == ["unknown column 'colour'; ignoring it"])

    let csv = try GlossaryFileFormat.parse(file: try fixture("terms.csv"))
    #expect(csv.entries.count == 2)
    #expect(csv.entries[0].forms.map(\.text) == ["Κίεβο", "Kyiv", "Kiev", "Kiew"])
    #expect(csv.entries[0].note == "A note with \"quotes\", and a comma")
  }

  @Test("TSV export reads back")
  func tsvRoundTrip() throws {
    let (entries, _) = try NativeGlossaryFormat.parse(Self.sample, file: "t.glossary")
    let (again, _) = try DelimitedGlossaryFormat.parse(
      DelimitedGlossaryFormat.writeTSV(entries), file: "t.tsv", separator: "\t")
    #expect(again.map(\.id) == entries.map(\.id))
    #expect(again[0].forms.map(\.text).sorted() == entries[0].forms.map(\.text).sorted())
  }
}
