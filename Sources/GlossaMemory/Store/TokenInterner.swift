import GlossaText

/// Numbers for an import's index tokens, one series per side, given out on the reading thread
/// batch after batch: the thread that writes then files postings by number, without hashing.
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
    sides[side].numbers(of: tokens, new: &new)
  }

  /// The tokens of one side: slots holding each token's hash, number and where its bytes are.
  private struct Table {
    private struct Entry {
      var hash: UInt64 = 0
      /// The token's number plus one, or 0 for an empty slot.
      var number: UInt32 = 0
      var start: UInt32 = 0
      var count: UInt32 = 0
    }

    private var slots = [Entry](repeating: Entry(), count: 1024)
    private var count = 0
    /// The tokens' bytes one after another.
    private var bytes: [UInt8] = []

    mutating func numbers(of tokens: [IndexToken], new: inout [String]) -> [UInt32] {
      tokens.map { number(of: $0, new: &new) }
    }

    private mutating func number(of token: IndexToken, new: inout [String]) -> UInt32 {
      token.withBytes { utf8 in
        let mask = slots.count - 1
        var slot = Self.slot(of: token.bytesHash, mask: mask)
        while slots[slot].number != 0 {
          let entry = slots[slot]
          if entry.hash == token.bytesHash && Int(entry.count) == utf8.count
            && bytes.withUnsafeBufferPointer({
              UTF8Bytes.equal(
                UnsafeBufferPointer(rebasing: $0[Int(entry.start)..<Int(entry.start + entry.count)]), utf8)
            })
          {
            return entry.number - 1
          }
          slot = (slot + 1) & mask
        }
        count += 1
        slots[slot] = Entry(
          hash: token.bytesHash, number: UInt32(count), start: UInt32(bytes.count), count: UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
        new.append(token.text)
        if 2 * count > slots.count { grow() }
        return UInt32(count - 1)
      }
    }

    private mutating func grow() {
      var larger = [Entry](repeating: Entry(), count: slots.count * 2)
      let mask = larger.count - 1
      for entry in slots where entry.number != 0 {
        var slot = Self.slot(of: entry.hash, mask: mask)
        while larger[slot].number != 0 { slot = (slot + 1) & mask }
        larger[slot] = entry
      }
      slots = larger
    }

    /// Where probing for `hash` starts: its high bits after a multiplicative mix.
    private static func slot(of hash: UInt64, mask: Int) -> Int {
      Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
  }
}
