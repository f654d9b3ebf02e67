import GlossaNames
import GlossaText

/// Glossa's own glossary format: plain text, one field per line, one entry per block, so
/// that editing is easy and a change shows up as a one-line diff.
///
///     # People in the news
///     [kim-jong-un]
///     kind: person
///     el: Κιμ Γιονγκ Ουν [indecl indecl indecl]
///     el admitted: Κιμ Γιονγκ-Ουν
///     el deprecated: Κιμ Γιονγκ Ούν
///       note: no accent on Ουν
///     en: Kim Jong Un
///     en admitted: Kim Jong-un
///     note: Leader of North Korea since 2011.
///     match: Ο Κιμ Γιονγκ Ουν επισκέφθηκε τη Ρωσία.
///     nomatch: Η Κιμ Γιο Γιονγκ μίλησε.
///
/// - `[id]` starts an entry; an id is any text on one line (letters, digits, `-`, `_` and `.`
///   keep it valid in TBX as it is).
/// - `kind:` is `person`, `place`, `organization` or `other`.
/// - `el:` and `en:` give preferred forms (the first of each language is canonical);
///   `el admitted:`, `el deprecated:`, `el superseded:` (and `en …`) give the others.
/// - A Greek form may end with its words' declension classes in brackets (``Declension``);
///   without them they are inferred from the endings. Empty brackets, `[]`, say that none are
///   given, so a form whose text itself ends in brackets is written `κάτι [os] []`.
/// - An indented `note:` right after a form belongs to that form.
/// - `note:`, `source:`, `match:` and `nomatch:` belong to the entry.
/// - A note or source spanning lines goes on in indented lines starting with `|`:
///
///       note: Spelled two ways in the press:
///         | Πιονγκγιάνγκ and Πιονγιάνγκ.
/// - Lines starting with `#` are comments. Unknown fields are warnings; the rest is kept.
public enum NativeGlossaryFormat {
  /// Parses a glossary file.
  ///
  /// - Parameter file: The name to use in issues.
  /// - Returns: The entries and the warnings met.
  /// - Throws: ``GlossaryIssue`` (an error) for a malformed line or entry.
  package static func parse(_ text: String, file: String) throws(GlossaryIssue) -> (
    entries: [GlossaryEntry], warnings: [InputWarning]
  ) {
    var entries: [GlossaryEntry] = []
    var warnings: [InputWarning] = []
    var current: GlossaryEntry?
    var currentLine = 0
    var seenIDs: [String: Int] = [:]
    /// The field that a `|` line continues.
    var continuable: ContinuableField?

    func finish() throws(GlossaryIssue) {
      guard let entry = current else { return }
      if entry.forms.isEmpty {
        throw GlossaryIssue(file: file, line: currentLine, "entry [\(entry.id)] has no forms")
      }
      for language in TermLanguage.allCases where entry.canonicalForm(in: language) == nil {
        warnings.append(
          InputWarning(file: file, line: currentLine, "entry [\(entry.id)] has no \(language.rawValue) form"))
      }
      entries.append(entry.inWrittenOrder)
      current = nil
    }

    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = offset + 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.trimmed()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let indented = line.first == " " || line.first == "\t"
      if indented, trimmed.hasPrefix("|") {
        guard let field = continuable, current != nil else {
          throw GlossaryIssue(
            file: file, line: number, "a '|' line continues a note, source or example; none comes before it")
        }
        var rest = trimmed.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
        field.append("\n" + rest, to: &current!)
        continue
      }
      continuable = nil
      if trimmed.hasPrefix("[") {
        guard trimmed.hasSuffix("]") else {
          throw GlossaryIssue(file: file, line: number, "expected '[id]', found '\(trimmed)'")
        }
        try finish()
        let id = String(trimmed.dropFirst().dropLast()).trimmed()
        guard !id.isEmpty, !id.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
          throw GlossaryIssue(file: file, line: number, "invalid entry id '\(id)'")
        }
        if let first = seenIDs[id] {
          throw GlossaryIssue(file: file, line: number, "duplicate entry id '\(id)' (first at line \(first))")
        }
        seenIDs[id] = number
        current = GlossaryEntry(id: id, kind: .other, forms: [])
        currentLine = number
        continue
      }
      guard let colon = trimmed.firstIndex(of: ":") else {
        throw GlossaryIssue(file: file, line: number, "expected 'field: value', found '\(trimmed)'")
      }
      guard current != nil else {
        throw GlossaryIssue(file: file, line: number, "'\(trimmed)' comes before any [id]")
      }
      let key = String(trimmed[..<colon]).trimmed()
      let value = String(trimmed[trimmed.index(after: colon)...]).trimmed()
      if indented, key == "note", !(current!.forms.isEmpty) {
        current!.forms[current!.forms.count - 1].note = value
        continuable = .formNote
        continue
      }
      guard !value.isEmpty else {
        throw GlossaryIssue(file: file, line: number, "'\(key)' has no value")
      }
      switch key {
      case "kind":
        guard let kind = EntryKind(rawValue: value) else {
          throw GlossaryIssue(
            file: file, line: number,
            "unknown kind '\(value)'; expected person, place, organization or other")
        }
        current!.kind = kind
      case "note":
        current!.note = value
        continuable = .note
      case "source":
        current!.source = value
        continuable = .source
      case "match":
        current!.examples.append(EntryExample(text: value, shouldMatch: true))
        continuable = .example
      case "nomatch":
        current!.examples.append(EntryExample(text: value, shouldMatch: false))
        continuable = .example
      default:
        let parts = key.split(separator: " ")
        guard let language = parts.first.flatMap({ TermLanguage(rawValue: String($0)) }), parts.count <= 2 else {
          warnings.append(InputWarning(file: file, line: number, "unknown field '\(key)'; ignoring it"))
          continue
        }
        var status = TermStatus.preferred
        if parts.count == 2 {
          guard let parsed = TermStatus(rawValue: String(parts[1])) else {
            warnings.append(
              InputWarning(file: file, line: number, "unknown status '\(parts[1])'; ignoring the line"))
            continue
          }
          status = parsed
        }
        current!.forms.append(try form(value, language: language, status: status, file: file, line: number))
      }
    }
    try finish()
    return (entries, warnings)
  }

  private static func form(
    _ value: String, language: TermLanguage, status: TermStatus, file: String, line: Int
  ) throws(GlossaryIssue) -> TermForm {
    var text = value
    var declensions: [Declension]?
    if text.hasSuffix("[]") {
      text = String(text.dropLast(2)).trimmed()
    } else if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
      let names = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: " ")
      var parsed: [Declension] = []
      for name in names {
        guard let declension = Declension(rawValue: String(name)) else {
          throw GlossaryIssue(
            file: file, line: line,
            "unknown declension '\(name)'; expected one of \(Declension.allCases.map(\.rawValue).joined(separator: ", "))"
          )
        }
        parsed.append(declension)
      }
      text = String(text[..<open]).trimmed()
      let wordCount = text.split(whereSeparator: { $0 == " " || $0 == "-" }).count
      guard parsed.count == wordCount || parsed.count == 1 else {
        throw GlossaryIssue(
          file: file, line: line,
          "'\(text)' has \(wordCount) words but \(parsed.count) declensions")
      }
      declensions = parsed.count == 1 && wordCount > 1 ? Array(repeating: parsed[0], count: wordCount) : parsed
    }
    guard !text.isEmpty else { throw GlossaryIssue(file: file, line: line, "empty form") }
    return TermForm(text: text, language: language, status: status, declensions: declensions)
  }

  /// Writes entries in this format, in a stable order, so that a round trip is lossless.
  public static func write(_ entries: [GlossaryEntry], header: String? = nil) -> String {
    var output = ""
    if let header {
      for line in header.split(separator: "\n", omittingEmptySubsequences: false) { output += "# \(line)\n" }
      output += "\n"
    }
    for (index, entry) in entries.enumerated() {
      if index > 0 { output += "\n" }
      output += "[\(entry.id)]\n"
      output += "kind: \(entry.kind.rawValue)\n"
      for language in TermLanguage.allCases {
        for form in entry.forms where form.language == language {
          let key = form.status == .preferred ? language.rawValue : "\(language.rawValue) \(form.status.rawValue)"
          var value = form.text
          if let declensions = form.declensions {
            value += " [\(declensions.map(\.rawValue).joined(separator: " "))]"
          } else if value.hasSuffix("]") {
            value += " []"
          }
          output += "\(key): \(value)\n"
          if let note = form.note, !note.isEmpty { output += field("note", note, indent: "  ") }
        }
      }
      if let note = entry.note, !note.isEmpty { output += field("note", note) }
      if let source = entry.source, !source.isEmpty { output += field("source", source) }
      for example in entry.inWrittenOrder.examples where !example.text.isEmpty {
        output += field(example.shouldMatch ? "match" : "nomatch", example.text)
      }
    }
    return output
  }

  /// One field, its later lines as indented `|` lines.
  private static func field(_ key: String, _ value: String, indent: String = "") -> String {
    let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
    var output = "\(indent)\(key): \(lines[0])\n"
    for line in lines.dropFirst() { output += "\(indent)  |\(line.isEmpty ? "" : " ")\(line)\n" }
    return output
  }

  /// A field whose value may go on in `|` lines.
  private enum ContinuableField {
    case note, source, example, formNote

    func append(_ text: String, to entry: inout GlossaryEntry) {
      switch self {
      case .note: entry.note = (entry.note ?? "") + text
      case .source: entry.source = (entry.source ?? "") + text
      case .example:
        if !entry.examples.isEmpty { entry.examples[entry.examples.count - 1].text += text }
      case .formNote:
        if !entry.forms.isEmpty {
          entry.forms[entry.forms.count - 1].note = (entry.forms[entry.forms.count - 1].note ?? "") + text
        }
      }
    }
  }
}
