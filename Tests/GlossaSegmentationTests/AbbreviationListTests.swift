import Testing

@testable import GlossaSegmentation

@Suite("AbbreviationList")
struct AbbreviationListTests {
  @Test("The shipped lists parse and fill every section", arguments: SegmentationLanguage.allCases)
  func shippedLists(language: SegmentationLanguage) throws {
    let name = "abbreviations-\(language.rawValue).txt"
    let text = try #require(EmbeddedData.files[name])
    let list = try AbbreviationList(parsing: text, source: name)
    for kind in AbbreviationList.Kind.allCases {
      #expect(list.kinds.values.contains(kind), "\(name) has no [\(kind.rawValue)] entries")
    }
    #expect(list.starters.count > 20)
    #expect(AbbreviationList.builtIn(for: language) == list)
  }

  @Test("Parsing: sections, comments, missing periods, capitals")
  func parsing() throws {
    let list = try AbbreviationList(
      parsing: "# mine\n[title]\nΣτρ.\n[may-end]\nκτλ\n[starters]\nΑλλά\n", source: "mine.txt")
    #expect(list.kind(of: "Στρ.") == .title)
    #expect(list.kind(of: "κτλ.") == .mayEnd)
    #expect(list.kind(of: "Κτλ.") == .mayEnd)
    #expect(list.kind(of: "ΚΤΛ.") == .mayEnd)
    #expect(list.kind(of: "άλλο.") == nil)
    #expect(list.isStarter("Αλλά"))
  }

  @Test("Errors name the file and line")
  func errors() {
    #expect(throws: AbbreviationListError.self) {
      try AbbreviationList(parsing: "κ.\n", source: "x.txt")
    }
    do {
      _ = try AbbreviationList(parsing: "[title]\nκ.\n[bogus]\n", source: "x.txt")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("x.txt:3: unknown section [bogus]"))
    }
  }

  @Test("A user's list adds to the shipped one and changes the segmentation")
  func userList() throws {
    let mine = try AbbreviationList(parsing: "[title]\nΣυντρ.\n", source: "mine.txt")
    #expect(split("Ο Συντρ. Κιμ μίλησε.").count == 2)
    #expect(split("Ο Συντρ. Κιμ μίλησε.", .greek, SegmentationOptions(extraAbbreviations: mine)).count == 1)
  }
}
