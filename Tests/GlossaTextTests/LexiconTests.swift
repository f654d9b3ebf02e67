import Foundation
import Testing

@testable import GlossaText

@Suite("Lexicon", .serialized)
struct LexiconTests {
  /// A Hunspell-style list in ISO-8859-7, as Debian ships the Greek one.
  static func isoList(_ lines: [String]) -> [UInt8] {
    var bytes: [UInt8] = []
    for line in lines {
      for scalar in line.unicodeScalars {
        switch scalar.value {
        case 0..<0xA0: bytes.append(UInt8(scalar.value))
        case 0x0386: bytes.append(0xB6)
        case 0x0388...0x038A: bytes.append(UInt8(scalar.value - 0x0388 + 0xB8))
        case 0x038C: bytes.append(0xBC)
        case 0x038E, 0x038F: bytes.append(UInt8(scalar.value - 0x038E + 0xBE))
        case 0x0390...0x03CE: bytes.append(UInt8(scalar.value - 0x0390 + 0xC0))
        default: Issue.record("no ISO-8859-7 byte for \(scalar)")
        }
      }
      bytes.append(0x0A)
    }
    return bytes
  }

  static func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-lexicon-\(UUID().uuidString).dic")
      .path
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
  }

  /// A new cache folder of the test's own (the process's environment is left alone: other
  /// suites run at the same time), and where it puts a named file.
  static func cacheFolder() throws -> (String, (String) -> String?) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-cache-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return (folder, { folder + "/" + $0 })
  }

  @Test("Reads Hunspell's ISO-8859-7 list: count line and flags left out, every entry found")
  func hunspellList() throws {
    let (cache, cachePath) = try Self.cacheFolder()
    let words = [
      "ελληνική", "ελληνικού", "κυβέρνηση", "Μπαγκλαντές", "Μπανγκλαντές", "Άαχεν", "Ώρα", "αϊτός", "ΐ", "ναι",
    ]
    let path = try Self.temporaryFile(Self.isoList(["\(words.count)"] + words.map { $0 + "/XY" }))
    let lexicon = try Lexicon(contentsOf: path, cachePath: cachePath)
    #expect(lexicon.count == words.count)
    for word in words { #expect(lexicon.contains(word), "\(word)") }
    #expect(!lexicon.contains("9"))
    #expect(!lexicon.contains("ελληνικ"))
    #expect(!lexicon.contains("Ελληνική"))
    #expect(lexicon.isCommonWord("Ελληνική"))
    #expect(lexicon.isCommonWord("ΝΑΙ"))  // a word without accents is found in capitals too
    #expect(!lexicon.isCommonWord("Μπανγκλαντές"))
    #expect(lexicon.isListedName("Μπανγκλαντές"))
    // The second opening reads the cached table, with the same answers.
    let cached = try FileManager.default.contentsOfDirectory(atPath: cache)
    #expect(cached.count == 1 && cached[0].hasPrefix("lexicon-"))
    let again = try Lexicon(contentsOf: path, cachePath: cachePath)
    #expect(again.count == words.count)
    #expect(words.allSatisfy(again.contains))
  }

  @Test("A damaged or truncated cache file is rebuilt, not trusted; an edited list is compiled again")
  func damagedCache() throws {
    let (cache, cachePath) = try Self.cacheFolder()
    let path = try Self.temporaryFile(Array("ένα\nδύο\n".utf8))
    _ = try Lexicon(contentsOf: path, cachePath: cachePath)
    let file =
      cache + "/" + (try #require(try FileManager.default.contentsOfDirectory(atPath: cache).first))
    let valid = try Data(contentsOf: URL(fileURLWithPath: file))
    for damaged in [Data("garbage".utf8), valid.dropLast(3)] {
      FileManager.default.createFile(atPath: file, contents: damaged)
      let lexicon = try Lexicon(contentsOf: path, cachePath: cachePath)
      #expect(lexicon.contains("δύο") && lexicon.contains("ένα") && lexicon.count == 2)
    }
    FileManager.default.createFile(atPath: path, contents: Data("ένα\nδύο\nτρία\n".utf8))
    let edited = try Lexicon(contentsOf: path, cachePath: cachePath)
    #expect(edited.count == 3 && edited.contains("τρία"))
  }

  @Test("Lower case knows final sigma; a missing list is a clear error")
  func lowerCaseAndErrors() throws {
    #expect(Lexicon.lowercased("ΚΟΡΕΑΣ") == "κορεας")
    #expect(Lexicon.lowercased("ΣΟΣ") == "σος")
    #expect(throws: TextInputError.self) { try Lexicon(contentsOf: "/no/such/el_GR.dic") }
    let memory = Lexicon(words: ["α", "β", "α"])
    #expect(memory.count == 2 && memory.contains("β") && !memory.contains("γ"))
  }
}
