import GlossaText

/// The bytes of an XML file as UTF-8, whatever the file's encoding: UTF-8 (with or without a
/// byte order mark), UTF-16 in either byte order (told by its byte order mark or by how
/// `<?xml` is spelled), or ISO-8859-1 / Windows-1252 when the declaration names them.
///
/// Decoding happens block by block, so memory stays constant whatever the file's size.
final class XMLByteSource {
  enum Encoding {
    case utf8, utf16BigEndian, utf16LittleEndian, latin1
  }

  /// Where the bytes come from: a file read block by block, or bytes already in memory.
  private enum Input {
    case file(InputFile)
    case bytes([UInt8])
  }

  private var input: Input
  private(set) var encoding: Encoding = .utf8
  private var raw: [UInt8] = []
  private var rawStart = 0
  private var atEnd = false
  private var detected = false
  private var pendingHighSurrogate: UInt16?
  static let blockSize = 1 << 20

  init(file: InputFile) { input = .file(file) }

  /// A source over bytes already in memory, in any encoding the file form allows.
  init(bytes: [UInt8]) { input = .bytes(bytes) }

  /// Appends up to `blockSize` more raw bytes to `raw`; 0 at the end of the input.
  private func readRaw() throws -> Int {
    switch input {
    case .file(let file):
      return try file.read(appendingTo: &raw, count: Self.blockSize)
    case .bytes(let bytes):
      // Handed over whole on the first read: the bytes are in memory already.
      input = .bytes([])
      raw.append(contentsOf: bytes)
      return bytes.count
    }
  }

  /// Appends the next decoded block to `buffer`.
  ///
  /// - Returns: `false` at the end of the input.
  func read(appendingTo buffer: inout [UInt8]) throws -> Bool {
    if !detected { try detect() }
    if rawStart >= raw.count {
      guard !atEnd else { return false }
      raw.removeAll(keepingCapacity: true)
      rawStart = 0
      if try readRaw() == 0 {
        atEnd = true
        if pendingHighSurrogate != nil { throw DecodingProblem.truncatedUTF16 }
        return false
      }
    }
    switch encoding {
    case .utf8:
      buffer.append(contentsOf: raw[rawStart...])
      rawStart = raw.count
    case .latin1:
      for byte in raw[rawStart...] {
        if byte < 0x80 {
          buffer.append(byte)
        } else {
          let scalar = Self.windows1252[Int(byte)] ?? UInt32(byte)
          appendUTF8(scalar, to: &buffer)
        }
      }
      rawStart = raw.count
    case .utf16BigEndian, .utf16LittleEndian:
      // An odd byte at the end of a block waits for the next block.
      if (raw.count - rawStart) % 2 == 1 && !atEnd {
        raw.removeFirst(rawStart)
        rawStart = 0
        let extra = try readMore()
        if extra == 0 { throw DecodingProblem.truncatedUTF16 }
      }
      var index = rawStart
      while index + 1 < raw.count {
        let unit =
          encoding == .utf16BigEndian
          ? UInt16(raw[index]) << 8 | UInt16(raw[index + 1]) : UInt16(raw[index + 1]) << 8 | UInt16(raw[index])
        index += 2
        if let high = pendingHighSurrogate {
          pendingHighSurrogate = nil
          guard (0xDC00...0xDFFF).contains(unit) else { throw DecodingProblem.badSurrogate }
          appendUTF8(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00), to: &buffer)
        } else if (0xD800...0xDBFF).contains(unit) {
          pendingHighSurrogate = unit
        } else if (0xDC00...0xDFFF).contains(unit) {
          throw DecodingProblem.badSurrogate
        } else {
          appendUTF8(UInt32(unit), to: &buffer)
        }
      }
      rawStart = index
      if rawStart < raw.count && atEnd { throw DecodingProblem.truncatedUTF16 }
    }
    return true
  }

  enum DecodingProblem: Error, CustomStringConvertible {
    case truncatedUTF16, badSurrogate
    case unsupportedEncoding(String)

    var description: String {
      switch self {
      case .truncatedUTF16: "the UTF-16 text ends in the middle of a character"
      case .badSurrogate: "invalid UTF-16 (an unpaired surrogate)"
      case .unsupportedEncoding(let name): "unsupported encoding '\(name)'; convert the file to UTF-8"
      }
    }
  }

  private func readMore() throws -> Int {
    let count = try readRaw()
    if count == 0 { atEnd = true }
    return count
  }

  /// Looks at the first bytes: a byte order mark, the spelling of `<?xml`, the declared encoding.
  private func detect() throws {
    detected = true
    while raw.count < 4 && !atEnd { _ = try readMore() }
    if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
      rawStart = 3
    } else if raw.starts(with: [0xFE, 0xFF]) {
      encoding = .utf16BigEndian
      rawStart = 2
    } else if raw.starts(with: [0xFF, 0xFE]) {
      encoding = .utf16LittleEndian
      rawStart = 2
    } else if raw.starts(with: [0x00, 0x3C, 0x00, 0x3F]) {
      encoding = .utf16BigEndian
    } else if raw.starts(with: [0x3C, 0x00, 0x3F, 0x00]) {
      encoding = .utf16LittleEndian
    }
    guard encoding == .utf8 else { return }
    // The declaration, if any, is in the first line.
    while !atEnd && !raw[rawStart...].contains(UInt8(ascii: ">")) && raw.count < 4096 { _ = try readMore() }
    // `<?xml` then white space: `<?xml-stylesheet …?>` is no declaration.
    guard raw[rawStart...].starts(with: Array("<?xml".utf8)), raw.count > rawStart + 5,
      [0x20, 0x09, 0x0D, 0x0A].contains(raw[rawStart + 5]),
      let end = raw[rawStart...].firstIndex(of: UInt8(ascii: ">"))
    else { return }
    let declaration = Array(String(decoding: raw[rawStart..<end], as: UTF8.self).lowercased().utf8)
    let key = Array("encoding".utf8)
    guard
      let at = (0..<max(0, declaration.count - key.count)).first(where: {
        declaration[$0..<($0 + key.count)].elementsEqual(key)
      })
    else { return }
    let value = declaration[(at + key.count)...].drop {
      $0 == 0x20 || $0 == UInt8(ascii: "=") || $0 == 0x22 || $0 == 0x27
    }
    let name = String(
      decoding: value.prefix { $0 != 0x22 && $0 != 0x27 && $0 != 0x20 && $0 != UInt8(ascii: "?") }, as: UTF8.self)
    switch name {
    case "utf-8", "utf8", "us-ascii", "ascii", "": break
    case "iso-8859-1", "latin1", "latin-1", "iso_8859-1", "windows-1252", "cp1252": encoding = .latin1
    case "utf-16", "utf-16le", "utf-16be": break  // already UTF-8 bytes: the declaration is wrong; read as UTF-8
    default: throw DecodingProblem.unsupportedEncoding(name)
    }
  }

  private func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
    var utf8 = UTF8.encode(scalar)!.makeIterator()
    while let byte = utf8.next() { buffer.append(byte) }
  }

  /// Windows-1252's letters and signs at 0x80–0x9F; ISO-8859-1 has control codes there.
  private static let windows1252: [Int: UInt32] = [
    0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
    0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
    0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
    0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
  ]
}
