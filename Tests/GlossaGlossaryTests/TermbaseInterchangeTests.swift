import Foundation
import GlossaText
import GlossaXML
import Testing

@testable import GlossaGlossary

/// Termbases as terminology tools write them (TBX-Basic in DCA and DCT style, CSV from
/// spreadsheets) come into Glossa's format and go out as TBX without a term, status or note
/// lost or changed, and what Glossa writes reads back.
@Suite("Termbase interchange")
struct TermbaseInterchangeTests {
  static func fixtureText(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// The same termbase in DCT style: each data category is its own element
  /// (`<basic:administrativeStatus>`) instead of a DCA element with a `type`.
  static func dctStyle(_ dca: String) throws -> String {
    let element = try NSRegularExpression(
      pattern: #"<(termNote|descrip|admin|transac|transacNote|xref) type="(\w+)"([^>]*)>(.*?)</\1>"#,
      options: [.dotMatchesLineSeparators])
    let range = NSRange(dca.startIndex..., in: dca)
    var text = element.stringByReplacingMatches(in: dca, range: range, withTemplate: "<basic:$2$3>$4</basic:$2>")
    text = text.replacingOccurrences(
      of: #"style="dca""#, with: #"style="dct" xmlns:basic="http://www.tbxinfo.net/ns/basic""#)
    return text
  }

  static func dcaEntries() throws -> (entries: [GlossaryEntry], warnings: [InputWarning]) {
    try TBXReader.parse(fixtureText("basic-dca.tbx"), file: "basic-dca.tbx")
  }

  @Test("A TBX-Basic termbase keeps every status, its notes on lines, and drops other languages whole")
  func dcaImport() throws {
    let (entries, warnings) = try Self.dcaEntries()
    #expect(entries.map(\.id) == ["pyongyang", "lavrov"])
    let pyongyang = entries[0]
    #expect(pyongyang.kind == .place)
    #expect(
      pyongyang.forms.map { "\($0.language.rawValue) \($0.status.rawValue) \($0.text)" } == [
        "el preferred Πιονγκγιάνγκ", "el admitted Πιονγιάνγκ", "el deprecated Πυονγκγιάνγκ",
        "en preferred Pyongyang", "en superseded Pyeongyang",
      ])
    // Indentation and line breaks inside an element are layout: one space each.
    #expect(pyongyang.forms[4].note == "An older romanization, still seen in archives.")
    // Each note or definition of the entry is a line of its note.
    #expect(
      pyongyang.note
        == "Checked against the agency style sheet in spring.\nThe capital of North Korea, on the Taedong river.")
    #expect(pyongyang.source == "Desk atlas")
    // The English context is kept; the Spanish one went with its language.
    #expect(
      pyongyang.examples == [EntryExample(text: "The delegation landed in Pyongyang on Monday.", shouldMatch: true)])
    let lavrov = entries[1]
    #expect(lavrov.forms.first { $0.text == "Sergey Lavrov" }?.status == .admitted)
    #expect(lavrov.forms.first { $0.text == "Σεργκέι Λαβρώφ" }?.note == "Omega is a misspelling here.")
    // TBX-Basic's own elements are known; only the language and the empty entry are reported.
    #expect(!warnings.contains { $0.message.contains("unknown element") })
    #expect(warnings.contains { $0.message.contains("'es'") })
    #expect(warnings.contains { $0.message.contains("only-spanish") })
  }

  @Test("DCT style reads exactly as DCA style")
  func dctImport() throws {
    let dca = try Self.fixtureText("basic-dca.tbx")
    let dct = try Self.dctStyle(dca)
    #expect(dct.contains("<basic:administrativeStatus>supersededTerm-admn-sts</basic:administrativeStatus>"))
    let (entries, warnings) = try TBXReader.parse(dct, file: "basic-dct.tbx")
    #expect(entries == (try Self.dcaEntries()).entries)
    #expect(!warnings.contains { $0.message.contains("unknown element") })
  }

  @Test("An imported termbase goes through Glossa's format and both TBX versions unchanged")
  func roundTrips() throws {
    let entries = try Self.dcaEntries().entries
    let native = NativeGlossaryFormat.write(entries)
    #expect(try NativeGlossaryFormat.parse(native, file: "t.glossary").entries == entries)
    for version in TBXWriter.Version.allCases {
      let tbx = TBXWriter.document(entries, version: version)
      #expect(try TBXReader.parse(tbx, file: "t.tbx").entries == entries)
    }
  }

  @Test("A CSV note over several lines, ids of any characters and a term ending in brackets survive")
  func spreadsheetEdges() throws {
    let csv = """
      id,en,el,note
      "AT&T / US 1",AT&T,ΑΤ&Τ,"First line
      second line"
      9lives,Nine Lives,Εννιά Ζωές,
      thing,Thing [os],"κάτι
        [os]",

      """
    let (entries, _) = try DelimitedGlossaryFormat.parse(csv, file: "t.csv", separator: ",")
    #expect(entries.map(\.id) == ["AT&T / US 1", "9lives", "thing"])
    #expect(entries[0].note == "First line\nsecond line")
    #expect(entries[2].forms.map(\.text) == ["κάτι [os]", "Thing [os]"])
    #expect(entries[2].forms.allSatisfy { $0.declensions == nil })

    let native = NativeGlossaryFormat.write(entries)
    #expect(native.contains("note: First line\n  | second line\n"))
    #expect(native.contains("el: κάτι [os] []\n"))
    #expect(try NativeGlossaryFormat.parse(native, file: "t.glossary").entries == entries)

    let tbx = TBXWriter.document(entries)
    let ids = try Self.elements(in: tbx).filter { $0.name == "conceptEntry" }.compactMap {
      $0.attributes.first { $0.name == "id" }?.value
    }
    #expect(ids == ["AT_T___US_1", "_9lives", "thing"])
    let reread = try TBXReader.parse(tbx, file: "t.tbx").entries
    #expect(reread.map(\.note) == entries.map(\.note))
    #expect(reread.map(\.forms) == entries.map(\.forms))
  }

  @Test("Ids that differ only in characters TBX cannot hold stay distinct")
  func distinctIDs() throws {
    let entries = ["a b", "a/b", "a_b"].map {
      GlossaryEntry(id: $0, kind: .other, forms: [TermForm(text: "Term \($0)", language: .english)])
    }
    let ids = try Self.elements(in: TBXWriter.document(entries)).filter { $0.name == "conceptEntry" }.compactMap {
      $0.attributes.first { $0.name == "id" }?.value
    }
    #expect(ids == ["a_b", "a_b-2", "a_b-3"])
  }

  @Test("TBX v3 export keeps TBX-Basic's order and picklists", arguments: TBXWriter.Version.allCases)
  func basicConstraints(version: TBXWriter.Version) throws {
    var entries = try Self.dcaEntries().entries
    entries[1].examples.append(EntryExample(text: "Ο Σεργκέι Λαβρόφ μίλησε.", shouldMatch: true))
    let tbx = TBXWriter.document(entries, version: version)
    let termSection = version == .v3 ? "termSec" : "tig"
    var children: [String] = []
    var depth = 0
    var sawSection = false
    for element in try Self.elements(in: tbx) {
      if element.name == "/" + termSection {
        // term, then its termNotes, then everything else.
        #expect(children.first == "term")
        let notesEnd = children.dropFirst().firstIndex { $0 != "termNote" } ?? children.endIndex
        #expect(!children[notesEnd...].contains("termNote"), "\(children)")
        sawSection = true
        children = []
        depth = 0
      } else if element.name == termSection {
        depth = 1
      } else if depth > 0, !element.name.hasPrefix("/") {
        children.append(element.name)
      }
      if element.name == "termNote", element.attributes.contains(where: { $0.value == "partOfSpeech" }) {
        let allowed = version == .v3 ? ["noun"] : ["properNoun"]
        #expect(allowed.contains(element.text))
      }
    }
    #expect(sawSection)
  }

  @Test(
    "Glossa's format refuses a continuation line with nothing to continue, at its line",
    arguments: [
      ("[a]\n| more\nen: A\n", 2),
      ("[a]\nkind: place\n  | more\nen: A\n", 3),
      ("[a]\nen: A\n  | more\n", 3),
    ])
  func continuationErrors(text: String, line: Int) {
    #expect {
      try NativeGlossaryFormat.parse(text, file: "t.glossary")
    } throws: { error in
      (error as? GlossaryIssue)?.line == line
    }
  }

  /// Start and end tags in order, with the text of each element that holds only text.
  static func elements(in text: String) throws -> [(name: String, attributes: [XMLAttribute], text: String)] {
    let scanner = XMLScanner(text: text, name: "t.tbx")
    var result: [(name: String, attributes: [XMLAttribute], text: String)] = []
    var open: [Int] = []
    while let event = try scanner.next() {
      switch event {
      case .start(let name, let attributes, let isEmpty):
        result.append((name, attributes, ""))
        if isEmpty { result.append(("/" + name, [], "")) } else { open.append(result.count - 1) }
      case .end(let name):
        open.removeLast()
        result.append(("/" + name, [], ""))
      case .text(let content):
        if let last = open.last { result[last].text += content }
      }
    }
    return result
  }
}
