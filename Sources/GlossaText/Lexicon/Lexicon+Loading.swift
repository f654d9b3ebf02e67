#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Lexicon {
  /// Where Modern Greek dictionaries are installed: Debian's and Homebrew's Hunspell folders
  /// and the macOS spelling folder.
  package static let standardLocations = [
    "/usr/share/hunspell/el_GR.dic", "/usr/share/myspell/el_GR.dic", "/usr/share/myspell/dicts/el_GR.dic",
    "/opt/homebrew/share/hunspell/el_GR.dic", "/usr/local/share/hunspell/el_GR.dic",
  ]

  /// The Greek lexicon found on this machine: `$GLOSSA_LEXICON`, else the first of
  /// ``standardLocations`` (and `~/Library/Spelling/el_GR.dic`) that exists; `nil` when there is
  /// none or it cannot be read.
  public static func installed() -> Lexicon? {
    var candidates: [String] = []
    if let value = getenv("GLOSSA_LEXICON").map({ String(cString: $0) }), !value.isEmpty { candidates.append(value) }
    candidates += standardLocations
    if let home = getenv("HOME").map({ String(cString: $0) }) {
      candidates.append(home + "/Library/Spelling/el_GR.dic")
    }
    for path in candidates where access(path, R_OK) == 0 {
      if let lexicon = try? Lexicon(contentsOf: path) { return lexicon }
    }
    return nil
  }

  /// The words of a list: Hunspell's count line and affix flags (`word/FLAGS`) and fields after
  /// white space are left out. The bytes are UTF-8 when they are valid UTF-8, else ISO-8859-7
  /// (what Hunspell's Greek dictionary uses).
  static func words(inList bytes: [UInt8]) -> [String] {
    let text: String
    if let utf8 = String(validating: bytes, as: UTF8.self) {
      text = utf8
    } else {
      var scalars = String.UnicodeScalarView()
      scalars.reserveCapacity(bytes.count)
      for byte in bytes { scalars.append(isoGreekScalar(byte)) }
      text = String(scalars)
    }
    var words: [String] = []
    for (number, line) in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).enumerated() {
      let word = line.prefix { $0 != "/" && $0 != "\t" && $0 != " " }
      if word.isEmpty || (number == 0 && word.allSatisfy(\.isNumber)) { continue }
      words.append(String(word))
    }
    return words
  }

  /// The character an ISO-8859-7 byte stands for (undefined bytes become U+FFFD).
  static func isoGreekScalar(_ byte: UInt8) -> Unicode.Scalar {
    switch byte {
    case 0..<0xA0: return Unicode.Scalar(byte)
    case 0xA1: return "\u{2018}"
    case 0xA2: return "\u{2019}"
    case 0xA4: return "\u{20AC}"
    case 0xA5: return "\u{20AF}"
    case 0xAA: return "\u{037A}"
    case 0xAE, 0xD2, 0xFF: return "\u{FFFD}"
    case 0xAF: return "\u{2015}"
    case 0xB4, 0xB5, 0xB6: return Unicode.Scalar(0x0384 + UInt32(byte - 0xB4))!
    case 0xB8, 0xB9, 0xBA: return Unicode.Scalar(0x0388 + UInt32(byte - 0xB8))!
    case 0xBC: return "\u{038C}"
    case 0xBE, 0xBF: return Unicode.Scalar(0x038E + UInt32(byte - 0xBE))!
    case 0xC0...0xFE: return Unicode.Scalar(0x0390 + UInt32(byte - 0xC0))!
    default: return Unicode.Scalar(byte)  // A0, A3, A6–A9, AB–AD, B0–B3, B7, BB, BD: Latin-1's
    }
  }

  /// The cache key of a list: ``StableHash`` of its path, size and modification time.
  ///
  /// - Throws: ``TextInputError`` when the list is missing or is a folder.
  static func cacheKey(ofFileAt path: String) throws(TextInputError) -> String {
    var info = stat()
    guard stat(path, &info) == 0 else { throw TextInputError(code: .fileNotFound, file: path) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw TextInputError(code: .isDirectory, file: path) }
    #if canImport(Glibc)
      let modified = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    #else
      let modified = "\(info.st_mtimespec.tv_sec).\(info.st_mtimespec.tv_nsec)"
    #endif
    return "\(info.st_size)-" + String(StableHash.hex(of: "\(path)|\(info.st_size)|\(modified)").prefix(16))
  }

  /// The name of the cached compiled table of a list with cache key `key`.
  static func cacheName(key: String) -> String { "lexicon-\(key).bin" }

  /// Writes a compiled table atomically; a cache that cannot be written is only slower.
  static func store(_ compiled: [UInt8], at path: String) {
    try? TextFile.writeAtomically(bytes: compiled, to: path)
  }

  /// Maps a compiled table read-only; `nil` when it is missing or not a table.
  static func map(_ path: String) -> (UnsafeRawPointer, Int)? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return nil }
    let size = Int(info.st_size)
    guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), pointer != MAP_FAILED else {
      return nil
    }
    guard LexiconCompiler.isValid(UnsafeRawPointer(pointer), byteCount: size) else {
      munmap(pointer, size)
      return nil
    }
    return (UnsafeRawPointer(pointer), size)
  }
}
