import Foundation
import Testing

@testable import GlossaMemory

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("TMX writer")
struct TMXWriterTests {
  /// What an XML parser sees in a document: elements with their attributes and text.
  final class Collector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var segments: [String] = []
    var properties: [String: String] = [:]
    private var text = ""
    private var propertyType: String?

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      elements.append((name, attributes))
      text = ""
      propertyType = name == "prop" ? attributes["type"] : nil
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "seg" { segments.append(text) }
      if name == "prop", let propertyType { properties[propertyType] = text }
    }
  }

  private func parse(_ document: String) throws -> Collector {
    let parser = XMLParser(data: Data(document.utf8))
    parser.shouldResolveExternalEntities = false
    let collector = Collector()
    parser.delegate = collector
    #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
    return collector
  }

  @Test("The document is TMX 1.4b with the header attributes the standard asks for")
  func header() throws {
    let date = try #require(TMXDate("20261126T183000Z"))
    var writer = TMXWriter(sourceLanguage: "el", creationDate: date)
    writer.append(
      TranslationUnit(
        source: "Καλημέρα.", target: "Good morning.", sourceLanguage: "el", targetLanguage: "en",
        properties: [("x-glossa-confidence", "0.9500"), ("x-glossa-bead", "1-1")], creationDate: date))
    let document = writer.document()
    #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    let collector = try parse(document)
    #expect(
      collector.elements.map(\.name) == ["tmx", "header", "body", "tu", "prop", "prop", "tuv", "seg", "tuv", "seg"])
    #expect(collector.elements[0].attributes["version"] == "1.4")
    let header = collector.elements[1].attributes
    #expect(header["srclang"] == "el")
    #expect(header["segtype"] == "sentence")
    #expect(header["o-tmf"] == "Glossa")
    #expect(header["creationtool"] == "Glossa")
    #expect(header["datatype"] == "plaintext")
    #expect(header["adminlang"] == "en")
    #expect(header["creationdate"] == "20261126T183000Z")
    #expect(collector.elements[3].attributes["creationdate"] == "20261126T183000Z")
    #expect(collector.elements[6].attributes["xml:lang"] == "el")
    #expect(collector.elements[8].attributes["xml:lang"] == "en")
    #expect(collector.segments == ["Καλημέρα.", "Good morning."])
    #expect(collector.properties == ["x-glossa-confidence": "0.9500", "x-glossa-bead": "1-1"])
  }

  @Test("Markup characters are escaped and characters XML cannot carry are dropped")
  func escaping() throws {
    var writer = TMXWriter(sourceLanguage: "en")
    writer.append(
      TranslationUnit(
        source: "AT&T <b>\"quoted\"</b>\u{1}", target: "Η AT&T «εισηγμένη» > 5%", sourceLanguage: "en",
        targetLanguage: "el", properties: [("x-glossa-document", "a&b <1>.txt")], id: "doc\"1"))
    let collector = try parse(writer.document())
    #expect(collector.segments == ["AT&T <b>\"quoted\"</b>", "Η AT&T «εισηγμένη» > 5%"])
    #expect(collector.properties["x-glossa-document"] == "a&b <1>.txt")
    #expect(collector.elements.first { $0.name == "tu" }?.attributes["tuid"] == "doc\"1")
  }

  @Test("A memory without units is still a valid document")
  func empty() throws {
    let collector = try parse(TMXWriter(sourceLanguage: "el").document())
    #expect(collector.elements.map(\.name) == ["tmx", "header", "body"])
  }
}
