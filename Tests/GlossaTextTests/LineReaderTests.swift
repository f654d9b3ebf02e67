import Foundation
import Testing

@testable import GlossaText

@Suite("LineReader and TextFile")
struct LineReaderTests {
  func file(_ bytes: [UInt8]) throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("glossa-linereader-\(UUID().uuidString).txt")
    try Data(bytes).write(to: url)
    return url.path
  }

  func lines(of path: String, lossy: Bool = false, limit: Int = LineReader.defaultMaximumLineLength) throws
    -> [InputLine]
  {
    let reader = try LineReader(path: path, lossy: lossy, maximumLineLength: limit)
    var lines: [InputLine] = []
    while let line = try reader.next() { lines.append(line) }
    return lines
  }

  @Test("Line ends are kept per line; a last line without one is still read")
  func lineEnds() throws {
    let path = try file(Array("ένα\r\nδύο\n\nτρία".utf8))
    let read = try lines(of: path)
    #expect(read.map(\.text) == ["ένα", "δύο", "", "τρία"])
    #expect(read.map(\.terminator) == ["\r\n", "\n", "\n", ""])
    #expect(read.map(\.number) == [1, 2, 3, 4])
    #expect(read.map(\.byteOffset) == [0, 8, 15, 16])
  }

  @Test("A byte order mark is skipped; offsets still count it")
  func byteOrderMark() throws {
    let path = try file([0xEF, 0xBB, 0xBF] + Array("Κουρσκ\nΜόσχα".utf8))
    let read = try lines(of: path)
    #expect(read.map(\.text) == ["Κουρσκ", "Μόσχα"])
    #expect(read[0].byteOffset == 3)
  }

  @Test("Lines spanning the 1 MiB read blocks come out whole")
  func blockBoundaries() throws {
    let long = String(repeating: "αβγδε ", count: 200_000)  // 2.2 MB
    let path = try file(Array("πρώτη\n\(long)\nτελευταία\n".utf8))
    let read = try lines(of: path)
    #expect(read.count == 3)
    #expect(read[1].text == long)
    #expect(read[2].text == "τελευταία")
  }

  @Test(
    "Invalid UTF-8 names the line and the byte",
    arguments: [
      ([0x61, 0x0A, 0x62, 0xFF], 2, 3),  // a stray 0xFF
      ([0xC0, 0xAF], 1, 0),  // an overlong slash
      ([0x61, 0xED, 0xA0, 0x80], 1, 2),  // a UTF-16 surrogate encoded in UTF-8
      ([0x0A, 0x0A, 0xCE], 3, 2),  // a truncated Greek letter at the end
      ([0xF4, 0x90, 0x80, 0x80], 1, 1),  // above U+10FFFF
    ] as [([UInt8], Int, Int)])
  func invalidUTF8(bytes: [UInt8], line: Int, offset: Int) throws {
    let path = try file(bytes)
    #expect {
      _ = try lines(of: path)
    } throws: { error in
      guard let error = error as? TextInputError else { return false }
      return error.line == line && error.byteOffset == offset && error.isDataError
    }
    #expect {
      _ = try TextFile.read(path)
    } throws: { error in
      (error as? TextInputError)?.line == line && (error as? TextInputError)?.byteOffset == offset
    }
  }

  @Test("Lossy reading replaces bad bytes and counts the lines")
  func lossy() throws {
    let path = try file(Array("ok\nκα".utf8) + [0xFF] + Array("λά".utf8))
    let reader = try LineReader(path: path, lossy: true)
    #expect(try reader.next()?.text == "ok")
    #expect(try reader.next()?.text == "κα\u{FFFD}λά")
    #expect(reader.replacedLineCount == 1)
    #expect(try TextFile.read(path, lossy: true) == "ok\nκα\u{FFFD}λά")
  }

  @Test("A line over the limit is an error naming the line")
  func lineTooLong() throws {
    let path = try file(Array("σύντομη\n\(String(repeating: "x", count: 5000))\n".utf8))
    #expect {
      _ = try lines(of: path, limit: 1000)
    } throws: { error in
      (error as? TextInputError)?.line == 2
        && (error as? TextInputError)?.description == "\(path):2: line is longer than 1000 bytes"
    }
  }

  @Test("Missing files and directories are named in the error")
  func missing() throws {
    #expect(throws: TextInputError(code: .fileNotFound, file: "/no/such/file")) {
      _ = try LineReader(path: "/no/such/file")
    }
    #expect(throws: TextInputError(code: .isDirectory, file: "/tmp")) {
      _ = try TextFile.read("/tmp")
    }
  }

  @Test("Atomic writes replace the file whole and keep its permissions")
  func atomicWrite() throws {
    let path = try file(Array("παλιό".utf8))
    chmod(path, 0o600)
    try TextFile.writeAtomically("νέο κείμενο", to: path)
    #expect(try TextFile.read(path) == "νέο κείμενο")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let directory = (path as NSString).deletingLastPathComponent
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasPrefix(".") && $0.contains((path as NSString).lastPathComponent) }
    #expect(leftovers.isEmpty)
  }

  @Test("UTF-16 given where UTF-8 is read is named as UTF-16; other bad bytes are not")
  func utf16Named() throws {
    let greek = Array("Καλημέρα κόσμε.\n".utf16)
    let littleEndian = greek.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    for bytes in [[0xFF, 0xFE] + littleEndian, littleEndian] {
      let path = try file(bytes)
      #expect(throws: TextInputError.self) { try TextFile.read(path) }
      do {
        _ = try TextFile.read(path)
      } catch {
        #expect(error.code == .utf16)
        #expect(error.message.contains("UTF-16"))
      }
      let reader = try LineReader(path: path)
      do {
        _ = try reader.next()
        Issue.record("UTF-16 read as UTF-8")
      } catch {
        #expect(error.code == .utf16)
      }
    }
    // ISO-8859-7 Greek: bad UTF-8, not UTF-16.
    let path = try file([0xCA, 0xE1, 0xEB, 0xE7, 0xEC, 0xDD, 0xF1, 0xE1, 0x0A])
    do {
      _ = try TextFile.read(path)
      Issue.record("ISO-8859-7 read as UTF-8")
    } catch {
      #expect(error.code == .invalidUTF8(byte: 0xE1))
    }
  }

  @Test("A file its owner made read-only is not replaced, though its folder is writable")
  func atomicWriteReadOnly() throws {
    let path = try file(Array("παλιό".utf8))
    chmod(path, 0o444)
    defer { chmod(path, 0o644) }
    #expect {
      try TextFile.writeAtomically("νέο", to: path)
    } throws: { error in
      (error as? TextOutputError)?.description == "\(path): cannot write: the file is read-only"
    }
    #expect(try TextFile.read(path) == "παλιό")
    let directory = (path as NSString).deletingLastPathComponent
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasPrefix(".") && $0.contains((path as NSString).lastPathComponent) }
    #expect(leftovers.isEmpty)
  }

  @Test("A failed atomic write leaves no file behind and says why")
  func atomicWriteFailure() {
    #expect {
      try TextFile.writeAtomically("x", to: "/no/such/directory/file.txt")
    } throws: { error in
      (error as? TextOutputError)?.description.hasPrefix("/no/such/directory/file.txt: cannot write:") == true
    }
  }
}
