import Foundation
import GlossaText
import GlossaXML
import Testing

@testable import GlossaMemory

/// Reads every unit of a TMX file.
func readAll(_ path: String) throws -> (header: TMXHeader, units: [TMXUnit], warnings: [InputWarning]) {
  let reader = try TMXReader(path: path)
  let header = try reader.readHeader()
  var units: [TMXUnit] = []
  while let unit = try reader.next() { units.append(unit) }
  return (header, units, reader.warnings)
}

func fixturePath(_ name: String) throws -> String {
  try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil)).path
}

/// Writes `bytes` to a new temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String = "test.tmx") throws -> String {
  let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-memory-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  let url = directory.appendingPathComponent(name)
  try Data(bytes).write(to: url)
  return url.path
}

@Suite("TMX reader")
struct TMXReaderTests {
  @Test("OmegaT's shape: upper-case languages, dated tuv, props, a comment in the body")
  func omegat() throws {
    let (header, units, warnings) = try readAll(try fixturePath("omegat-style.tmx"))
    #expect(header.version == "1.4")
    #expect(header[attribute: "creationtool"] == "OmegaT")
    #expect(header.sourceLanguage == "EL")
    #expect(units.count == 2)
    #expect(warnings.isEmpty)
    let first = units[0]
    #expect(first.variants.map(\.language) == ["EL", "EN-GB"])
    #expect(first.variant(in: "el")?.segment?.text == "Η κυβέρνηση ανακοίνωσε νέα μέτρα.")
    #expect(first.variant(in: "en-gb")?[attribute: "changeid"] == "maria")
    #expect(units[1].properties == [TMXProperty(type: "file", value: "politics/housing.txt")])
  }

