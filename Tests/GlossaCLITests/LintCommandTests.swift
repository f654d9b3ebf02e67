import Foundation
import Testing

@Suite("glossa lint")
struct LintCommandTests {
  static let article = """
    Η αντιπροσωπεία έφτασε στην Πιονγκγιάνγκ. Οι σχέσεις Μόσχας και Πιονγκγιάνγκ βελτιώνονται.
    Ο υπουργός έφυγε από την Πιονγιάνγκ. Η ηγεσία της Βόρειας Κορέαςπρόκειται να απαντήσει.
    Ενήργησαν με αίσθηση αληθινής συντροφικότητάς.

    """

  func write(_ text: String, named name: String, in directory: URL) throws -> URL {
    let url = directory.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test("Compiler-style findings, a summary on stderr, exit 1")
  func text() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let file = try write(Self.article, named: "a.txt", in: directory)
    let outcome = try GlossaProcess.run(["lint", file.path])
    #expect(outcome.status == 1)
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].hasSuffix("[inconsistent-spelling]") && lines[0].contains("a.txt:2:26: warning: 'Πιονγιάνγκ'"))
    #expect(lines[1].contains(":2:59: warning:") && lines[1].hasSuffix("[missing-space]"))
    #expect(lines[2].hasSuffix("[double-accent]"))
    #expect(outcome.standardError.contains("3 finding(s) in 1 of 1 file(s)"))
    #expect(!outcome.standardOutput.contains("\u{1B}["))
  }

  @Test("A long file, read piece by piece, reports the same findings as the same text in a short one")
  func longFile() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let filler = String(repeating: "Η Αθήνα και η Θεσσαλονίκη συνεργάζονται στενά εδώ και χρόνια.\n\n", count: 1_500)
    let long = try write(Self.article + "\n" + filler + Self.article, named: "long.txt", in: directory)
    let short = try write(Self.article + "\n" + Self.article, named: "short.txt", in: directory)
    #expect(try long.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0 > 128 << 10)
    let longOutcome = try GlossaProcess.run(["lint", "--format", "json", long.path])
    let shortOutcome = try GlossaProcess.run(["lint", "--format", "json", short.path])
    #expect(longOutcome.status == 1)
    struct Report: Decodable {
      struct Finding: Decodable, Equatable {
        let rule: String
        let line: Int
        let column: Int
      }
      let findings: [Finding]
    }
    func findings(_ outcome: GlossaProcess.Outcome) throws -> [Report.Finding] {
      try JSONDecoder().decode(Report.self, from: Data(outcome.standardOutput.utf8)).findings
    }
    let fillerLines = 1_500 * 2
    let shifted = try findings(shortOutcome).map {
      $0.line <= 3 ? $0 : Report.Finding(rule: $0.rule, line: $0.line + fillerLines, column: $0.column)
    }
    #expect(try findings(longOutcome) == shifted)
    #expect(!shifted.isEmpty)

    // Bad bytes far into a long file: its name, the line, exit 65.
    var bytes = Array((Self.article + filler).utf8)
    let line = (Self.article + filler).split(separator: "\n", omittingEmptySubsequences: false).count
    bytes += [0xC3, 0x28, 0x0A]
    let bad = directory.appendingPathComponent("bad.txt")
    try Data(bytes).write(to: bad)
    let outcome = try GlossaProcess.run(["lint", bad.path])
    #expect(outcome.status == 65)
    #expect(outcome.standardError.contains("bad.txt:\(line): invalid UTF-8"), "\(outcome.standardError)")
  }

  @Test("--fail-on error ignores warnings; clean files exit 0")
  func failOn() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let file = try write(Self.article, named: "a.txt", in: directory)
    #expect(try GlossaProcess.run(["lint", "--fail-on", "error", file.path]).status == 0)
    let clean = try write("Η Αθήνα και η Θεσσαλονίκη.\n", named: "b.txt", in: directory)
    let outcome = try GlossaProcess.run(["lint", clean.path])
    #expect(outcome.status == 0 && outcome.standardOutput.isEmpty)
  }

  @Test("JSON and SARIF from standard input")
  func formats() throws {
    let json = try GlossaProcess.run(["lint", "--format", "json", "-"], input: Self.article)
    let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
    let findings = object?["findings"] as? [[String: Any]]
    #expect(findings?.count == 3)
    #expect(findings?.first?["file"] as? String == "<stdin>")
    let sarif = try GlossaProcess.run(["lint", "--format", "sarif", "-"], input: Self.article)
    let log = try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any]
    #expect(log?["version"] as? String == "2.1.0")
    #expect(sarif.status == 1)
  }

  @Test("--fix rewrites the file atomically and a second lint finds nothing fixable")
  func fix() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let file = try write(Self.article, named: "a.txt", in: directory)
    let dry = try GlossaProcess.run(["lint", "--fix", "--dry-run", file.path])
    #expect(dry.standardOutput.contains("-Ο υπουργός έφυγε από την Πιονγιάνγκ."))
    #expect(
      dry.standardOutput.contains(
        "+Ο υπουργός έφυγε από την Πιονγκγιάνγκ. Η ηγεσία της Βόρειας Κορέας πρόκειται να απαντήσει."))
    #expect(try String(contentsOf: file, encoding: .utf8) == Self.article)

    let fixed = try GlossaProcess.run(["lint", "--fix", file.path])
    #expect(fixed.status == 0)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("συντροφικότητας.") && text.contains("Κορέας πρόκειται") && !text.contains("Πιονγιάνγκ"))
    #expect(try GlossaProcess.run(["lint", file.path]).standardOutput.isEmpty)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
  }

  @Test(
    "Folders are searched recursively; an unreadable file gives 65, a missing one 66, and the others are still checked")
  func folders() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    _ = try write("Το Κρεμλίνo απάντησε.\n", named: "news/one.txt", in: directory)
    _ = try write("<p>Τι θα γίνει?</p>\n", named: "news/deep/two.html", in: directory)
    _ = try write("# Κάτι\n\nΠιό καλά.\n", named: "three.md", in: directory)
    _ = try write("ignored\n", named: "notes.csv", in: directory)
    try Data([0x41, 0xFF, 0x0A]).write(to: directory.appendingPathComponent("news/bad.txt"))
    let outcome = try GlossaProcess.run(["lint", directory.path])
    #expect(outcome.status == 65)
    #expect(outcome.standardError.contains("bad.txt:1: invalid UTF-8 at byte 1"))
    let rules = outcome.standardOutput.split(separator: "\n").map {
      $0.split(separator: "[").last.map { String($0.dropLast()) } ?? ""
    }
    #expect(Set(rules) == ["mixed-script", "latin-question-mark", "accented-monosyllable"])
    #expect(outcome.standardOutput.contains("two.html:1:15:"))
    let missing = try GlossaProcess.run(["lint", "no-such-dir"])
    #expect(missing.status == 66)
    #expect(missing.standardError.contains("no-such-dir: no such file or directory"))
  }

  @Test(".glossa.yml is found upward; unknown keys warn; rules switch off")
  func configuration() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    _ = try write(
      "rules:\n  double-accent: off\n  missing-space: error\ncolour: blue\n", named: ".glossa.yml", in: directory)
    let file = try write(Self.article, named: "sub/a.txt", in: directory)
    let outcome = try GlossaProcess.run(["lint", file.path], in: directory.appendingPathComponent("sub"))
    #expect(outcome.standardError.contains("unknown key 'colour'"))
    #expect(!outcome.standardOutput.contains("double-accent"))
    #expect(outcome.standardOutput.contains("error: 'Κορέαςπρόκειται'"))
  }

  @Test("--across-files and --stats")
  func acrossFiles() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    _ = try write("Η αντιπροσωπεία έφτασε στην Πιονγκγιάνγκ.\n", named: "a.txt", in: directory)
    _ = try write("Ο υπουργός έφτασε στην Πιονγκγιάνγκ χθες.\n", named: "b.txt", in: directory)
    _ = try write("Ο υπουργός έφυγε από την Πιονγιάνγκ.\n", named: "c.txt", in: directory)
    let alone = try GlossaProcess.run(["lint", directory.path])
    #expect(alone.status == 0)
    let across = try GlossaProcess.run(["lint", "--across-files", "--stats", directory.path])
    #expect(across.status == 1)
    #expect(across.standardOutput.contains("c.txt:1:26: warning: 'Πιονγιάνγκ' is spelled 'Πιονγκγιάνγκ' in "))
    #expect(across.standardOutput.contains("pyongyang (Πιονγκγιάνγκ): 3"))
    #expect(across.standardOutput.contains("      2  Πιονγκγιάνγκ (2 documents)"))
  }

  @Test("Usage errors exit 64")
  func usage() throws {
    #expect(try GlossaProcess.run(["lint"]).status == 64)
    #expect(try GlossaProcess.run(["lint", "--dry-run", "a.txt"]).status == 64)
    #expect(try GlossaProcess.run(["lint", "--format", "xml", "a.txt"]).status == 64)
  }
}
