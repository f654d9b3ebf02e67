import Foundation
import GlossaText

/// Glossaries as tab- or comma-separated values, as spreadsheets export them.
///
/// The first row names the columns; `el` and `en` hold canonical forms, and the others are
/// optional: `id`, `kind`, `el_admitted`, `el_deprecated`, `el_superseded` (and the `en_`
/// ones), each holding forms separated by `|`, `note` and `source`. CSV fields may be quoted
/// with `"` (a quote inside doubled). Unknown columns are warnings. Entries without an `id`
/// get one made from their English (or Greek) name. A quoted note or source may span lines;
/// forms and ids are read on one line (a line break in them is a space).
public enum DelimitedGlossaryFormat {
  /// Parses delimited text.
  package static func parse(_ text: String, file: String, separator: Character) throws(GlossaryIssue) -> (
    entries: [GlossaryEntry], warnings: [InputWarning]
  ) {
    var rows = try records(text, separator: separator, file: file)
    guard !rows.isEmpty else { return ([], []) }
    let header = rows.removeFirst().fields.map { $0.trimmed().lowercased() }
    var warnings: [InputWarning] = []
    var columns: [String: Int] = [:]
    for (index, name) in header.enumerated() {
      if Self.knownColumns.contains(name) {
        columns[name] = index
      } else {
        warnings.append(InputWarning(file: file, line: 1, "unknown column '\(name)'; ignoring it"))
      }
    }
    guard columns["el"] != nil || columns["en"] != nil else {
      throw GlossaryIssue(file: file, line: 1, "the header needs an 'el' or an 'en' column")
    }
    var entries: [GlossaryEntry] = []
    var ids = Set<String>()
    let slugger = try? Slugger()
    for row in rows {
      func field(_ name: String) -> String? {
        guard let index = columns[name], index < row.fields.count else { return nil }
        let value = row.fields[index].normalizingLines()
        return value.isEmpty ? nil : value
      }
      /// A field that holds one line: a form or an id.
      func oneLine(_ name: String) -> String? { field(name)?.collapsingWhitespace() }
      var forms: [TermForm] = []
      for language in TermLanguage.allCases {
        if let canonical = oneLine(language.rawValue) {
          forms.append(TermForm(text: canonical, language: language))
        }
        for status in [TermStatus.admitted, .deprecated, .superseded] {
          for text in (oneLine("\(language.rawValue)_\(status.rawValue)") ?? "").split(separator: "|") {
            let form = text.trimmed()
            if !form.isEmpty { forms.append(TermForm(text: form, language: language, status: status)) }
          }
        }
      }
      if forms.isEmpty { continue }
      var kind = EntryKind.other
      if let value = field("kind") {
        guard let parsed = EntryKind(rawValue: value.lowercased()) else {
          throw GlossaryIssue(file: file, line: row.line, "unknown kind '\(value)'")
        }
        kind = parsed
      }
      var id = oneLine("id") ?? slugger?.slug(for: oneLine("en") ?? oneLine("el") ?? "") ?? ""
      if id.isEmpty { id = "entry-\(row.line)" }
      if ids.contains(id) {
        guard oneLine("id") == nil else {
          throw GlossaryIssue(file: file, line: row.line, "duplicate id '\(id)'")
        }
        id += "-\(row.line)"
      }
      ids.insert(id)
      entries.append(
        GlossaryEntry(id: id, kind: kind, forms: forms, note: field("note"), source: field("source")))
    }
    return (entries, warnings)
  }

  private static let knownColumns: Set<String> = {
    var names: Set<String> = ["id", "kind", "el", "en", "note", "source"]
    for language in ["el", "en"] {
      for status in ["admitted", "deprecated", "superseded"] { names.insert("\(language)_\(status)") }
    }
    return names
  }()

  /// Writes entries as TSV with the columns this format reads.
  public static func writeTSV(_ entries: [GlossaryEntry]) -> String {
    let statuses: [TermStatus] = [.admitted, .deprecated, .superseded]
    var header = ["id", "kind", "el", "en"]
    for language in TermLanguage.allCases { header += statuses.map { "\(language.rawValue)_\($0.rawValue)" } }
    header += ["note", "source"]
    var out = header.joined(separator: "\t") + "\n"
    func clean(_ text: String?) -> String {
      (text ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
    for entry in entries {
      var row = [entry.id, entry.kind.rawValue, clean(entry.canonicalGreek), clean(entry.canonicalEnglish)]
      for language in TermLanguage.allCases {
        for status in statuses {
          row.append(
            entry.forms.filter { $0.language == language && $0.status == status }.map { clean($0.text) }.joined(
              separator: "|"))
        }
      }
      row += [clean(entry.note), clean(entry.source)]
      out += row.joined(separator: "\t") + "\n"
    }
    return out
  }

  struct Record {
    var fields: [String]
    var line: Int
  }

  /// Splits delimited text into records, honouring double-quoted fields in CSV.
  static func records(_ text: String, separator: Character, file: String) throws(GlossaryIssue) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var quoted = false
    var line = 1
    var recordLine = 1
    var atFieldStart = true
    var characters = Array(text)
    if characters.first == "\u{FEFF}" { characters.removeFirst() }
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if quoted {
        if character == "\"" {
          if index + 1 < characters.count, characters[index + 1] == "\"" {
            field.append("\"")
            index += 1
          } else {
            quoted = false
          }
        } else {
          if character == "\n" || character == "\r\n" { line += 1 }
          field.append(character)
        }
      } else if character == "\"" && atFieldStart && separator == "," {
        quoted = true
      } else if character == separator {
        fields.append(field)
        field = ""
        atFieldStart = true
        index += 1
        continue
      } else if character == "\n" || character == "\r\n" {
        fields.append(field)
        if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
        fields = []
        field = ""
        line += 1
        recordLine = line
        atFieldStart = true
        index += 1
        continue
      } else {
        field.append(character)
      }
      atFieldStart = false
      index += 1
    }
    if quoted { throw GlossaryIssue(file: file, line: recordLine, "a quoted field is never closed") }
    if !field.isEmpty || !fields.isEmpty {
      fields.append(field)
      records.append(Record(fields: fields, line: recordLine))
    }
    return records
  }
}
