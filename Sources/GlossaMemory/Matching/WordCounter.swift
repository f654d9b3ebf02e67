import GlossaText

/// Splits a folded key (words between single spaces) into the index's word tokens, counting
/// each word's occurrences with a small hash table of the words' byte hashes instead of a
/// dictionary of strings: no hashing of strings, no set to build.
enum WordCounter {
  /// A distinct word: its bytes' hash and range in the key, and how often it has occurred.
  private struct Word {
    let hash: UInt64
    let start: Int
    let end: Int
    var occurrences: Int
  }

  /// The word tokens of a folded key, in order: each distinct word, and with `repeats` the
  /// repeat token of each further occurrence (`word#2`, …), as
  /// ``MatchTokens/occurrenceTokens(of:)``; how many words it has; and their key, as
  /// ``MatchTokens/key(of:)`` gives it. Word tokens are ranges of `folded`.
  static func tokens(of folded: String, repeats: Bool) -> (tokens: [IndexToken], wordCount: Int, key: Int64) {
    var bytes = folded
    return bytes.withUTF8 { tokens(of: $0, in: folded, repeats: repeats) }
  }

  private static func tokens(
    of bytes: UnsafeBufferPointer<UInt8>, in folded: String, repeats: Bool
  ) -> (tokens: [IndexToken], wordCount: Int, key: Int64) {
    var spaces = 0
    for byte in bytes where byte == 0x20 { spaces += 1 }
    // Slots hold a distinct word's index plus one; at most half of them are ever used.
    var size = 16
    while size < 2 * (spaces + 1) { size <<= 1 }
    let mask = size - 1
    var slots = [Int32](repeating: 0, count: size)
    var distinct: [Word] = []
    var tokens: [IndexToken] = []
    tokens.reserveCapacity(spaces + 1)
    var key = StableHash()
    var count = 0
    var start = 0
    for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
      defer { start = end + 1 }
      guard end > start else { continue }
      let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
      if count > 0 { key.combine(byte: 0x20) }
      key.combine(bytes: word)
      count += 1
      let hash = StableHash.of(word)
      var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while slots[slot] != 0 {
        let index = Int(slots[slot]) - 1
        let seen = distinct[index]
        if seen.hash == hash && UTF8Bytes.equal(UnsafeBufferPointer(rebasing: bytes[seen.start..<seen.end]), word) {
          distinct[index].occurrences += 1
          if repeats {
            let text = String(decoding: word, as: UTF8.self)
            tokens.append(IndexToken(MatchTokens.repeatToken(text, occurrence: seen.occurrences + 1)))
          }
          break
        }
        slot = (slot + 1) & mask
      }
      if slots[slot] == 0 {
        distinct.append(Word(hash: hash, start: start, end: end, occurrences: 1))
        slots[slot] = Int32(distinct.count)
        tokens.append(IndexToken(in: folded, start: start, count: end - start, bytesHash: hash))
      }
    }
    return (tokens, count, Int64(bitPattern: key.value))
  }
}
