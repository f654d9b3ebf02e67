import GlossaNames
import GlossaText

/// How written names compare as spellings: the judgement the inconsistent-spelling rule, the
/// cross-file check and the statistics share.
struct NameSpellings: Sendable {
  let matcher = VariantMatcher()

  /// The folded words of a name as written, hyphens kept inside words.
  static func words(of text: String) -> [String] {
    TextFolder.shared.folded(text).split(separator: " ").map(String.init)
  }

  /// Whether the text at `offset` continues a compound with a hyphen (Γερμανο-αυστριακός): the
  /// first part of such a compound is written without its accent, so it says nothing about how
  /// the name is spelled on its own.
  static func opensCompound(_ text: String, at offset: Int) -> Bool {
    let utf8 = text.utf8
    guard offset < utf8.count else { return false }
    let start = utf8.index(utf8.startIndex, offsetBy: offset)
    if utf8[start] == UInt8(ascii: "-") { return true }
    // U+2010 HYPHEN is E2 80 90.
    return utf8[start...].starts(with: [0xE2, 0x80, 0x90])
  }

  /// A written name in lower case with its accents, word by word, for telling accent positions
  /// apart; `nil` when it is written in capitals, which drop accents (ΤΣΙΤΣΙΠΑΣ is Τσιτσιπάς).
  static func accented(_ text: String) -> [String]? {
    guard !GreekWord.isAllCapitals(text) else { return nil }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
    let words = String(scalars).split(whereSeparator: { $0 == " " }).map(String.init)
    return words
  }

  /// How two written names line up: the places where the shorter one's folded words match a
  /// run of the longer one's (equal up to accents and case endings), and for each whether the
  /// accents differ there too.
  private func alignments(
    _ a: [String], _ b: [String], _ accentedA: [String]?, _ accentedB: [String]?
  ) -> [Bool] {
    let swap = a.count > b.count
    let (short, long) = swap ? (b, a) : (a, b)
    let (shortAccents, longAccents) = swap ? (accentedB, accentedA) : (accentedA, accentedB)
    guard !short.isEmpty else { return [] }
    var result: [Bool] = []
    for start in 0...(long.count - short.count) where zip(short, long[start...]).allSatisfy(sameWord) {
      var differ = false
      if let shortAccents, let longAccents, shortAccents.count == short.count, longAccents.count == long.count {
        for offset in short.indices where short[offset] == long[start + offset] {
          // The same letters in the same case form, accented differently.
          if !shortAccents[offset].unicodeScalars.elementsEqual(longAccents[start + offset].unicodeScalars) {
            differ = true
          }
        }
      }
      result.append(differ)
    }
    return result
  }

  /// Whether two written names spell the name the same way: word by word, equal up to case and
  /// case endings, one possibly a contiguous part of the other (Κιμ, Κιμ Γιονγκ Ουν). With the
  /// accented forms, the same letters accented differently (Νετανιάχου, Νετανιαχού) are not.
  func isSameSpelling(
    _ a: [String], _ b: [String], accented: ([String]?, [String]?) = (nil, nil)
  ) -> Bool {
    alignments(a, b, accented.0, accented.1).contains(false)
  }

  private func sameWord(_ a: String, _ b: String) -> Bool {
    if a.utf8.elementsEqual(b.utf8) { return true }
    let relation = matcher.compare(a, b).relation
    return relation == .same || relation == .accent || relation == .inflection
  }

  /// Whether two written names are transcription variants of one name, or the same letters
  /// accented differently, as opposed to two names for one thing (ΛΔΚ and Βόρεια Κορέα).
  func isVariant(_ a: [String], of b: [String], accented: ([String]?, [String]?) = (nil, nil)) -> Bool {
    let lined = alignments(a, b, accented.0, accented.1)
    if !lined.isEmpty, !lined.contains(false) { return true }
    if matcher.compare(a.joined(separator: " "), b.joined(separator: " ")).relation == .variant { return true }
    // A shorter name whose words line up with a run of the longer one's, each the same word
    // or a variant of it beginning with the same sound (Τσαουσόγλου, Μεβλούτ Τσαβούσογλου; not
    // Χασσάντ, Μπασάρ αλ Άσαντ).
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard !short.isEmpty, short.count < long.count else { return false }
    for start in 0...(long.count - short.count) {
      let pairs = Array(zip(short, long[start...]))
      let relations = pairs.map { matcher.compare($0, $1).relation }
      if relations.allSatisfy({ $0 == .same || $0 == .accent || $0 == .inflection || $0 == .variant }),
        relations.contains(.variant),
        pairs.allSatisfy({ GreekPhonetics.phones(of: $0).first == GreekPhonetics.phones(of: $1).first })
      {
        return true
      }
    }
    return false
  }

  /// Splits items into spelling classes, in order of first appearance. With `accented`, the
  /// same letters accented differently are different spellings.
  func classes<Item>(
    of items: [Item], words: (Item) -> [String], accented: (Item) -> [String]? = { _ in nil }
  ) -> [[Item]] {
    // Each item's words are worked out once, not once per comparison.
    let keys = items.map { (words: words($0), accented: accented($0)) }
    var classes: [[Int]] = []
    for (index, key) in keys.enumerated() {
      if let found = classes.firstIndex(where: {
        isSameSpelling(keys[$0[0]].words, key.words, accented: (keys[$0[0]].accented, key.accented))
      }) {
        classes[found].append(index)
      } else {
        classes.append([index])
      }
    }
    return classes.map { $0.map { items[$0] } }
  }
}
