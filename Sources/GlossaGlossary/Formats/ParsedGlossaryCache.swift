import GlossaNames
import GlossaText

/// Parsed glossary files kept in Glossa's cache folder, so a large TBX or CSV glossary is
/// parsed once, not on every run.
///
/// A cached file is found by a hash of the glossary file's bytes and path, of this format's
/// version and of Glossa's: an edited file misses the cache and is parsed again; a damaged or truncated cache
/// file fails to decode and is ignored. Small files are parsed directly: reading them costs less
/// than the cache would.
package enum ParsedGlossaryCache {
  /// The most parsed glossaries kept; older ones are removed as new ones are stored.
  static let maximumCachedFiles = 32

  /// Files smaller than this are not cached.
  static let minimumFileSize = 64 << 10

  /// Bumped whenever the encoding or the parsers' output changes (2: TBX white space, DCT
  /// style, notes of several lines).
  static let version: UInt32 = 2

  /// The entries and warnings of `file`: from the cache when it holds this very file, else
  /// parsed by `parse` and stored.
  ///
  /// - Parameter cachePath: Where the cached file of a name goes (Glossa's cache folder by
  ///   default); `nil` for no cache.
  package static func parsed(
    file: String, cachePath: (String) -> String? = CacheFolder.path(for:),
    parse: () throws(GlossaryIssue) -> (entries: [GlossaryEntry], warnings: [InputWarning])
  ) throws(GlossaryIssue) -> (entries: [GlossaryEntry], warnings: [InputWarning]) {
    guard let bytes = try? TextFile.readBytes(file), bytes.count >= minimumFileSize,
      let path = cachePath("glossary-\(key(of: bytes, file: file)).bin")
    else { return try parse() }
    if let cached = try? TextFile.readBytes(path), let decoded = decode(cached) { return decoded }
    let parsed = try parse()
    try? TextFile.writeAtomically(bytes: encode(parsed), to: path)
    CacheFolder.prune(besides: path, prefix: "glossary-", keeping: maximumCachedFiles)
    return parsed
  }

  /// The cache key: a hash of the file's path and bytes.
  static func key(of bytes: [UInt8], file: String) -> String {
    var hash = StableHash()
    hash.combine("\(version)|\(Glossa.version)|\(file)|")
    bytes.withUnsafeBufferPointer { hash.combine(bytes: $0) }
    return hash.hex
  }

  private static let magic = Array("GLOSSA-GLOSSARY".utf8)

  /// The binary form of parsed entries and warnings.
  static func encode(_ parsed: (entries: [GlossaryEntry], warnings: [InputWarning])) -> [UInt8] {
    var writer = BinaryWriter()
    writer.bytes += magic
    writer.number(Int(version))
    writer.number(parsed.entries.count)
    for entry in parsed.entries {
      writer.string(entry.id)
      writer.string(entry.kind.rawValue)
      writer.optional(entry.note)
      writer.optional(entry.source)
      writer.number(entry.forms.count)
      for form in entry.forms {
        writer.string(form.text)
        writer.string(form.language.rawValue)
        writer.string(form.status.rawValue)
        writer.optional(form.note)
        writer.optional(form.declensions.map { $0.map(\.rawValue).joined(separator: " ") })
      }
      writer.number(entry.examples.count)
      for example in entry.examples {
        writer.string(example.text)
        writer.number(example.shouldMatch ? 1 : 0)
      }
    }
    writer.number(parsed.warnings.count)
    for warning in parsed.warnings {
      writer.string(warning.file)
      writer.number(warning.line.map { $0 + 1 } ?? 0)
      writer.number(warning.column.map { $0 + 1 } ?? 0)
      writer.string(warning.message)
    }
    writer.bytes += magic
    return writer.bytes
  }

  /// Parsed entries and warnings from their binary form; `nil` when it is not one.
  static func decode(_ bytes: [UInt8]) -> (entries: [GlossaryEntry], warnings: [InputWarning])? {
    var reader = BinaryReader(bytes: bytes)
    guard reader.expect(magic), reader.number() == Int(version), let entryCount = reader.number() else { return nil }
    var entries: [GlossaryEntry] = []
    entries.reserveCapacity(entryCount)
    for _ in 0..<entryCount {
      guard let id = reader.string(), let kind = reader.string().flatMap(EntryKind.init(rawValue:)),
        let note = reader.optional(), let source = reader.optional(), let formCount = reader.number()
      else { return nil }
      var forms: [TermForm] = []
      for _ in 0..<formCount {
        guard let text = reader.string(), let language = reader.string().flatMap(TermLanguage.init(rawValue:)),
          let status = reader.string().flatMap(TermStatus.init(rawValue:)), let formNote = reader.optional(),
          let declensionText = reader.optional()
        else { return nil }
        var declensions: [Declension]?
        if let declensionText {
          let parsed = declensionText.split(separator: " ").compactMap { Declension(rawValue: String($0)) }
          guard parsed.count == declensionText.split(separator: " ").count else { return nil }
          declensions = parsed
        }
        forms.append(
          TermForm(text: text, language: language, status: status, declensions: declensions, note: formNote))
      }
      guard let exampleCount = reader.number() else { return nil }
      var examples: [EntryExample] = []
      for _ in 0..<exampleCount {
        guard let text = reader.string(), let flag = reader.number() else { return nil }
        examples.append(EntryExample(text: text, shouldMatch: flag == 1))
      }
      entries.append(
        GlossaryEntry(id: id, kind: kind, forms: forms, note: note, source: source, examples: examples))
    }
    guard let warningCount = reader.number() else { return nil }
    var warnings: [InputWarning] = []
    for _ in 0..<warningCount {
      guard let file = reader.string(), let line = reader.number(), let column = reader.number(),
        let message = reader.string()
      else { return nil }
      warnings.append(
        InputWarning(file: file, line: line == 0 ? nil : line - 1, column: column == 0 ? nil : column - 1, message))
    }
    guard reader.expect(magic), reader.isAtEnd else { return nil }
    return (entries, warnings)
  }
}

