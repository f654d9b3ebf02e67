import Foundation
import Testing

@testable import GlossaSegmentation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the rules back out of an SRX document and applies them as an SRX tool would:
/// at every position, the first rule whose before- and after-break expressions match decides.
private struct SRXReader {
  struct Rule {
    var breaks: Bool
    var before: NSRegularExpression
    var after: NSRegularExpression
  }

  var rules: [Rule] = []

  init(document: String) throws {
    final class Collector: NSObject, XMLParserDelegate {
      var rules: [(Bool, String, String)] = []
      var breaks = false
      var before = ""
      var after = ""
      var text = ""
      func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String]
      ) {
        text = ""
        if name == "rule" { breaks = attributes["break"] == "yes" }
      }
      func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
      func parser(
        _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
      ) {
        switch name {
        case "beforebreak": before = text
        case "afterbreak": after = text
        case "rule": rules.append((breaks, before, after))
        default: break
        }
      }
    }
    let parser = XMLParser(data: Data(document.utf8))
    let collector = Collector()
    parser.delegate = collector
    #expect(parser.parse(), "the SRX document is not well-formed XML")
    rules = try collector.rules.map {
      Rule(
        breaks: $0.0, before: try NSRegularExpression(pattern: "(?:" + $0.1 + ")$"),
        after: try NSRegularExpression(pattern: "^(?:" + $0.2 + ")"))
    }
  }

  func segments(_ text: String) -> [String] {
    let characters = Array(text)
    var result: [String] = []
    var start = 0
    for index in 1..<characters.count {
      let before = String(characters[start..<index])
      let after = String(characters[index...])
      for rule in rules {
        let beforeRange = NSRange(before.startIndex..., in: before)
        let afterRange = NSRange(after.startIndex..., in: after)
        guard rule.before.firstMatch(in: before, range: beforeRange) != nil,
          rule.after.firstMatch(in: after, range: afterRange) != nil
        else { continue }
        if rule.breaks {
          result.append(before.trimmingCharacters(in: .whitespaces))
          start = index
        }
        break
      }
    }
    result.append(String(characters[start...]).trimmingCharacters(in: .whitespaces))
    return result.filter { !$0.isEmpty }
  }
}

@Suite("SRX export")
struct SRXExporterTests {
  @Test("The export is SRX 2.0 XML whose expressions compile", arguments: SegmentationLanguage.allCases)
  func wellFormed(language: SegmentationLanguage) throws {
    let document = SRXExporter(language: language).document()
    #expect(document.contains("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">"))
    #expect(document.contains("languagepattern=\"\(language.rawValue)(-.*)?\""))
    let reader = try SRXReader(document: document)
    #expect(reader.rules.count > 8)
  }

  @Test(
    "Applied by an SRX engine, the Greek rules segment simple news text as glossa does",
    arguments: [
      "Ο κ. Παπαδόπουλος ήρθε. Η κα. Νικολάου έφυγε.",
      "Τι έγινε; Κανείς δεν ξέρει.",
      "Οδήγησε 100 χλμ. Το ταξίδι κράτησε δύο ώρες.",
      "Το χωριό απέχει 100 χλμ. από την Αθήνα.",
      "Ο Β. Πούτιν μίλησε. Ήρθε στις πέντε. μετά έφυγε.",
      "Είπε «δεν θα έρθω». Μετά έφυγε. Ρώτησε «γιατί;» Κανείς δεν απάντησε.",
      "Ήταν «το τέλος». Και όμως συνέχισε (όπως πάντα). Ύστερα σταμάτησε.",
    ])
  func greekBehaviour(text: String) throws {
    let reader = try SRXReader(document: SRXExporter(language: .greek).document())
    #expect(reader.segments(text) == split(text))
  }

  @Test("English rules too")
  func englishBehaviour() throws {
    let reader = try SRXReader(document: SRXExporter(language: .english).document())
    for text in ["Mr. Smith met Dr. Jones. They talked.", "Why? Because! Fine.", "See No. 5 now. It works."] {
      #expect(reader.segments(text) == split(text, .english))
    }
  }

  @Test("The ano teleia rule appears only when the option is on")
  func anoTeleia() {
    #expect(!SRXExporter(language: .greek).document().contains("·"))
    #expect(
      SRXExporter(language: .greek, options: SegmentationOptions(splitsAtAnoTeleia: true)).document().contains("·"))
  }
}
