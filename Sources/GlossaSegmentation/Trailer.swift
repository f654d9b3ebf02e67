/// Short pieces after a sentence's end that are not sentences of their own words: citation
/// marks (`[17]`, `[…]`) and, in English, footnote numbers, which belong to the sentence
/// before; stage directions in proceedings (`(Χειροκροτήματα)`, `(Laughter)`), which stand as
/// sentences of their own; and the language tag that opens a speech in parliamentary records
/// (`(EN)`).
enum Trailer {
  /// How a trailer relates to the sentences around it.
  enum Kind {
    /// Belongs to the sentence before: `…training. [18] Next …`.
    case citation
    /// Is a sentence of its own, even without a period: `…σημεία. (Χειροκροτήματα) Η …`.
    case direction
  }

  /// If a trailer starts at `start`, returns its kind and where it ends.
  static func trailer(
    startingAt start: Int, in units: UnsafeBufferPointer<UInt16>, limit: Int,
    language: SegmentationLanguage
  ) -> (kind: Kind, end: Int)? {
    guard start < limit else { return nil }
    switch units[start] {
    case 0x5B:  // [17], […], [...], [citation needed]
      guard let close = closing(0x5D, from: start, in: units, limit: limit, maximumLength: 24) else {
        return nil
      }
      let inside = units[(start + 1)..<close]
      let isMark = inside.allSatisfy {
        (0x30...0x39).contains($0) || $0 == 0x2C || $0 == 0x2D || $0 == 0x2026 || $0 == 0x2E
          || $0 == 0x20 || UTF16Character.letterCase($0) == .lower
      }
      return isMark && !inside.isEmpty ? (.citation, close + 1) : nil
    case 0x28:  // (Χειροκροτήματα), (Ανάμικτες αντιδράσεις), (Laughter)
      guard let close = closing(0x29, from: start, in: units, limit: limit, maximumLength: 48),
        close > start + 1, UTF16Character.letterCase(units[start + 1]) == .upper
      else { return nil }
      let inside = units[(start + 1)..<close]
      let words = inside.split(separator: 0x20).count
      let isDirection =
        words <= 4
        && inside.allSatisfy { !BoundaryRules.isTerminal($0) && !(0x30...0x39).contains($0) }
      return isDirection ? (.direction, close + 1) : nil
    case 0x30...0x39 where language == .english:  // a footnote number: "…rights. 4 Even …"
      var end = start
      while end < limit, (0x30...0x39).contains(units[end]) { end += 1 }
      guard end - start <= 2, end < limit, UTF16Character.isWhitespace(units[end]) else { return nil }
      var next = end
      while next < limit, UTF16Character.isWhitespace(units[next]) { next += 1 }
      guard next < limit, UTF16Character.letterCase(units[next]) == .upper else { return nil }
      return (.citation, end)
    default:
      return nil
    }
  }

  /// If the paragraph opens with a speaker's language tag such as `(EN)` or `(ΡΤ)` (possibly
  /// after stray punctuation) followed by a capitalized word, returns where the tag ends.
  static func languageTagEnd(from start: Int, in units: UnsafeBufferPointer<UInt16>, limit: Int) -> Int? {
    var index = start
    while index < limit, units[index] != 0x28,
      UTF16Character.isWhitespace(units[index]) || BoundaryRules.isTerminal(units[index])
    {
      index += 1
    }
    guard index < limit, units[index] == 0x28,
      let close = closing(0x29, from: index, in: units, limit: limit, maximumLength: 6)
    else { return nil }
    let inside = units[(index + 1)..<close]
    guard (2...3).contains(inside.count),
      inside.allSatisfy({ UTF16Character.letterCase($0) == .upper })
    else { return nil }
    var next = close + 1
    guard next < limit, UTF16Character.isWhitespace(units[next]) else { return nil }
    while next < limit, UTF16Character.isWhitespace(units[next]) { next += 1 }
    guard next < limit, UTF16Character.letterCase(units[next]) == .upper else { return nil }
    return close + 1
  }

  private static func closing(
    _ bracket: UInt16, from start: Int, in units: UnsafeBufferPointer<UInt16>, limit: Int,
    maximumLength: Int
  ) -> Int? {
    var index = start + 1
    while index < limit, index - start <= maximumLength {
      if units[index] == bracket { return index }
      index += 1
    }
    return nil
  }
}
