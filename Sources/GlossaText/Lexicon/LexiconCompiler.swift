/// Compiles a word list into the table ``Lexicon`` reads: a header (magic, entry count, bucket
/// bits, the table's own length, so that a truncated cache file is refused), a bucket index and
/// the words' fingerprints. The same bytes are written to the cache and memory-mapped later.
///
/// A word's 64-bit fingerprint picks its bucket by its top bits; the bucket holds the low 32
/// bits of its words' fingerprints, sorted. Four and a half bytes a word (3.8 MB for
/// Hunspell's 830,000 Greek words, against 28 MB for the words themselves in a hash table): a
/// lookup reads one entry of the index and a run of about eight fingerprints beside each
/// other. A word not in the list is taken for one with odds of about one in 500 million.
enum LexiconCompiler {
  /// `GLXLEX04`, then the entry count and the bucket bits as little-endian UInt32s and the
  /// table's length in bytes as a little-endian UInt64.
  static let magic: [UInt8] = Array("GLXLEX04".utf8)
  static let headerSize = 24

  /// The fingerprint of a word's UTF-8 bytes: FNV-1a, its bits then mixed (SplitMix64's
  /// finalizer) so that fingerprints spread evenly over the 64-bit range.
  static func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    SplitMix64.mix(StableHash.of(bytes))
  }

  /// The bits of the bucket index for `count` fingerprints: about eight fingerprints a bucket.
  static func bucketBits(for count: Int) -> Int {
    var bits = 1
    while (1 << bits) * 8 < count && bits < 28 { bits += 1 }
    return bits
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
    let bits = bucketBits(for: fingerprints.count)
    // Sorted by bucket, then by the low 32 bits within it.
    fingerprints.sort {
      ($0 >> UInt64(64 - bits), UInt32(truncatingIfNeeded: $0)) < (
        $1 >> UInt64(64 - bits), UInt32(truncatingIfNeeded: $1)
      )
    }
    var unique: [UInt32] = []
    unique.reserveCapacity(fingerprints.count)
    // starts[b] is the index of the bucket b's first fingerprint; starts[b + 1] ends it.
    var starts = [UInt32](repeating: 0, count: (1 << bits) + 1)
    var bucket = 0  // the next bucket whose start is not set yet
    for value in fingerprints {
      let own = Int(value >> UInt64(64 - bits))
      while bucket <= own {
        starts[bucket] = UInt32(unique.count)
        bucket += 1
      }
      // Repeats sort together: one fingerprint each.
      let low = UInt32(truncatingIfNeeded: value)
      if unique.count > Int(starts[own]), unique.last == low { continue }
      unique.append(low)
    }
    while bucket <= 1 << bits {
      starts[bucket] = UInt32(unique.count)
      bucket += 1
    }
    let length = headerSize + 4 * starts.count + 4 * unique.count
    var result = magic
    result.reserveCapacity(length)
    withUnsafeBytes(of: UInt32(unique.count).littleEndian) { result += $0 }
    withUnsafeBytes(of: UInt32(bits).littleEndian) { result += $0 }
    withUnsafeBytes(of: UInt64(length).littleEndian) { result += $0 }
    for start in starts { withUnsafeBytes(of: start.littleEndian) { result += $0 } }
    for value in unique { withUnsafeBytes(of: value.littleEndian) { result += $0 } }
    return result
  }

  /// Whether `bytes` look like a compiled table of their own length.
  static func isValid(_ base: UnsafeRawPointer, byteCount: Int) -> Bool {
    guard byteCount >= headerSize, memcmpBytes(base, magic) else { return false }
    let count = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
    let bits = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
    let length = Int(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
    return (1...28).contains(bits) && length == byteCount
      && headerSize + 4 * ((1 << bits) + 1) + 4 * count == byteCount
  }

  private static func memcmpBytes(_ base: UnsafeRawPointer, _ bytes: [UInt8]) -> Bool {
    bytes.indices.allSatisfy { base.load(fromByteOffset: $0, as: UInt8.self) == bytes[$0] }
  }
}
