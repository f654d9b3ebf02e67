/// Numbers for an import's index tokens, one series per side, given out on the thread that
/// prepares units: the thread that writes then files postings by number, without hashing.
///
/// Each prepared unit carries the tokens that got their number with it, in order, so the
/// writer learns every number's token before it sees the number used.
///
/// A lookup is a probe of an open-addressing table by the token's byte hash and one
/// comparison of bytes: an import looks up a few dozen tokens per unit, on one thread.
final class TokenInterner {
  private var sides = [Table(), Table()]

  /// The numbers of `tokens` on `side` (0 source, 1 target); tokens new to the import are
  /// appended to `new`.
  func numbers(of tokens: [IndexToken], side: Int, new: inout [String]) -> [UInt32] {
    tokens.map { sides[side].number(of: $0, new: &new) }
  }

  /// The tokens of one side: their hashes and bytes by number, and slots of numbers by hash.
  private struct Table {
    /// A number plus one, or 0 for an empty slot.
    private var slots = [UInt32](repeating: 0, count: 1024)
    private var hashes: [UInt64] = []
    /// The tokens' bytes one after another; token `n` ends at `ends[n]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    mutating func number(of token: IndexToken, new: inout [String]) -> UInt32 {
      var text = token.text
      return text.withUTF8 { utf8 in
        var slot = Self.slot(of: token.bytesHash, in: slots.count)
        while slots[slot] != 0 {
          let number = Int(slots[slot] - 1)
          if hashes[number] == token.bytesHash && equal(number, utf8) { return UInt32(number) }
          slot = (slot + 1) & (slots.count - 1)
        }
        let number = hashes.count
        hashes.append(token.bytesHash)
        bytes.append(contentsOf: utf8)
        ends.append(bytes.count)
        slots[slot] = UInt32(number + 1)
        new.append(token.text)
        if 2 * hashes.count > slots.count { grow() }
        return UInt32(number)
      }
    }

    private func equal(_ number: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
      let start = number == 0 ? 0 : ends[number - 1]
      guard ends[number] - start == utf8.count else { return false }
      return bytes.withUnsafeBufferPointer {
        UnsafeBufferPointer(rebasing: $0[start..<ends[number]]).elementsEqual(utf8)
      }
    }

    private mutating func grow() {
      var larger = [UInt32](repeating: 0, count: slots.count * 2)
      for (number, hash) in hashes.enumerated() {
        var slot = Self.slot(of: hash, in: larger.count)
        while larger[slot] != 0 { slot = (slot + 1) & (larger.count - 1) }
        larger[slot] = UInt32(number + 1)
      }
      slots = larger
    }

    /// Where probing for `hash` starts: its high bits after a multiplicative mix.
    private static func slot(of hash: UInt64, in size: Int) -> Int {
      Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
    }
  }
}
