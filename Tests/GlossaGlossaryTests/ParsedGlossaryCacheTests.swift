import Foundation
import GlossaText
import Testing

@testable import GlossaGlossary

@Suite("Parsed glossary cache")
struct ParsedGlossaryCacheTests {
  static let parsed = try! NativeGlossaryFormat.parse(GlossaryFormatTests.sample, file: "sample.glossary")

  /// A glossary file big enough to be cached: numbered people with Greek and English forms.
  static func bigGlossary() -> String {
    var text = ""
    var index = 0
    while text.utf8.count < ParsedGlossaryCache.minimumFileSize {
      text +=
        "[person-\(index)]\nkind: person\nel: Γιάννης Παπαδόπουλος \(index)\nen: Giannis Papadopoulos \(index)\n\n"
      index += 1
    }
    return text
  }

  @Test("Entries and warnings come back from the binary form exactly")
  func roundTrip() throws {
    let warning = InputWarning(file: "a.tbx", line: 3, column: 7, "unknown element")
    let encoded = ParsedGlossaryCache.encode((Self.parsed.entries, [warning, InputWarning(file: "b", "no place")]))
    let decoded = try #require(ParsedGlossaryCache.decode(encoded))
    #expect(decoded.entries == Self.parsed.entries)
    #expect(decoded.entries.flatMap(\.forms).contains { $0.declensions != nil })
    #expect(decoded.warnings == [warning, InputWarning(file: "b", "no place")])
  }

  @Test("A truncated or altered cache file is not read")
  func damaged() {
    let encoded = ParsedGlossaryCache.encode((Self.parsed.entries, []))
    for length in [0, 10, encoded.count / 2, encoded.count - 1] {
      #expect(ParsedGlossaryCache.decode(Array(encoded.prefix(length))) == nil)
    }
    var altered = encoded
    altered[altered.count / 2] = 0xFF
    #expect(
      ParsedGlossaryCache.decode(altered) == nil || ParsedGlossaryCache.decode(altered)!.entries != Self.parsed.entries)
  }

  @Test("A large file is parsed once; an edited one is parsed again")
  func cachesByContent() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-cache-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/big.glossary"
    try Self.bigGlossary().write(toFile: file, atomically: true, encoding: .utf8)
    var parses = 0
    func load() throws -> [GlossaryEntry] {
      let parse = { () throws(GlossaryIssue) in
        parses += 1
        return try GlossaryFileFormat.parse(file: file)
      }
      return try ParsedGlossaryCache.parsed(file: file, cachePath: { folder + "/" + $0 }, parse: parse).entries
    }
    let first = try load()
    let second = try load()
    #expect(parses == 1)
    #expect(first == second)
    #expect(first.count > 10)
    // Edited: one entry fewer, parsed again.
    try (Self.bigGlossary().replacingOccurrences(of: "[person-0]", with: "[person-x]"))
      .write(toFile: file, atomically: true, encoding: .utf8)
    let third = try load()
    #expect(parses == 2)
    #expect(third.contains { $0.id == "person-x" })
  }

  @Test("Cached glossaries of paths no longer used are removed, the newest kept")
  func pruned() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-cache-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let limit = ParsedGlossaryCache.maximumCachedFiles
    for number in 0..<(limit + 5) {
      let path = folder + "/glossary-\(number).bin"
      FileManager.default.createFile(atPath: path, contents: Data([1]))
      let date = Date(timeIntervalSince1970: TimeInterval(1_000_000 + number * 60))
      try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }
    FileManager.default.createFile(atPath: folder + "/lexicon-1.bin", contents: Data([1]))
    let file = folder + "/big.glossary"
    try Self.bigGlossary().write(toFile: file, atomically: true, encoding: .utf8)
    _ = try ParsedGlossaryCache.parsed(
      file: file, cachePath: { folder + "/" + $0 },
      parse: { () throws(GlossaryIssue) in try GlossaryFileFormat.parse(file: file) })
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    #expect(names.filter { $0.hasPrefix("glossary-") }.count == limit)
    #expect(!names.contains("glossary-0.bin") && names.contains("glossary-\(limit + 4).bin"))
    #expect(names.contains("lexicon-1.bin"))
  }

  @Test("A small file is parsed every time, without a cache file")
  func smallFilesUncached() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-cache-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/small.glossary"
    try GlossaryFormatTests.sample.write(toFile: file, atomically: true, encoding: .utf8)
    var parses = 0
    for _ in 0..<2 {
      let parse = { () throws(GlossaryIssue) in
        parses += 1
        return try GlossaryFileFormat.parse(file: file)
      }
      _ = try ParsedGlossaryCache.parsed(file: file, cachePath: { folder + "/" + $0 }, parse: parse)
    }
    #expect(parses == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["small.glossary"])
  }
}
