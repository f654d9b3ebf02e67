import Foundation
import Testing

@Suite("glossa segment")
struct SegmentCommandTests {
  @Test("One sentence per line from standard input")
  func text() throws {
    let outcome = try GlossaProcess.run(
      ["segment", "--lang", "el"], input: "Ο κ. Λαβρόφ έφτασε στην Πιονγκγιάνγκ. Τι θα συζητήσει; Άγνωστο.\n")
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput == "Ο κ. Λαβρόφ έφτασε στην Πιονγκγιάνγκ.\nΤι θα συζητήσει;\nΆγνωστο.\n")
  }

  @Test("JSON lines carry scalar offsets, line and column across input lines")
  func jsonl() throws {
    let input = "Ένα. Δύο.\r\n\u{1F600} Τρία.\n"
    let outcome = try GlossaProcess.run(["segment", "--format", "jsonl", "-"], input: input)
    let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    struct Row: Decodable, Equatable {
      var text: String
      var start: Int
      var end: Int
      var line: Int
      var column: Int
    }
    let rows = try lines.map { try JSONDecoder().decode(Row.self, from: Data($0.utf8)) }
    #expect(rows[0] == Row(text: "Ένα.", start: 0, end: 4, line: 1, column: 1))
    #expect(rows[1] == Row(text: "Δύο.", start: 5, end: 9, line: 1, column: 6))
    #expect(rows[2] == Row(text: "\u{1F600} Τρία.", start: 11, end: 18, line: 2, column: 1))
    let scalars = Array(input.unicodeScalars)
    for row in rows {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[row.start..<row.end])
      #expect(String(view) == row.text)
    }
  }

  @Test("Blank-line paragraphs fold inner line breaks into spaces")
  func blankLines() throws {
    let outcome = try GlossaProcess.run(
      ["segment", "--paragraphs", "blank-lines"], input: "Η πρόταση\nσυνεχίζει εδώ. Τέλος.\n\nΝέα.\n")
    #expect(outcome.standardOutput == "Η πρόταση συνεχίζει εδώ.\nΤέλος.\nΝέα.\n")
  }

  @Test("English, the ano teleia option and a user abbreviation list")
  func options() throws {
    let english = try GlossaProcess.run(["segment", "--lang", "en"], input: "Mr. Kim arrived. He spoke.\n")
    #expect(english.standardOutput == "Mr. Kim arrived.\nHe spoke.\n")
    let ano = try GlossaProcess.run(["segment", "--split-ano-teleia"], input: "Ήρθε· έφυγε.\n")
    #expect(ano.standardOutput == "Ήρθε·\nέφυγε.\n")

    let directory = try GlossaProcess.temporaryDirectory()
    let list = directory.appendingPathComponent("mine.txt")
    try "[title]\nΣυντρ.\n".write(to: list, atomically: true, encoding: .utf8)
    let mine = try GlossaProcess.run(
      ["segment", "--abbreviations", list.path], input: "Ο Συντρ. Κιμ μίλησε.\n")
    #expect(mine.standardOutput == "Ο Συντρ. Κιμ μίλησε.\n")

    let bad = directory.appendingPathComponent("bad.txt")
    try "[nonsense]\nx.\n".write(to: bad, atomically: true, encoding: .utf8)
    let broken = try GlossaProcess.run(["segment", "--abbreviations", bad.path], input: "x\n")
    #expect(broken.status == 65)
    #expect(broken.standardError.contains("bad.txt:1: unknown section [nonsense]"))
  }

  @Test("Files that are missing or not UTF-8 are reported; the rest are segmented")
  func badInput() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let good = directory.appendingPathComponent("good.txt")
    try "Καλά. Πολύ καλά.\n".write(to: good, atomically: true, encoding: .utf8)
    let bad = directory.appendingPathComponent("bad.txt")
    try Data([0x41, 0x0A, 0xC3, 0x28]).write(to: bad)
    let outcome = try GlossaProcess.run(["segment", bad.path, good.path])
    #expect(outcome.status == 65)
    #expect(outcome.standardError.contains("bad.txt:2: invalid UTF-8 at byte 3"))
    #expect(outcome.standardOutput.hasSuffix("Καλά.\nΠολύ καλά.\n"))
  }
}
