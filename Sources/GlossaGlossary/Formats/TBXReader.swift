import GlossaNames
import GlossaText
import GlossaXML

/// Reads TBX glossaries: TBX v3 (`tbx`, `conceptEntry/langSec/termSec`, TBX-Basic in DCA
/// style, `<termNote type="administrativeStatus">`, or DCT style,
/// `<basic:administrativeStatus>`) and TBX v2 (`martif`, `termEntry/langSet/tig`).
///
/// Mapping: `administrativeStatus` gives a form's ``TermStatus`` (`preferredTerm-admn-sts` …);
/// a form with `termType` `variant` and no status is admitted; `descrip type="subjectField"`
/// holding `person`, `place` or `organization` gives the ``EntryKind``; `descrip
/// type="context"` gives examples that must match; each `note` and `definition` is a line of
/// the entry's (or the term's) note, and `note`s reading `nomatch: …` or `declension: …` carry
/// what Glossa adds. Text is XML prose: each run of white space, line breaks and indentation
/// included, is one space. Terms, contexts and notes of languages other than Greek and English
/// are skipped, with a warning. Elements Glossa does not use are reported once each as
/// warnings.
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

  /// Parses the bytes of a TBX document in any encoding XML allows.
  ///
  /// - Throws: ``GlossaryIssue`` with the line and column of malformed XML, or when the bytes
  ///   are not TBX.
  package static func parse(bytes: [UInt8], file: String) throws(GlossaryIssue) -> (
    entries: [GlossaryEntry], warnings: [InputWarning]
  ) {
    try parse(XMLScanner(bytes: bytes, name: file), file: file)
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
          if isEmpty { builder.end(line: scanner.tokenLine) }
        case .end:
          builder.end(line: scanner.tokenLine)
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
    return (builder.entries.map(\.inWrittenOrder), builder.warnings)
  }

  /// Builds entries from the elements as they open and close.
  private struct Builder {
    let file: String
    var entries: [GlossaryEntry] = []
    var warnings: [InputWarning] = []
    var text = ""

    /// The open elements, DCT data categories already read as their DCA element.
    private var stack: [String] = []
    private var types: [String] = []
    private var entry: GlossaryEntry?
    private var language: TermLanguage?
    private var skippingLanguage = false
    private var form: TermForm?
    private var formStatusSet = false
    private var termTypeVariant = false
    private var warned = Set<String>()

    init(file: String) { self.file = file }

    private static let known: Set<String> = [
      "tbx", "martif", "tbxHeader", "martifHeader", "fileDesc", "sourceDesc", "titleStmt", "title",
      "publicationStmt", "encodingDesc", "revisionDesc", "change", "p", "text", "body", "back", "conceptEntry",
      "termEntry", "langSec", "langSet", "termSec", "tig", "ntig", "termGrp", "term", "termNote", "termNoteGrp",
      "descrip", "descripGrp", "note", "admin", "adminGrp", "adminNote", "transac", "transacGrp", "transacNote",
      "date", "ref", "xref", "refObjectSec", "refObjectList", "refObject", "item", "itemGrp", "itemSet",
    ]

    /// Elements inside text (TBX v3 and v2 inline markup): their text belongs to the element
    /// around them.
    private static let inline: Set<String> = ["hi", "foreign", "ph", "sc", "ec", "bpt", "ept", "it"]

    /// TBX-Basic's data categories and the DCA element each is written as; in DCT style
    /// (`<min:administrativeStatus>`) the category is the element's own name.
    private static let dataCategories: [String: String] = [
      "administrativeStatus": "termNote", "partOfSpeech": "termNote", "geographicalUsage": "termNote",
      "grammaticalGender": "termNote", "termLocation": "termNote", "termType": "termNote",
      "subjectField": "descrip", "context": "descrip", "definition": "descrip",
      "customerSubset": "admin", "projectSubset": "admin", "source": "admin",
      "transactionType": "transac", "responsibility": "transacNote",
      "externalCrossReference": "xref", "xGraphic": "xref", "crossReference": "ref",
    ]

    private func value(_ name: String, in attributes: [XMLAttribute]) -> String? {
      attributes.first { $0.name == name }?.value
    }

    private mutating func warn(_ line: Int, _ message: String) {
      warnings.append(InputWarning(file: file, line: line, message))
    }

    mutating func start(_ qualifiedName: String, attributes: [XMLAttribute], line: Int) throws(GlossaryIssue) {
      if stack.isEmpty {
        guard qualifiedName == "tbx" || qualifiedName == "martif" else {
          throw GlossaryIssue(
            file: file, line: line,
            "not a TBX file: the root element is <\(qualifiedName)>, expected <tbx> or <martif>")
        }
      }
      var name = qualifiedName
      var type = value("type", in: attributes) ?? ""
      if let colon = qualifiedName.lastIndex(of: ":") {
        let local = String(qualifiedName[qualifiedName.index(after: colon)...])
        if let element = Self.dataCategories[local] {
          name = element
          type = local
        }
      }
      if Self.inline.contains(name) {
        stack.append(name)
        types.append(type)
        return
      }
      if !Self.known.contains(name), warned.insert(name).inserted {
        warn(line, "unknown element <\(qualifiedName)>; ignoring it")
      }
      stack.append(name)
      types.append(type)
      text = ""
      switch name {
      case "conceptEntry", "termEntry":
        let id = value("id", in: attributes)?.collapsingWhitespace() ?? ""
        entry = GlossaryEntry(id: id.isEmpty ? "entry-\(entries.count + 1)" : id, kind: .other, forms: [])
      case "langSec", "langSet":
        let tag = (value("xml:lang", in: attributes) ?? value("lang", in: attributes) ?? "").lowercased()
        let primary = String(tag.split(separator: "-").first ?? "")
        language = TermLanguage(rawValue: primary)
        skippingLanguage = language == nil
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

    /// Closes the innermost open element (the scanner has checked that the end tag names it).
    mutating func end(line: Int) {
      guard let name = stack.popLast() else { return }
      let type = types.popLast() ?? ""
      if Self.inline.contains(name) { return }
      defer { text = "" }
      // Text in a language Glossa does not keep (its contexts, definitions, notes) is skipped
      // with its terms.
      if skippingLanguage, name != "langSec", name != "langSet" { return }
      let value = text.collapsingWhitespace()
      let inTerm = form != nil
      let parent = stack.last ?? ""
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
      case "note" where !value.isEmpty:
        if value.hasPrefix("declension:"), inTerm {
          let names = value.dropFirst("declension:".count).split(separator: " ")
          let parsed = names.compactMap { Declension(rawValue: String($0)) }
          if parsed.count == names.count { form?.declensions = parsed }
        } else if value.hasPrefix("nomatch:") {
          entry?.examples.append(
            EntryExample(text: String(value.dropFirst("nomatch:".count)).trimmingWhitespace(), shouldMatch: false))
        } else if inTerm {
          let note = form?.note
          form?.note = Self.adding(value, to: note)
        } else if entry != nil, parent != "transacGrp" {
          let note = entry?.note
          entry?.note = Self.adding(value, to: note)
        }
      case "descrip" where !value.isEmpty:
        if type == "subjectField", let kind = EntryKind(rawValue: value.lowercased()) {
          entry?.kind = kind
        } else if type == "context" {
          entry?.examples.append(EntryExample(text: value, shouldMatch: true))
        } else if type == "definition" {
          let note = entry?.note
          entry?.note = Self.adding(value, to: note)
        }
      case "admin" where type == "source" && !value.isEmpty:
        // The source of the entry, not of a context or of a term.
        if !inTerm, entry?.source == nil { entry?.source = value }
      case "termSec", "tig", "ntig":
        if var finished = form, !finished.text.isEmpty {
          if !formStatusSet && termTypeVariant { finished.status = .admitted }
          entry?.forms.append(finished)
        }
        form = nil
      case "langSec", "langSet":
        language = nil
        skippingLanguage = false
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
    }

    /// A note with one more line: each `note` (and definition) of an entry or a term is a line
    /// of the note Glossa keeps, as ``TBXWriter`` writes them back.
    private static func adding(_ line: String, to note: String?) -> String {
      guard let note, !note.isEmpty else { return line }
      return note + "\n" + line
    }
  }
}