  @Test("Okapi's shape: inline codes kept as markup, left out of the text")
  func okapi() throws {
    let (_, units, _) = try readAll(try fixturePath("okapi-style.tmx"))
    #expect(units.map(\.id) == ["housing_1", "housing_2", "housing_3"])
    let greek = try #require(units[0].variant(in: "el")?.segment)
    #expect(greek.text == "Ο Κωστής Χατζηδάκης μίλησε για «ιστορική στιγμή».")
    #expect(
      greek.markup.contains(
        "<bpt i=\"1\" type=\"bold\" x=\"1\">&lt;b&gt;</bpt>Κωστής Χατζηδάκης<ept i=\"1\">&lt;/b&gt;</ept>"))
    #expect(greek.hasInlineMarkup)
    let link = try #require(units[1].variant(in: "en")?.segment)
    #expect(link.text == "See the programme & the terms.")
    #expect(link.markup.contains("&amp;c=2"))
    #expect(units[1].notes == [TMXNote("Checked by the desk.")])
    // hi is text with formatting: its words stay in the text.
    #expect(units[2].variant(in: "en")?.segment?.text == "The deadline is 30 April.")
  }

  @Test("Trados's shape: region tags in any case, usage counts, three languages, gaps reported")
  func trados() throws {
    let (header, units, warnings) = try readAll(try fixturePath("trados-style.tmx"))
    #expect(header.sourceLanguage == "el-GR")
    #expect(header.properties.map(\.type) == ["x-Recognizers", "x-TMName"])
    #expect(units.count == 4)
    #expect(units[0][attribute: "usagecount"] == "3")
    #expect(units[1].variants.count == 3)
    #expect(units[1].variant(in: "el-gr")?.language == "EL-gr")
    #expect(units[3].variant(in: "en-US")?.segment == nil)
    #expect(warnings.count == 1)
    #expect(warnings.first?.line == 41)
    #expect(warnings.first?.message.contains("without <seg>") == true)

    let pairs = units.flatMap { TranslationUnit.units(from: $0, sourceLanguage: "el-GR") }
    // No Greek in the third unit, no English in the fourth.
    #expect(pairs.map(\.targetLanguage) == ["en-US", "en-US", "de-DE"])
    #expect(pairs[0].usageCount == 3)
    #expect(pairs[0].changeUser == "NEWSROOM\\desk")
    #expect(pairs[0].creationDate == TMXDate("20250110T081500Z"))
  }

  @Test("TMX 1.1: lang instead of xml:lang, CDATA and character references")
  func tmx11() throws {
    let (header, units, _) = try readAll(try fixturePath("tmx11-style.tmx"))
    #expect(header.version == "1.1")
    #expect(units[0].variants.map(\.language) == ["EN", "EL"])
    #expect(units[1].variant(in: "en")?.segment?.text == "Tom & Jerry <live>")
    #expect(units[1].variant(in: "el")?.segment?.text == "Τομ & Τζέρι <live>")
  }

  @Test("UTF-16 in both byte orders, with and without a byte order mark, and Windows-1252")
  func encodings() throws {
    let text = try String(contentsOfFile: try fixturePath("okapi-style.tmx"), encoding: .utf8)
    let expected = try readAll(try fixturePath("okapi-style.tmx")).units
    let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [[0xFF, 0xFE] + little, [0xFE, 0xFF] + big, little, big, [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
      #expect(try readAll(try temporaryFile(bytes)).units == expected)
    }
    let latin: [UInt8] =
      Array(
        "<?xml version=\"1.0\" encoding=\"windows-1252\"?><tmx version=\"1.4\"><header srclang=\"fr\"/><body><tu><tuv xml:lang=\"fr\"><seg>"
          .utf8)
      + [0x43, 0x61, 0x66, 0xE9, 0x20, 0x80] + Array("</seg></tuv></tu></body></tmx>".utf8)
    #expect(try readAll(try temporaryFile(latin)).units.first?.variants.first?.segment?.text == "Café €")
  }

  @Test(
    "Malformed files fail with the file, line and column",
    arguments: [
      (
        "<tmx version=\"1.4\"><header/><body>\n<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>",
        "2:30: </tuv> found where </seg> was expected"
      ),
      (
        "<tmx version=\"1.4\"><header/><body><tu>\n  <tuv xml:lang=\"en\"><seg>R&D</seg></tuv></tu></body></tmx>",
        "2:28: '&' that starts no reference"
      ),
      (
        "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=en><seg>x</seg></tuv></tu></body></tmx>",
        "1:53: the value of xml:lang in <tuv> must be in quotes"
      ),
      ("<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>cut off", "the file ends inside <seg>"),
      ("<html><body></body></html>", "not a TMX file"),
      ("", "no XML element found"),
      (
        "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>&euro;</seg></tuv></tu></body></tmx>",
        "unknown entity &euro;"
      ),
      // A NUL would cut the segment short; XML allows no control characters but tab and line ends.
      (
        "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>one\u{0}two</seg></tuv></tu></body></tmx>",
        "1:66: a control character (U+0000) is not allowed in XML"
      ),
      (
        "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\" o-x=\"a\u{1B}b\"><seg>x</seg></tuv></tu></body></tmx>",
        "a control character (U+001B) is not allowed in XML"
      ),
      (
        "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg><![CDATA[a\u{7}b]]></seg></tuv></tu></body></tmx>",
        "a control character (U+0007) is not allowed in XML"
      ),
      (
        "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>a&#1;b</seg></tuv></tu></body></tmx>",
        "&#1; is not a character XML allows"
      ),
      (
        "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>a ]]> b</seg></tuv></tu></body></tmx>",
        "']]>' in text"
      ),
      (
        "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\" 1x=\"a\"><seg>x</seg></tuv></tu></body></tmx>",
        "1:58: the attribute name '1x' does not start with a letter"
      ),
      (
        "<?xml version=\"1.0\"?>\n<?xml version=\"1.0\"?><tmx version=\"1.4\"><header/><body></body></tmx>",
        "2:1: an XML declaration is allowed only at the start of the file"
      ),
      (
        "<!DOCTYPE tmx junk [ <!ELEMENT tmx ANY> ]><tmx version=\"1.4\"><header/><body></body></tmx>",
        "1:15: unexpected text in the document type declaration"
      ),
      // Found by fuzzing against libxml2: the declaration, processing instructions, comments,
      // the document type's place and contents, names, and characters in what is skipped.
      ("<?xml encoding=\"UTF-8\"?><tmx version=\"1.4\"/>", "'encoding' is not expected here"),
      ("<?xml version=\"2.0\"?><tmx version=\"1.4\"/>", "'2.0' is not a valid version"),
      ("<?xml version=\"1.0\" standalone=\"maybe\"?><tmx version=\"1.4\"/>", "'maybe' is not a valid standalone"),
      ("<?xml version=1.0?><tmx version=\"1.4\"/>", "the value of version must be in quotes"),
      ("<?xml version=\"1.0\"encoding=\"UTF-8\"?><tmx version=\"1.4\"/>", "expected a space in the XML declaration"),
      ("<?XML version=\"1.0\"?><tmx version=\"1.4\"/>", "1:1: an XML declaration is allowed only at the start"),
      ("<tmx version=\"1.4\"><?target\"data\"?><header/><body/></tmx>", "expected a space after the processing"),
      ("<tmx version=\"1.4\"><? data?><header/><body/></tmx>", "expected a name in the processing instruction"),
      ("<tmx version=\"1.4\"><!-- a -- b --><header/><body/></tmx>", "'--' inside a comment"),
      ("<tmx version=\"1.4\"><!-- a\u{1}b --><header/><body/></tmx>", "a control character (U+0001)"),
      ("<tmx version=\"1.4\"><!-- \u{FFFF} --><header/><body/></tmx>", "U+FFFF is not allowed in XML"),
      ("<tmx version=\"1.4\"><header/><!DOCTYPE tmx><body/></tmx>", "a document type declaration is allowed only once"),
      ("<!DOCTYPE tmx [<!ELEMENT tmx ANY>]><tmx version=\"1.4\"/>", "declares elements, attributes or notations"),
      ("<!DOCTYPE tmx [<!ATTLIST tmx version CDATA \"1.4\">]><tmx/>", "declares elements, attributes or notations"),
      ("<!DOCTYPE tmx [<!ENTITY a \"x\" junk>]><tmx version=\"1.4\"/>", "expected '>' to close the entity declaration"),
      ("<!DOCTYPE tmx [<!ENTITY a \"R&D\">]><tmx version=\"1.4\"/>", "'&' that starts no reference"),
      ("<!DOCTYPE tmx [%pe;]><tmx version=\"1.4\"/>", "a parameter entity reference"),
      ("<!DOCTYPE tmx PUBLIC \"a{b}\" \"tmx14.dtd\"><tmx version=\"1.4\"/>", "not allowed in a public identifier"),
      ("<tmx version=\"1.4\"><header/><body><tu×/></body></tmx>", "holds U+00D7, which names may not"),
    ])
  func malformed(xml: String, message: String) throws {
    let path = try temporaryFile(Array(xml.utf8), name: "broken.tmx")
    let error = try #require(throws: XMLSyntaxError.self) { try readAll(path) }
    #expect(error.description.hasPrefix(path + ":"))
    #expect(error.description.contains(message), "\(error)")
  }

  @Test("A file that is UTF-16 may not name an encoding that does not exist")
  func utf16Label() throws {
    let text = "<?xml version=\"1.0\" encoding=\"UTF-61\"?><tmx version=\"1.4\"><header/><body/></tmx>"
    let path = try temporaryFile(
      [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, name: "u.tmx")
    let error = try #require(throws: XMLSyntaxError.self) { try readAll(path) }
    #expect(error.description.contains("the file is UTF-16 but its declaration names the encoding 'UTF-61'"))
  }

  @Test("Entities declared in the document type are never expanded, nor fetched")
  func entities() throws {
    let bomb = """
      <?xml version="1.0"?>
      <!DOCTYPE tmx [
        <!ENTITY a "aaaaaaaaaa">
        <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
        <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
        <!ENTITY secret SYSTEM "file:///etc/passwd">
      ]>
      <tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&c;</seg></tuv></tu></body></tmx>
      """
    let error = try #require(throws: XMLSyntaxError.self) { try readAll(try temporaryFile(Array(bomb.utf8))) }
    #expect(error.message.contains("does not expand entities"))
    #expect(error.line == 8)
    let external = bomb.replacingOccurrences(of: "<seg>&c;</seg>", with: "<seg>&secret;</seg>")
    #expect(throws: XMLSyntaxError.self) { try readAll(try temporaryFile(Array(external.utf8))) }
  }

  @Test("A missing file is an input error")
  func missing() {
    #expect(throws: TextInputError.self) { try TMXReader(path: "/nonexistent/memory.tmx") }
  }

  @Test("Reading, writing and reading again keeps everything")
  func roundTrip() throws {
    for name in ["omegat-style.tmx", "okapi-style.tmx", "trados-style.tmx", "tmx11-style.tmx"] {
      let (header, units, _) = try readAll(try fixturePath(name))
      let source = try #require(header.sourceLanguage)
      let pairs = units.flatMap { TranslationUnit.units(from: $0, sourceLanguage: source) }
      var writer = TMXWriter(sourceLanguage: source)
      for pair in pairs { writer.append(pair) }
      let path = try temporaryFile(Array(writer.document().utf8))
      let (again, reread, warnings) = try readAll(path)
      #expect(warnings.isEmpty)
      #expect(again.sourceLanguage == source)
      #expect(reread.flatMap { TranslationUnit.units(from: $0, sourceLanguage: source) } == pairs, "\(name)")
    }
  }
}
