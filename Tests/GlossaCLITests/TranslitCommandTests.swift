import Foundation
import Testing

@Suite("glossa translit and normalize")
struct TranslitCommandTests {
  @Test("Arguments are transliterated with ELOT 743 by default")
  func arguments() throws {
    let outcome = try GlossaProcess.run(["translit", "Ευάγγελος", "στα", "Χανιά"])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "Evangelos sta Chania\n")
    #expect(outcome.standardError.isEmpty)
  }

  @Test("Standard input is read line by line, keeping CRLF line ends")
  func standardInput() throws {
    let outcome = try GlossaProcess.run(["translit", "--scheme", "bgn"], input: "Χανιά\r\nΨυχικό\nΒόλος")
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "Khaniá\r\nPsikhikó\nVólos\n")
  }

  @Test("Slugs")
  func slugs() throws {
    let outcome = try GlossaProcess.run(["translit", "--slug"], input: "Ο Κιμ στη Μόσχα!\n«Ευχαριστώ»\n")
    #expect(outcome.standardOutput == "o-kim-sti-moscha\nefcharisto\n")
  }

  @Test("A byte order mark is dropped, files are read with -i")
  func files() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let file = directory.appendingPathComponent("in.txt")
    try Data([0xEF, 0xBB, 0xBF] + Array("Θεσσαλονίκη\n".utf8)).write(to: file)
    let outcome = try GlossaProcess.run(["translit", "-i", file.path])
    #expect(outcome.standardOutput == "Thessaloniki\n")
  }

  @Test("Invalid UTF-8 is an error naming file, line and byte, with exit status 65")
  func invalidUTF8() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let file = directory.appendingPathComponent("bad.txt")
    try Data(Array("καλά\nκα".utf8) + [0xFF] + Array("κά\n".utf8)).write(to: file)
    let outcome = try GlossaProcess.run(["translit", "-i", file.path])
    #expect(outcome.status == 65)
    #expect(outcome.standardError.contains("bad.txt:2: invalid UTF-8 at byte 13 (0xFF)"))
    #expect(outcome.standardError.split(separator: "\n").count == 1)

    let lossy = try GlossaProcess.run(["translit", "--lossy", "-i", file.path])
    #expect(lossy.status == 0)
    #expect(lossy.standardOutput == "kala\nka\u{FFFD}ka\n")
    #expect(lossy.standardError.contains("warning"))
  }

  @Test("A missing file is reported with exit status 66; other files still run")
  func missingFile() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let file = directory.appendingPathComponent("ok.txt")
    try "Βόλος\n".write(to: file, atomically: true, encoding: .utf8)
    let outcome = try GlossaProcess.run(["translit", "-i", "no-such-file.txt", "-i", file.path])
    #expect(outcome.status == 66)
    #expect(outcome.standardError == "glossa: error: no-such-file.txt: no such file\n")
    #expect(outcome.standardOutput == "Volos\n")
  }

  @Test("Usage errors exit with 64")
  func usageErrors() throws {
    #expect(try GlossaProcess.run(["translit", "--scheme", "nope", "x"]).status == 64)
    #expect(try GlossaProcess.run(["translit", "--slug", "--scheme", "bgn", "x"]).status == 64)
    #expect(try GlossaProcess.run(["translit", "-i", "a.txt", "text"]).status == 64)
  }

  @Test("Empty input gives empty output and success")
  func emptyInput() throws {
    let outcome = try GlossaProcess.run(["translit"], input: "")
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.isEmpty)
  }

  @Test("normalize --form fold and key")
  func normalize() throws {
    let fold = try GlossaProcess.run(
      ["normalize", "--form", "fold"], input: "ΟΔΟΣ Ελευθερίου\nΠρου\u{308}πο\u{301}θεση\n")
    #expect(fold.standardOutput == "οδος ελευθεριου\nπρουποθεση\n")
    let key = try GlossaProcess.run(["normalize", "--form", "key", "Κιμ Γιονγκ-Ουν!"])
    #expect(key.standardOutput == "κιμ γιονγκ ουν\n")
    let nfd = try GlossaProcess.run(["normalize", "--form", "nfd", "ά"])
    #expect(nfd.standardOutput == "α\u{301}\n")
    #expect(Array(nfd.standardOutput.unicodeScalars).count == 3)
  }

  @Test("--help shows examples on every command, --version the version")
  func help() throws {
    for command in ["translit", "normalize"] {
      let outcome = try GlossaProcess.run([command, "--help"])
      #expect(outcome.status == 0)
      #expect(outcome.standardOutput.contains("Examples:"))
    }
    let version = try GlossaProcess.run(["--version"])
    #expect(version.standardOutput.hasPrefix("glossa "))
    #expect(version.standardOutput.contains("ICU"))
  }
}
