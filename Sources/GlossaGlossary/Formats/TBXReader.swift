import GlossaNames
import GlossaText
import GlossaXML

/// Reads TBX glossaries: TBX v3 (`tbx`, `conceptEntry/langSec/termSec`, TBX-Basic) and TBX v2
/// (`martif`, `termEntry/langSet/tig`).
///
/// Mapping: `administrativeStatus` gives a form's ``TermStatus`` (`preferredTerm-admn-sts` …);
/// a form with `termType` `variant` and no status is admitted; `descrip type="subjectField"`
/// holding `person`, `place` or `organization` gives the ``EntryKind``; `descrip
/// type="context"` gives examples that must match, and `note`s reading `nomatch: …` or
/// `declension: …` carry what Glossa adds. Elements Glossa does not use are reported once each
/// as warnings.
///
/// The XML is read by the same scanner as TMX: nothing a DTD declares is fetched or expanded
/// (a reference to such an entity is an error), and malformed XML is an error naming the
/// file, line and column.
package enum TBXReader {
  /// Parses TBX text.
  ///
  /// - Throws: ``GlossaryIssue`` with the line and column of malformed XML, or when the file
  ///   is not TBX.
  /// - Complexity: O(*n*) in the length of `text`.
  package static func parse(_ text: String, file: String) throws(GlossaryIssue) -> (
    entries: [GlossaryEntry], warnings: [InputWarning]
  ) {
    try parse(XMLScanner(text: text, name: file), file: file)
  }

  /// Reads a TBX file (or standard input for `-`) in any encoding XML allows: UTF-8, UTF-16
  /// with either byte order, or a declared ISO-8859-1 / Windows-1252.
  ///
  /// - Throws: ``GlossaryIssue`` for a missing or unreadable file, malformed XML, or a file
  ///   that is not TBX.
  package static func read(path: String) throws(GlossaryIssue) -> (entries: [GlossaryEntry], warnings: [InputWarning]) {
    let input: InputFile
    do {
      input = try InputFile(path: path)
    } catch {
      throw GlossaryIssue(file: path, line: nil, error.message, category: error.category)
    }
    return try parse(XMLScanner(file: input), file: input.name)
  }

  private static func parse(_ scanner: XMLScanner, file: String) throws(GlossaryIssue) -> (
    entries: [GlossaryEntry], warnings: [InputWarning]
  ) {
    var builder = Builder(file: file)
    do {
      while let event = try scanner.next() {
        switch event {
        case .start(let name, let attributes, let isEmpty):
          try builder.start(name, attributes: attributes, line: scanner.tokenLine)
          if isEmpty { builder.end(name, line: scanner.tokenLine) }
        case .end(let name):
          builder.end(name, line: scanner.tokenLine)
        case .text(let content):
          builder.text += content
        }
      }
    } catch let error as XMLSyntaxError {
      throw GlossaryIssue(file: file, line: error.line, column: error.column, error.message)
    } catch let issue as GlossaryIssue {
      throw issue
    } catch {
      throw GlossaryIssue(file: file, line: nil, "\(error)")
    }
    return (builder.entries.map(\.withExamplesInOrder), builder.warnings)
  }

  /// Builds entries from the elements as they open and close.
  private struct Builder {
    let file: String
    var entries: [GlossaryEntry] = []
    var warnings: [InputWarning] = []
    var text = ""

    private var stack: [String] = []
    private var attributes: [[XMLAttribute]] = []
    private var entry: GlossaryEntry?
    private var language: TermLanguage?
    private var form: TermForm?
    private var formStatusSet = false
    private var termTypeVariant = false
    private var warned = Set<String>()

    init(file: String) { self.file = file }

    private static let known: Set<String> = [
      "tbx", "martif", "tbxHeader", "martifHeader", "fileDesc", "sourceDesc", "titleStmt", "title",
      "publicationStmt", "encodingDesc", "p", "text", "body", "back", "conceptEntry", "termEntry",
      "langSec", "langSet", "termSec", "tig", "ntig", "termGrp", "term", "termNote", "descrip",
      "descripGrp", "note", "admin", "adminGrp", "transac", "transacGrp", "date", "ref", "xref",
    ]

    private func value(_ name: String, in attributes: [XMLAttribute]) -> String? {
      attributes.first { $0.name == name }?.value
    }

    private mutating func warn(_ line: Int, _ message: String) {
      warnings.append(InputWarning(file: file, line: line, message))
    }

    mutating func start(_ name: String, attributes: [XMLAttribute], line: Int) throws(GlossaryIssue) {
      if stack.isEmpty {
        guard name == "tbx" || name == "martif" else {
          throw GlossaryIssue(
            file: file, line: line, "not a TBX file: the root element is <\(name)>, expected <tbx> or <martif>")
        }
      }
      if !Self.known.contains(name), warned.insert(name).inserted {
        warn(line, "unknown element <\(name)>; ignoring it")
      }
      stack.append(name)
      self.attributes.append(attributes)
      text = ""
      switch name {
      case "conceptEntry", "termEntry":
        let id = value("id", in: attributes) ?? "entry-\(entries.count + 1)"
        entry = GlossaryEntry(id: id, kind: .other, forms: [])
      case "langSec", "langSet":
        let tag = (value("xml:lang", in: attributes) ?? value("lang", in: attributes) ?? "").lowercased()
        let primary = String(tag.split(separator: "-").first ?? "")
        language = TermLanguage(rawValue: primary)
        if language == nil, warned.insert("lang:\(tag)").inserted {
          warn(line, "language '\(tag)' is not el or en; skipping its terms")
        }
      case "termSec", "tig", "ntig":
        if let language { form = TermForm(text: "", language: language) }
        formStatusSet = false
        termTypeVariant = false
      default:
        break
      }
    }

    mutating func end(_ name: String, line: Int) {
      let elementAttributes = attributes.popLast() ?? []
      stack.removeLast()
      let value = text.trimmingWhitespace()
      let type = self.value("type", in: elementAttributes) ?? ""
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
            warn(line, "unknown administrativeStatus '\(value)'")
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
          entry?.examples.append(
            EntryExample(text: String(value.dropFirst("nomatch:".count)).trimmingWhitespace(), shouldMatch: false))
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
            warn(line, "entry '\(finished.id)' has no el or en terms; skipping it")
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
  }
}

extension String {
  /// The string without leading and trailing white space (spaces, tabs, line ends).
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
