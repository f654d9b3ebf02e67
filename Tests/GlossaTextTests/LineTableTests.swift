import Foundation
import Testing

@testable import GlossaText

/// Lines and columns from the checkpointed line table, against a count from the start of the
/// line, in texts with long lines, line ends of all kinds, wide characters and a byte order mark.
@Suite("Line table")
struct LineTableTests {
  /// The location of `offset` counted scalar by scalar from the start of its line.
  static func counted(_ text: String, _ offset: Int) -> GlossaText.SourceLocation {
    let bytes = Array(text.utf8)
    var line = 1
    var lineStart = 0
    var index = 0
    while index < offset {
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    var from = lineStart
    if from == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { from = 3 }
    let before = String(decoding: bytes[min(from, offset)..<offset], as: UTF8.self)
    return GlossaText.SourceLocation(
      line: line, column: before.unicodeScalars.count + 1, utf16Column: before.utf16.count + 1)
  }

  /// A text of `count` pieces drawn with `generator`: Greek, Latin, emoji, and every line end.
  static func text(_ count: Int, _ generator: inout some RandomNumberGenerator) -> String {
    let pieces = ["Πιονγκγιάνγκ ", "Lavrov ", "😀", "\n", "\r\n", "\r", "α", " ", "e\u{301}", "中"]
    return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
  }

  @Test("Every scalar boundary of random texts is located as a count from the line start says")
  func randomTexts() {
    var generator = SystemRandomNumberGenerator()
    for round in 0..<40 {
      // Some texts are one long line, so that many checkpoints fall inside it.
      var text = Self.text(round % 4 == 0 ? 600 : 150, &generator)
      if round % 4 == 0 { text = text.filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" } }
      if round % 3 == 0 { text = "\u{FEFF}" + text }
      let map = LineMap(text)
      var offset = 0
      for scalar in text.unicodeScalars {
        #expect(
          map.location(ofUTF8Offset: offset) == Self.counted(text, offset),
          "offset \(offset) of \(text.debugDescription)")
        offset += String(scalar).utf8.count
      }
      #expect(map.location(ofUTF8Offset: offset) == Self.counted(text, offset))
    }
  }

  @Test("A file read in pieces gives the same locations as the whole text")
  func filePieces() throws {
    var generator = SystemRandomNumberGenerator()
    let text = "\u{FEFF}" + Self.text(2_000, &generator)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-lines-\(UUID().uuidString).txt")
      .path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var index = FileLineIndex(path: path)
    let bytes = Array(text.utf8)
    // Pieces cut after line ends, as the reader cuts them.
    var start = 0
    for end in bytes.indices where bytes[end] == 0x0A || end == bytes.count - 1 {
      bytes[start...end].withUnsafeBufferPointer { index.add($0, at: start) }
      start = end + 1
    }
    let map = LineMap(text)
    #expect(index.lineCount == map.lineCount)
    for offset in stride(from: 0, through: bytes.count, by: 7)
    where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
      #expect(index.location(ofUTF8Offset: offset) == map.location(ofUTF8Offset: offset), "offset \(offset)")
    }
  }
}