/// Lengths and strings as bytes: numbers in 7-bit groups, strings as a length and UTF-8.
private struct BinaryWriter {
  var bytes: [UInt8] = []

  mutating func number(_ value: Int) {
    var rest = UInt64(value)
    while rest >= 0x80 {
      bytes.append(UInt8(rest & 0x7F) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  mutating func string(_ text: String) {
    number(text.utf8.count)
    bytes += text.utf8
  }

  /// A present string as its length plus one, an absent one as 0.
  mutating func optional(_ text: String?) {
    guard let text else { return number(0) }
    number(text.utf8.count + 1)
    bytes += text.utf8
  }
}

/// Reads what ``BinaryWriter`` wrote; every read is `nil` past the end.
private struct BinaryReader {
  let bytes: [UInt8]
  var offset = 0

  var isAtEnd: Bool { offset == bytes.count }

  mutating func expect(_ expected: [UInt8]) -> Bool {
    guard offset + expected.count <= bytes.count, bytes[offset..<offset + expected.count].elementsEqual(expected)
    else { return false }
    offset += expected.count
    return true
  }

  mutating func number() -> Int? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count, shift < 63 {
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value <= UInt64(Int.max) ? Int(value) : nil }
      shift += 7
    }
    return nil
  }

  mutating func string() -> String? {
    guard let count = number() else { return nil }
    return text(count)
  }

  /// `.some(nil)` for an absent string, `nil` for bad bytes.
  mutating func optional() -> String?? {
    guard let count = number() else { return nil }
    if count == 0 { return .some(nil) }
    return text(count - 1).map { .some($0) }
  }

  private mutating func text(_ count: Int) -> String? {
    guard count >= 0, offset + count <= bytes.count else { return nil }
    defer { offset += count }
    return String(validating: bytes[offset..<offset + count], as: UTF8.self)
  }
}
