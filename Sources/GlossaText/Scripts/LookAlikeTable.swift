import GlossaICU

/// Which Greek and Latin letters look alike, taken from ICU's confusables data (UTS #39).
///
/// Two letters are look-alikes when ICU gives them the same skeleton (Latin `A` and Greek
/// `Α`, Latin `o` and Greek `ο`, Latin `v` and Greek `ν`). A few pairs that ICU leaves out but
/// that are easy to mix up on screen (`k`/`κ`, `x`/`χ`, `w`/`ω`) are added.
struct LookAlikeTable: Sendable {
  /// For each Latin letter, the Greek letter that looks like it.
  let greekForLatin: [Unicode.Scalar: Unicode.Scalar]
  /// For each Greek letter, the Latin letter that looks like it.
  let latinForGreek: [Unicode.Scalar: Unicode.Scalar]

  static let shared = LookAlikeTable()

  private init() {
    var greekForLatin: [Unicode.Scalar: Unicode.Scalar] = [:]
    var latinForGreek: [Unicode.Scalar: Unicode.Scalar] = [:]
    let latin = Self.scalars(in: [0x41...0x5A, 0x61...0x7A, 0xC0...0xFF])
    // Greek letters with tonos and dialytika, then the plain alphabet; final sigma excluded.
    let greek = Self.scalars(in: [0x0386...0x03CE]).filter {
      $0.properties.isAlphabetic && $0.value != 0x03C2 && $0.value != 0x03C3
    }
    if let checker = try? SpoofChecker() {
      var latinBySkeleton: [String: Unicode.Scalar] = [:]
      for letter in latin {
        guard let skeleton = try? checker.skeleton(of: String(letter)) else { continue }
        latinBySkeleton[skeleton] = latinBySkeleton[skeleton] ?? letter
      }
      for letter in greek {
        guard let skeleton = try? checker.skeleton(of: String(letter)),
          let match = latinBySkeleton[skeleton]
        else { continue }
        latinForGreek[letter] = match
        if greekForLatin[match] == nil { greekForLatin[match] = letter }
      }
    }
    for (latinLetter, greekLetter) in Self.extraPairs {
      greekForLatin[latinLetter] = greekForLatin[latinLetter] ?? greekLetter
      latinForGreek[greekLetter] = latinForGreek[greekLetter] ?? latinLetter
    }
    self.greekForLatin = greekForLatin
    self.latinForGreek = latinForGreek
  }

  private static let extraPairs: [(Unicode.Scalar, Unicode.Scalar)] = [
    ("k", "κ"), ("x", "χ"), ("w", "ω"), ("n", "η"),
  ]

  private static func scalars(in ranges: [ClosedRange<UInt32>]) -> [Unicode.Scalar] {
    ranges.flatMap { $0.compactMap(Unicode.Scalar.init) }
  }
}
