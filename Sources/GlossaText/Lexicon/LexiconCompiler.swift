/// Compiles a word list into the table ``Lexicon`` reads: a header (magic, entry count, slot
/// count, the table's own length, so that a truncated cache file is refused), open-addressing slots hashed with ``StableHash`` and a blob of length-prefixed UTF-8
/// entries. The same bytes are written to the cache and memory-mapped later.
enum LexiconCompiler {
  /// `GLXLEX02`, then entry count and slot count as little-endian UInt32 and the table's
  /// length in bytes as a little-endian UInt64.
  static let magic: [UInt8] = Array("GLXLEX02".utf8)
  static let headerSize = 24

  /// The compiled table of `words` (duplicates and words of 256 bytes or more left out).
  ///
  /// - Complexity: O(*n*) in the total length of the words.
  static func compile(_ words: [String]) -> [UInt8] {
    var slotCount = 16
    while slotCount < words.count * 2 { slotCount <<= 1 }
    var slots = [UInt32](repeating: 0, count: slotCount)
    var blob: [UInt8] = []
    blob.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count + 1 })
    var entries = 0
    let mask = slotCount - 1
    for word in words {
      var word = word
      word.withUTF8 { bytes in
        guard !bytes.isEmpty, bytes.count < 256 else { return }
        var slot = Int(truncatingIfNeeded: StableHash.of(bytes)) & mask
        while slots[slot] != 0 {
          let entry = Int(slots[slot]) - 1
          let length = Int(blob[entry])
          if length == bytes.count, blob[(entry + 1)...(entry + length)].elementsEqual(bytes) { return }
          slot = (slot + 1) & mask
        }
        slots[slot] = UInt32(blob.count + 1)
        blob.append(UInt8(bytes.count))
        blob.append(contentsOf: bytes)
        entries += 1
      }
    }
    var result = magic
    result.reserveCapacity(headerSize + 4 * slotCount + blob.count)
    for value in [UInt32(entries), UInt32(slotCount)] { withUnsafeBytes(of: value.littleEndian) { result += $0 } }
    let length = UInt64(headerSize + 4 * slotCount + blob.count)
    withUnsafeBytes(of: length.littleEndian) { result += $0 }
    slots.withUnsafeBytes { raw in
      for index in 0..<slotCount {
        withUnsafeBytes(of: raw.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self).littleEndian) {
          result += $0
        }
      }
    }
    result += blob
    return result
  }

  /// Whether `bytes` look like a compiled table of their own length.
  static func isValid(_ base: UnsafeRawPointer, byteCount: Int) -> Bool {
    guard byteCount >= headerSize, memcmpBytes(base, magic) else { return false }
    let slotCount = Int(base.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
    let length = Int(base.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
    return length == byteCount && slotCount > 0 && slotCount & (slotCount - 1) == 0
      && headerSize + 4 * slotCount <= byteCount
  }

  private static func memcmpBytes(_ base: UnsafeRawPointer, _ bytes: [UInt8]) -> Bool {
    bytes.indices.allSatisfy { base.load(fromByteOffset: $0, as: UInt8.self) == bytes[$0] }
  }
}
