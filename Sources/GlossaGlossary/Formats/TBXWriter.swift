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
    for entry in entries {
      out += "      <\(entryTag) id=\"\(escaped(entry.id))\">\n"
      out += "        <descrip type=\"subjectField\">\(entry.kind.rawValue)</descrip>\n"
      if let note = entry.note { out += "        <note>\(escaped(note))</note>\n" }
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
          if form == canonical {
            // Sentences the entry must match, as TBX contexts of the canonical term of their
            // language (by script; a sentence with no term of its language goes with the first).
            for example in entry.examples where example.shouldMatch && exampleLanguage(example, in: entry) == language {
              out += "            <descrip type=\"context\">\(escaped(example.text))</descrip>\n"
            }
          }
          out += "            <termNote type=\"administrativeStatus\">\(form.status.tbxValue)</termNote>\n"
          out += "            <termNote type=\"termType\">\(form == canonical ? "fullForm" : "variant")</termNote>\n"
          out += "            <termNote type=\"partOfSpeech\">properNoun</termNote>\n"
          if let declensions = form.declensions {
            out += "            <note>declension: \(declensions.map(\.rawValue).joined(separator: " "))</note>\n"
          }
          if let note = form.note { out += "            <note>\(escaped(note))</note>\n" }
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

  static func escaped(_ text: String) -> String { XMLText.escaped(text) }
}
