/// Numbers for an import's index tokens, one series per side, given out on the thread that
/// prepares units: the thread that writes then files postings by number, without hashing.
///
/// Each prepared unit carries the tokens that got their number with it, in order, so the
/// writer learns every number's token before it sees the number used.
final class TokenInterner {
  private var numbers: [[IndexToken: UInt32]] = [[:], [:]]

  /// The numbers of `tokens` on `side` (0 source, 1 target); tokens new to the import are
  /// appended to `new`.
  func numbers(of tokens: Set<IndexToken>, side: Int, new: inout [String]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(tokens.count)
    for token in tokens {
      if let number = numbers[side][token] {
        result.append(number)
      } else {
        let number = UInt32(numbers[side].count)
        numbers[side][token] = number
        new.append(token.text)
        result.append(number)
      }
    }
    return result
  }
}
