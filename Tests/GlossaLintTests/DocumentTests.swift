import Foundation
import GlossaDiagnostics
import GlossaGlossary
import GlossaText
import Testing

@testable import GlossaLint

@Suite("Documents and markup")
struct DocumentTests {
  @Test(
    "Masking keeps every byte offset and line break",
    arguments: [
      "<p>Η <b>Πιονγκγιάνγκ</b> &amp; η Σεούλ</p>\n<script>var x = '<p>';</script>\n<!-- σχόλιο -->",
      "# Τίτλος\n\n```\nκώδικας?\n```\nΚείμενο με `κώδικα` και [σύνδεσμο](http://x.gr/?a=1).\n    εσοχή κώδικα\n",
      "<p>ανοιχτό < χωρίς κλείσιμο",
      "```\nαγκλειστο",
    ])
  func maskingKeepsOffsets(text: String) {
    for format in [Document.Format.html, .markdown] {
      let document = Document(path: "x", text: text, format: format)
      #expect(document.text.utf8.count == text.utf8.count)
      #expect(document.text.filter { $0 == "\n" }.count == text.filter { $0 == "\n" }.count)
    }
  }

  @Test("HTML: only prose is checked; tags, attributes, scripts, styles and entities are masked")
  func html() {
    let text = "<p title=\"Τι?\">Τι θα γίνει&nbsp;αύριο</p><style>a{}</style><script>Πιονγιάνγκ</script>"
    let masked = Document(path: "a.html", text: text).text
    #expect(
      !masked.contains("title") && !masked.contains("Τι?") && !masked.contains("Πιονγιάνγκ") && !masked.contains("nbsp")
    )
    #expect(masked.contains("Τι θα γίνει") && masked.contains("αύριο"))
  }

  @Test("Markdown: code and link targets are masked, text is kept")
  func markdown() {
    let text = "Δείτε [εδώ](https://x.gr/a?b) και `code?` εδώ.\n```\nfenced?\n```\nΤέλος"
    let masked = Document(path: "a.md", text: text).text
    #expect(!masked.contains("https") && !masked.contains("code?") && !masked.contains("fenced?"))
    #expect(masked.contains("[εδώ]") && masked.contains("Τέλος"))
  }

  @Test("Locations: scalar and UTF-16 columns, CRLF, a byte order mark")
  func locations() {
    let document = Document(path: "a.txt", text: "\u{FEFF}Α🙂β\r\nγδ\rε")
    let bytes = Array(document.original.utf8)
    let beta = bytes.indices.first { bytes[$0] == 0xCE && bytes[$0 + 1] == 0xB2 }!
    #expect(document.location(ofUTF8Offset: beta) == .init(line: 1, column: 3, utf16Column: 4))
    let gamma = bytes.indices.first { bytes[$0] == 0xCE && bytes[$0 + 1] == 0xB3 }!
    #expect(document.location(ofUTF8Offset: gamma).line == 2)
    let epsilon = bytes.indices.first { bytes[$0] == 0xCE && bytes[$0 + 1] == 0xB5 }!
    #expect(document.location(ofUTF8Offset: epsilon) == .init(line: 3, column: 1, utf16Column: 1))
  }

  @Test("Findings in HTML point into the original file")
  func htmlFindings() throws {
    let text = "<html><body><p class=\"x\">Το <em>Κρεμλίνo</em> απάντησε.</p></body></html>"
    let findings = try Linter().lint(Document(path: "a.html", text: text))
    #expect(findings.map(\.ruleID) == ["mixed-script"])
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[findings[0].utf8Range], as: UTF8.self) == "Κρεμλίνo")
  }

  @Test("The fixer applies non-overlapping fixes and counts them")
  func fixer() {
    let finding = { (range: Range<Int>, text: String) in
      Finding(
        ruleID: "r", severity: .warning, message: "", utf8Range: range, text: "",
        fix: Replacement(utf8Range: range, text: text))
    }
    let (text, applied) = Fixer.apply([finding(0..<1, "X"), finding(0..<2, "Y"), finding(3..<3, " ")], to: "abcd")
    #expect(text == "Xbc d")
    #expect(applied == 2)
  }

  @Test("A unified diff shows the changed lines with context")
  func diff() {
    let diff = UnifiedDiff.diff(old: "α\nβ\nγ\nδ\n", new: "α\nβ\nΓ\nδ\n", path: "f.txt")
    #expect(diff == "--- f.txt\n+++ f.txt\n@@ -1,5 +1,5 @@\n α\n β\n-γ\n+Γ\n δ\n \n")
    #expect(UnifiedDiff.diff(old: "x", new: "x", path: "f").isEmpty)
  }
}

