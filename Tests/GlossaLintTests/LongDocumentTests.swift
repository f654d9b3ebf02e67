import Foundation
import GlossaDiagnostics
import GlossaText
import Testing

@testable import GlossaLint

/// A long document is checked piece by piece (in memory, or read from its file as it goes),
/// with the same findings, in the same places, as when it is checked whole.
@Suite("Long documents")
struct LongDocumentTests {
  /// Paragraphs with findings of every kind, a name spelled two ways far apart (and across
  /// pieces), an acronym in both scripts, emoji and a decomposed accent for the columns.
  static let article: String = {
    var paragraphs = ["Η αντιπροσωπεία 🇰🇵 έφτασε στην Πιονγκγιάνγκ. Η ΝΑΤΟ συνεδρίασε."]
    for number in 0..<40 {
      paragraphs.append(
        "Παράγραφος \(number): ο υπουργός Βαλεριάνοφ μίλησε στη Βουλή για το Κρεμλίνo και την Πιονγκγιάνγκ.\n"
          + "Τι θα γίνει? Η συνάντηση θα γίνει αύριο,είπε.")
    }
    paragraphs.append("Στο τέλος, ο Βαλεριάνωφ και η Πιονγια\u{301}νγκ. Μέλος του NATO.")
    return paragraphs.joined(separator: "\n\n") + "\n"
  }()

  static func linter(pieceSize: Int) -> Linter {
    var linter = Linter(lexicon: Lexicon(words: ["υπουργός", "παράγραφος", "συνάντηση", "βουλή"]))
    linter.pieceSize = pieceSize
    return linter
  }

  static func locations(_ report: FileReport) -> [String] {
    report.findings.map {
      let start = report.location(ofUTF8Offset: $0.utf8Range.lowerBound)
      let end = report.location(ofUTF8Offset: $0.utf8Range.upperBound)
      let related = $0.related.map { report.location(ofUTF8Offset: $0.utf8Range.lowerBound).description } ?? "-"
      return "\($0.ruleID) \(start)-\(end) \(related) \($0.text) \($0.message)"
    }
  }

  @Test("Pieces of a few hundred bytes find what the whole document finds", arguments: [150, 400, 1_000])
  func pieces(size: Int) throws {
    let document = Document(path: "long.txt", text: Self.article)
    #expect(document.pieceRanges(size: size).count > 3)
    let whole = try Self.linter(pieceSize: 1 << 30).lint(document)
    #expect(whole.contains { $0.ruleID == "inconsistent-spelling" && $0.text == "Βαλεριάνωφ" })
    #expect(whole.contains { $0.ruleID == "inconsistent-spelling" && $0.text == "NATO" })
    #expect(whole.contains { $0.ruleID == "mixed-script" })
    let pieced = try Self.linter(pieceSize: size).lint(document)
    #expect(pieced == whole)
  }

  @Test("Piece ranges cover the text, end at line breaks and prefer blank lines")
  func pieceRanges() {
    let document = Document(path: "long.txt", text: Self.article)
    let size = 300
    let ranges = document.pieceRanges(size: size)
    #expect(ranges.first?.lowerBound == 0)
    #expect(ranges.last?.upperBound == Self.article.utf8.count)
    let bytes = Array(Self.article.utf8)
    for (range, next) in zip(ranges, ranges.dropFirst()) {
      #expect(range.upperBound == next.lowerBound)
      #expect(range.count <= size)
      #expect(bytes[range.upperBound - 1] == 0x0A)
      // A blank line in the piece's last quarter is where it ends.
      let lastQuarter = (range.lowerBound + size * 3 / 4)..<min(range.lowerBound + size, bytes.count)
      if lastQuarter.contains(where: { $0 > 0 && bytes[$0] == 0x0A && bytes[$0 - 1] == 0x0A }) {
        #expect(bytes[range.upperBound - 2] == 0x0A, "a paragraph was cut at \(range.upperBound)")
      }
    }
    // A blank line in the last quarter wins over a later line break; one earlier does not.
    func firstEnd(_ text: String) -> Int? {
      Array(text.utf8).withUnsafeBufferPointer { TextPieces.end(in: $0, from: 0, size: 100) }
    }
    let late = String(repeating: "a", count: 80) + "\n\n" + String(repeating: "b", count: 10) + "\n"
    #expect(firstEnd(late + String(repeating: "c", count: 50)) == 82)
    let early = String(repeating: "a", count: 60) + "\n\n" + String(repeating: "b", count: 30) + "\n"
    #expect(firstEnd(early + String(repeating: "c", count: 50)) == 93)
    // A line longer than a piece is a piece of its own; the text's end needs no cut.
    #expect(firstEnd(String(repeating: "d", count: 150) + "\ne") == 151)
    #expect(firstEnd(String(repeating: "d", count: 99)) == nil)
  }

  @Test("A file read piece by piece gives the same findings at the same lines and columns", arguments: [150, 1_000])
  func streamedFile(size: Int) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-long-\(UUID().uuidString).txt")
      .path
    try ("\u{FEFF}" + Self.article).write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let document = Document(path: path, text: try TextFile.read(path))
    let linter = Self.linter(pieceSize: size)
    let whole = FileReport(document: document, findings: try Self.linter(pieceSize: 1 << 30).lint(document))
    let (findings, lines) = try linter.lintFile(at: path)
    let streamed = FileReport(path: path, locator: lines, findings: findings)
    #expect(findings == whole.findings)
    #expect(Self.locations(streamed) == Self.locations(whole))
    #expect(lines.lineCount == document.lineMap.lineCount)
  }

  @Test("Bad bytes and a line too long in a later piece name their line and byte")
  func streamedErrors() throws {
    let directory = FileManager.default.temporaryDirectory
    let path = directory.appendingPathComponent("glossa-bad-\(UUID().uuidString).txt").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    var bytes = Array(String(repeating: "Μια γραμμή κειμένου.\n", count: 50).utf8)
    let offset = bytes.count + Array("Και εδώ ".utf8).count
    bytes += Array("Και εδώ ".utf8) + [0xFF] + Array(" τέλος.\n".utf8)
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    #expect {
      _ = try Self.linter(pieceSize: 100).lintFile(at: path)
    } throws: { error in
      guard let error = error as? TextInputError else { return false }
      return error.line == 51 && error.byteOffset == offset
    }
    let (findings, _) = try Self.linter(pieceSize: 100).lintFile(at: path, lossy: true)
    #expect(findings.allSatisfy { $0.utf8Range.upperBound <= bytes.count })

    try (String(repeating: "α\n", count: 30) + String(repeating: "β", count: 500) + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    #expect {
      _ = try Self.linter(pieceSize: 100).lintFile(at: path, maximumLineLength: 400)
    } throws: { error in
      guard let error = error as? TextInputError, case .lineTooLong = error.code else { return false }
      return error.line == 31
    }
    #expect {
      _ = try TextFile.read(path, maximumLineLength: 400)
    } throws: { error in
      (error as? TextInputError)?.line == 31
    }
  }
}
