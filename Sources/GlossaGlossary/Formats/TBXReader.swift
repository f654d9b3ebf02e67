import GlossaNames
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads TBX glossaries: TBX v3 (`tbx`, `conceptEntry/langSec/termSec`, TBX-Basic) and TBX v2
/// (`martif`, `termEntry/langSet/tig`).
///
/// Mapping: `administrativeStatus` gives a form's ``TermStatus`` (`preferredTerm-admn-sts` …);
/// a form with `termType` `variant` and no status is admitted; `descrip type="subjectField"`
/// holding `person`, `place` or `organization` gives the ``EntryKind``; `descrip
/// type="context"` gives examples that must match, and `note`s reading `nomatch: …` or
/// `declension: …` carry what Glossa adds. External entities are never resolved. Elements
/// Glossa does not use are reported once each as warnings.
public enum TBXReader {
  /// Parses TBX text.
  ///
  /// - Throws: ``GlossaryIssue`` with the line of malformed XML, or when the file is not TBX.
  public static func parse(_ text: String, file: String) throws(GlossaryIssue) -> (
    entries: [GlossaryEntry], warnings: [GlossaryIssue]
  ) {
    let parser = XMLParser(data: Data(text.utf8))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    let handler = Handler(file: file)
    parser.delegate = handler
    let succeeded = parser.parse()
    if let issue = handler.issue { throw issue }
    // On Linux, parse() can return true after a fatal error: check the error too.
    if let (line, column, code) = handler.xmlError ?? (succeeded ? nil : (parser.lineNumber, parser.columnNumber, -1)) {
      throw GlossaryIssue(
        .error, file: file, line: line > 0 ? line : nil,
        "malformed XML at column \(column): \(XMLErrorDescription.text(forCode: code))")
    }
    guard handler.sawRoot else {
      throw GlossaryIssue(.error, file: file, line: 1, "not a TBX file: the root element is not <tbx> or <martif>")
    }
    return (handler.entries.map(\.withExamplesInOrder), handler.warnings)
  }

  private final class Handler: NSObject, XMLParserDelegate {
    let file: String
    var entries: [GlossaryEntry] = []
    var warnings: [GlossaryIssue] = []
    var issue: GlossaryIssue?
    var sawRoot = false
    /// The first XML error: line, column and libxml2 code.
    var xmlError: (Int, Int, Int)?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
      if xmlError == nil {
        xmlError = (parser.lineNumber, parser.columnNumber, (parseError as NSError).code)
      }
    }

    private var stack: [String] = []
    private var attributes: [[String: String]] = []
    private var text = ""
    private var entry: GlossaryEntry?
    private var language: TermLanguage?
    private var form: TermForm?
    private var formStatusSet = false
    private var termTypeVariant = false
    private var warned = Set<String>()
    private weak var parser: XMLParser?

    init(file: String) { self.file = file }

    private static let known: Set<String> = [
      "tbx", "martif", "tbxHeader", "martifHeader", "fileDesc", "sourceDesc", "titleStmt", "title",
      "publicationStmt", "encodingDesc", "p", "text", "body", "back", "conceptEntry", "termEntry",
      "langSec", "langSet", "termSec", "tig", "ntig", "termGrp", "term", "termNote", "descrip",
      "descripGrp", "note", "admin", "adminGrp", "transac", "transacGrp", "date", "ref", "xref",
    ]

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes attributeDict: [String: String]
    ) {
      self.parser = parser
      if stack.isEmpty {
        guard name == "tbx" || name == "martif" else {
          fail(parser, "not a TBX file: the root element is <\(name)>, expected <tbx> or <martif>")
          return
        }
        sawRoot = true
      }
      if !Self.known.contains(name), warned.insert(name).inserted {
        warnings.append(GlossaryIssue(.warning, file: file, line: parser.lineNumber, "unknown element <\(name)>; ignoring it"))
      }
      stack.append(name)
      attributes.append(attributeDict)
      text = ""
      switch name {
      case "conceptEntry", "termEntry":
        let id = attributeDict["id"] ?? "entry-\(entries.count + 1)"
        entry = GlossaryEntry(id: id, kind: .other, forms: [])
      case "langSec", "langSet":
        let tag = (attributeDict["xml:lang"] ?? attributeDict["lang"] ?? "").lowercased()
        let primary = String(tag.split(separator: "-").first ?? "")
        language = TermLanguage(rawValue: primary)
        if language == nil, warned.insert("lang:\(tag)").inserted {
          warnings.append(
            GlossaryIssue(.warning, file: file, line: parser.lineNumber, "language '\(tag)' is not el or en; skipping its terms"))
        }
      case "termSec", "tig", "ntig":
        if let language { form = TermForm(text: "", language: language) }
        formStatusSet = false
        termTypeVariant = false
      default:
        break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
      let attributeDict = attributes.popLast() ?? [:]
      stack.removeLast()
      let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
      let type = attributeDict["type"] ?? ""
      let inTerm = form != nil
      switch name {
      case "term":
        form?.text = value
      case "termNote" where inTerm:
        if type == "administrativeStatus" {
          if let status = TermStatus(tbxValue: value) {
            form?.status = status
            formStatusSet = true
          } else {
            warnings.append(GlossaryIssue(.warning, file: file, line: parser.lineNumber, "unknown administrativeStatus '\(value)'"))
          }
        } else if type == "termType" {
          termTypeVariant = value.lowercased() == "variant"
        }
      case "note":
        if value.hasPrefix("declension:"), inTerm {
          let names = value.dropFirst("declension:".count).split(separator: " ")
          let parsed = names.compactMap { Declension(rawValue: String($0)) }
          if parsed.count == names.count { form?.declensions = parsed }
        } else if value.hasPrefix("nomatch:") {
          entry?.examples.append(EntryExample(text: value.dropFirst("nomatch:".count).trimmingCharacters(in: .whitespaces), shouldMatch: false))
        } else if inTerm {
          form?.note = value
        } else if stack.last == "conceptEntry" || stack.last == "termEntry" || stack.last == "descripGrp" {
          entry?.note = value
        }
      case "descrip":
        if type == "subjectField", let kind = EntryKind(rawValue: value.lowercased()) {
          entry?.kind = kind
        } else if type == "context" {
          entry?.examples.append(EntryExample(text: value, shouldMatch: true))
        } else if type == "definition", entry?.note == nil {
          entry?.note = value
        }
      case "admin" where type == "source":
        entry?.source = value
      case "termSec", "tig", "ntig":
        if var finished = form, !finished.text.isEmpty {
          if !formStatusSet && termTypeVariant { finished.status = .admitted }
          entry?.forms.append(finished)
        }
        form = nil
      case "langSec", "langSet":
        language = nil
      case "conceptEntry", "termEntry":
        if let finished = entry {
          if finished.forms.isEmpty {
            warnings.append(GlossaryIssue(.warning, file: file, line: parser.lineNumber, "entry '\(finished.id)' has no el or en terms; skipping it"))
          } else {
            entries.append(finished)
          }
        }
        entry = nil
      default:
        break
      }
      text = ""
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
      Data()  // never fetch or read external entities
    }

    private func fail(_ parser: XMLParser, _ message: String) {
      issue = GlossaryIssue(.error, file: file, line: parser.lineNumber, message)
      parser.abortParsing()
    }
  }
}