@Suite("LintConfiguration")
struct LintConfigurationTests {
  @Test("Rules on and off, severities, glossaries, ignore list; unknown keys warn")
  func parse() throws {
    let yaml = """
      rules:
        accented-monosyllable: off
        mixed-script: note
        non-canonical-name:
          severity: error
          admitted: on
        no-such-rule: on
      glossaries:
        - my.glossary
      ignore:
        - Πιονγιάνγκ
      colour: blue
      """
    let (configuration, warnings) = try LintConfiguration.parse(yaml, file: ".glossa.yml")
    #expect(configuration.rules["accented-monosyllable"]?.isEnabled == false)
    #expect(configuration.rules["mixed-script"]?.severity == .note)
    #expect(configuration.rules["non-canonical-name"]?.severity == .error)
    #expect(configuration.options(for: NonCanonicalNameRule.self).admitted)
    #expect(configuration.glossaryPaths == ["my.glossary"])
    #expect(configuration.ignores("ΠΙΟΝΓΙΑΝΓΚ"))
    #expect(warnings.count == 2)
    #expect(
      warnings.contains {
        $0.description.hasPrefix(".glossa.yml:") && $0.message.contains("unknown rule 'no-such-rule'")
      })
    #expect(warnings.contains { $0.message.contains("unknown key 'colour'") })
  }

  @Test("Rule options are typed: unknown keys and bad values are warnings, defaults stay")
  func ruleOptions() throws {
    let yaml = """
      rules:
        non-canonical-name:
          admitted: maybe
        mixed-script:
          severity: note
          colour: red
      """
    let (configuration, warnings) = try LintConfiguration.parse(yaml, file: "c.yml")
    #expect(!configuration.options(for: NonCanonicalNameRule.self).admitted)
    #expect(configuration.rules["mixed-script"]?.severity == .note)
    #expect(warnings.map(\.line) == [3, 6])
    #expect(warnings.contains { $0.message.contains("invalid options for non-canonical-name") })
    #expect(warnings.contains { $0.message.contains("unknown key 'colour' for mixed-script") })
    let admittedText = "Η Πιονγιάνγκ απάντησε."
    var on = LintConfiguration()
    on.rules["non-canonical-name"] = .init(
      options: {
        var options = NonCanonicalNameRule.Options()
        options.admitted = true
        return options
      }())
    let glossary = Glossary.shipped
    let withAdmitted = try Linter(configuration: on, glossary: glossary).lint(
      Document(path: "a.txt", text: admittedText))
    let without = try Linter(glossary: glossary).lint(Document(path: "a.txt", text: admittedText))
    #expect(withAdmitted.filter { $0.ruleID == "non-canonical-name" }.count == 1)
    #expect(without.filter { $0.ruleID == "non-canonical-name" }.isEmpty)
  }

  @Test("A single word where a list is expected is a list of one; a wrong shape is warned about")
  func configurationShapes() throws {
    let (one, oneWarnings) = try LintConfiguration.parse("ignore: Λαβρώφ\nglossaries: names.tbx\n", file: "c.yml")
    #expect(oneWarnings.isEmpty)
    #expect(one.ignores("Λαβρώφ"))
    #expect(one.glossaryPaths == ["names.tbx"])
    let (wrong, warnings) = try LintConfiguration.parse(
      "rules: 5\nignore:\n  - Λαβρώφ\n  - {a: b}\nglossaries:\n", file: "c.yml")
    #expect(wrong.ignores("Λαβρώφ"))
    #expect(wrong.glossaryPaths.isEmpty)
    #expect(warnings.map(\.line) == [1, 4])
    #expect(warnings.first?.message.contains("'rules' takes a mapping") == true)
    #expect(warnings.last?.message.contains("'ignore' takes texts") == true)
  }

  @Test("accented-monosyllable flags foreign monosyllabic names only when asked")
  func foreignNames() throws {
    let text = "Η Φόρντ δήλωσε ότι ο Χόλτ ήρθε. Τρείς ήρθαν."
    let (configuration, warnings) = try LintConfiguration.parse(
      "rules:\n  accented-monosyllable:\n    foreign-names: on\n", file: "c.yml")
    #expect(warnings.isEmpty)
    let asked = try Linter(configuration: configuration, glossary: nil).lint(Document(path: "a.txt", text: text))
    #expect(asked.filter { $0.ruleID == "accented-monosyllable" }.map(\.text) == ["Φόρντ", "Χόλτ", "Τρείς"])
    let plain = try Linter(glossary: nil).lint(Document(path: "a.txt", text: text))
    #expect(plain.filter { $0.ruleID == "accented-monosyllable" }.map(\.text) == ["Τρείς"])
  }

  @Test("With a lexicon, common words and derived words are not names spelled two ways")
  func lexicon() throws {
    let text = """
      Η Ελληνική Ορεινή Ταξιαρχία και η διοίκηση του Ελληνικού Στρατού. Οι Ολλανδοί νίκησαν \
      της Ολλανδίας. Στο Μπαγκλαντές και στο Μπανγκλαντές. Ξανά στο Μπαγκλαντές. Η Κλήση \
      ήρθε χθες. Η Κλίση του δρόμου.
      """
    let lexicon = Lexicon(words: [
      "ελληνική", "ελληνικού", "Ολλανδοί", "Ολλανδίας", "Μπαγκλαντές", "Μπανγκλαντές", "κλήση", "κλίση",
    ])
    func flagged(_ lexicon: Lexicon?) throws -> [String] {
      try Linter(glossary: nil, lexicon: lexicon).lint(Document(path: "a.txt", text: text))
        .filter { $0.ruleID == "inconsistent-spelling" }.map(\.text)
    }
    // Both spellings of one country are listed, yet differ inside the word: still flagged.
    #expect(try flagged(lexicon) == ["Μπανγκλαντές"])
    // Without one, two words that sound alike (a call, a slope) look like one name spelled two ways.
    let withoutLexicon = try flagged(nil)
    #expect(withoutLexicon.contains("Μπανγκλαντές"))
    #expect(withoutLexicon.count > 1, "\(withoutLexicon)")
  }

  @Test(".glossa.yml is discovered upward, and its glossary paths are relative to it")
  func discovery() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-config-\(UUID().uuidString)")
    let deep = root.appendingPathComponent("a/b")
    try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(LintConfiguration.discover(from: deep.path).map { !$0.hasPrefix(root.path) } ?? true)
    try "glossaries:\n  - names.glossary\n".write(
      to: root.appendingPathComponent(".glossa.yml"), atomically: true, encoding: .utf8)
    let found = try #require(LintConfiguration.discover(from: deep.path + "/"))
    #expect(found == root.path + "/.glossa.yml")
    let (configuration, warnings) = try LintConfiguration.load(path: found)
    #expect(warnings.isEmpty)
    #expect(configuration.glossaryPaths == [root.path + "/names.glossary"])
  }

  @Test("Configured severities and switches reach the findings")
  func applied() throws {
    var configuration = LintConfiguration()
    configuration.rules["mixed-script"] = .init(severity: .note)
    configuration.rules["latin-question-mark"] = .init(isEnabled: false)
    configuration.ignoredWords = ["πιονγιανγκ"]
    let text = "Το Κρεμλίνo; Τι θα γίνει? Η Πιονγκγιάνγκ και η Πιονγιάνγκ."
    let findings = try Linter(configuration: configuration).lint(Document(path: "a.txt", text: text))
    #expect(findings.map(\.ruleID) == ["mixed-script"])
    #expect(findings[0].severity == .note)
  }

  @Test("Files that are not YAML mappings are errors")
  func errors() {
    #expect(throws: LintConfigurationError.self) {
      try LintConfiguration.parse("- a\n- b\n", file: "c.yml")
    }
    #expect(throws: LintConfigurationError.self) {
      try LintConfiguration.parse("rules: [unclosed\n", file: "c.yml")
    }
  }
}
