import GlossaText
import GlossaXML

/// Writes glossaries as TBX: v3 (TBX-Basic, `conceptEntry/langSec/termSec`) or v2 (`martif`,
/// `termEntry/langSet/tig`). ``TBXReader`` reads both back without loss.
public enum TBXWriter {
  /// The TBX version to write.
  public enum Version: String, Sendable, CaseIterable {
    case v3 = "3"
    case v2 = "2"
  }

  /// Returns the TBX document for `entries`.
  public static func document(_ entries: [GlossaryEntry], version: Version = .v3, title: String = "Glossa glossary")
    -> String
  {
    let v3 = version == .v3
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    if v3 {
      out += "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
      out += "  <tbxHeader>\n    <fileDesc>\n      <titleStmt><title>\(escaped(title))</title></titleStmt>\n"
      out += "      <sourceDesc><p>Exported by Glossa</p></sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n"
    } else {
      out += "<martif type=\"TBX-Basic\" xml:lang=\"en\">\n"
      out += "  <martifHeader>\n    <fileDesc>\n      <titleStmt><title>\(escaped(title))</title></titleStmt>\n"
      out += "      <sourceDesc><p>Exported by Glossa</p></sourceDesc>\n    </fileDesc>\n  </martifHeader>\n"
    }
    out += "  <text>\n    <body>\n"
    let entryTag = v3 ? "conceptEntry" : "termEntry"
    let languageTag = v3 ? "langSec" : "langSet"
    let termTag = v3 ? "termSec" : "tig"
    var ids = Set<String>()
    for entry in entries {
      var id = xmlID(entry.id)
      if !ids.insert(id).inserted {
        var number = 2
        while !ids.insert("\(id)-\(number)").inserted { number += 1 }
        id = "\(id)-\(number)"
      }
      out += "      <\(entryTag) id=\"\(escaped(id))\">\n"
      out += "        <descrip type=\"subjectField\">\(entry.kind.rawValue)</descrip>\n"
      out += notes(entry.note, indent: "        ")
      if let source = entry.source { out += "        <admin type=\"source\">\(escaped(source))</admin>\n" }
      for example in entry.examples where !example.shouldMatch {
        out += "        <note>nomatch: \(escaped(example.text))</note>\n"
      }
      for language in TermLanguage.allCases {
        let forms = entry.forms.filter { $0.language == language }
        guard !forms.isEmpty else { continue }
        let canonical = entry.canonicalForm(in: language)
        out += "        <\(languageTag) xml:lang=\"\(language.rawValue)\">\n"
        for form in forms {
          out += "          <\(termTag)>\n"
          out += "            <term>\(escaped(form.text))</term>\n"
          out += "            <termNote type=\"administrativeStatus\">\(form.status.tbxValue)</termNote>\n"
          out += "            <termNote type=\"termType\">\(form == canonical ? "fullForm" : "variant")</termNote>\n"
          // TBX-Basic v3 allows noun, verb, adjective, adverb and other; v2's picklist had
          // properNoun.
          out += "            <termNote type=\"partOfSpeech\">\(v3 ? "noun" : "properNoun")</termNote>\n"
          if form == canonical {
            // Sentences the entry must match, as TBX contexts of the canonical term of their
            // language (by script; a sentence with no term of its language goes with the first).
            for example in entry.examples where example.shouldMatch && exampleLanguage(example, in: entry) == language {
              out += "            <descrip type=\"context\">\(escaped(example.text))</descrip>\n"
            }
          }
          if let declensions = form.declensions {
            out += "            <note>declension: \(declensions.map(\.rawValue).joined(separator: " "))</note>\n"
          }
          out += notes(form.note, indent: "            ")
          out += "          </\(termTag)>\n"
        }
        out += "        </\(languageTag)>\n"
      }
      out += "      </\(entryTag)>\n"
    }
    out += "    </body>\n  </text>\n"
    out += v3 ? "</tbx>\n" : "</martif>\n"
    return out
  }

  /// The language whose canonical term carries an example: Greek for a sentence with Greek
  /// letters when the entry has a Greek form, else English when it has one.
  private static func exampleLanguage(_ example: EntryExample, in entry: GlossaryEntry) -> TermLanguage {
    let greek = example.text.unicodeScalars.contains {
      (0x0370...0x03FF).contains($0.value) || (0x1F00...0x1FFF).contains($0.value)
    }
    if greek, entry.canonicalGreek != nil { return .greek }
    if entry.canonicalEnglish != nil { return .english }
    return .greek
  }

  /// A note as `note` elements, one per line: TBX readers join the lines of an element's
  /// text, so each line of a multi-line note is its own element (``TBXReader`` joins them
  /// back with line breaks).
  private static func notes(_ note: String?, indent: String) -> String {
    guard let note else { return "" }
    var out = ""
    for line in note.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
      out += "\(indent)<note>\(escaped(String(line)))</note>\n"
    }
    return out
  }

  /// The entry's id as an XML `ID` (TBX requires one): a name that starts with a letter or
  /// `_` and holds only letters, digits, marks, `-`, `_` and `.`. Ids Glossa makes are kept
  /// as they are; any other character becomes `_`, and a leading digit, `-` or `.` gets `_`
  /// before it.
  static func xmlID(_ id: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in id.unicodeScalars {
      let properties = scalar.properties
      let allowed =
        properties.isAlphabetic || properties.numericType == .decimal || "-_.\u{B7}".unicodeScalars.contains(scalar)
        || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
      scalars.append(allowed ? scalar : "_")
    }
    if let first = scalars.first, !(first.properties.isAlphabetic || first == "_") {
      scalars.insert("_", at: scalars.startIndex)
    }
    return scalars.isEmpty ? "_" : String(scalars)
  }

  static func escaped(_ text: String) -> String { XMLText.escaped(text) }
}
