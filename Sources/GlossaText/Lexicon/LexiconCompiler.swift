/// Compiles a word list into the table ``Lexicon`` reads: a header (magic, entry count, the
/// table's own length, so that a truncated cache file is refused) and the words' 64-bit
/// fingerprints, sorted. The same bytes are written to the cache and memory-mapped later.
///
/// Eight bytes a word (6.6 MB for Hunspell's 830,000 Greek words, against 28 MB for the words
/// themselves in a hash table): a lookup reads one or two pages, found by interpolation in
/// the evenly spread fingerprints. Two words share a fingerprint with odds of about one in
/// 10¹³ per lookup.
enum LexiconCompiler {
  /// `GLXLEX03`, then the entry count as a little-endian UInt32, four bytes of padding and the
  /// table's length in bytes as a little-endian UInt64.
  static let magic: [UInt8] = Array("GLXLEX03".utf8)
  static let headerSize = 24

  /// The fingerprint of a word's UTF-8 bytes: FNV-1a, its bits then mixed (SplitMix64's
  /// finalizer) so that fingerprints spread evenly over the 64-bit range.
  static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var value = StableHash.of(bytes)
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// The compiled table of `words` (duplicates and words of 256 bytes or more left out).
  ///
  /// - Complexity: O(*n* log *n*) in the number of words.
  static func compile(_ words: [String]) -> [UInt8] {
    var fingerprints: [UInt64] = []
    fingerprints.reserveCapacity(words.count)
    for word in words {
      var word = word
      word.withUTF8 { bytes in
        guard !bytes.isEmpty, bytes.count < 256 else { return }
        fingerprints.append(fingerprint(bytes))
      }
    }
    fingerprints.sort()
    var unique: [UInt64] = []
    unique.reserveCapacity(fingerprints.count)
    for value in fingerprints where unique.last != value { unique.append(value) }
    var result = magic
    result.reserveCapacity(headerSize + 8 * unique.count)
    withUnsafeBytes(of: UInt32(unique.count).littleEndian) { result += $0 }
    result += [0, 0, 0, 0]
    withUnsafeBytes(of: UInt64(headerSize + 8 * unique.count).littleEndian) { result += $0 }
    for value in unique { withUnsafeBytes(of: value.littleEndian) { result += $0 } }
    return result
  }

  /// Whether `bytes` look like a compiled table of their own length.
  static func isValid(_ base: UnsafeRawPointer, byteCount: Int) -> Bool {
    guard byteCount >= headerSize, memcmpBytes(base, magic) else { return false }
    let count = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
    let length = Int(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
    return length == byteCount && headerSize + 8 * count == byteCount
  }

  private static func memcmpBytes(_ base: UnsafeRawPointer, _ bytes: [UInt8]) -> Bool {
    bytes.indices.allSatisfy { base.load(fromByteOffset: $0, as: UInt8.self) == bytes[$0] }
  }
}
