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

  /// Whether two written names spell the name the same way: word by word, equal up to
  /// accents and case endings, one possibly a contiguous part of the other (Κιμ, Κιμ Γιονγκ Ουν).
  func isSameSpelling(_ a: [String], _ b: [String]) -> Bool {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    guard !short.isEmpty else { return false }
    for start in 0...(long.count - short.count) where zip(short, long[start...]).allSatisfy(sameWord) {
      return true
    }
    return false
  }

  private func sameWord(_ a: String, _ b: String) -> Bool {
    if a.utf8.elementsEqual(b.utf8) { return true }
    let relation = matcher.compare(a, b).relation
    return relation == .same || relation == .accent || relation == .inflection
  }

  /// A written name in lower case with its accents, for telling accent positions apart; `nil`
  /// when it is written in capitals, which drop accents (ΤΣΙΤΣΙΠΑΣ is Τσιτσιπάς).
  static func accented(_ text: String) -> String? {
    guard !GreekWord.isAllCapitals(text) else { return nil }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
    return String(scalars)
  }

  /// Whether two written names have the same letters in the same case form but accents in
  /// different places, or an accent on one only (Νετανιάχου / Νετανιαχού, Φόρντ / Φορντ): two
  /// spellings of the name. Names in capitals carry no accents and never differ this way.
  static func accentsDiffer(_ a: [String], _ b: [String], _ accentedA: String?, _ accentedB: String?) -> Bool {
    guard a == b, let accentedA, let accentedB else { return false }
    return !accentedA.unicodeScalars.elementsEqual(accentedB.unicodeScalars)
  }

  /// Whether two written names are transcription variants of one name, or the same letters
  /// accented differently, as opposed to two names for one thing (ΛΔΚ and Βόρεια Κορέα).
  func isVariant(_ a: [String], of b: [String], accented: (String?, String?) = (nil, nil)) -> Bool {
    if Self.accentsDiffer(a, b, accented.0, accented.1) { return true }
    return matcher.compare(a.joined(separator: " "), b.joined(separator: " ")).relation == .variant
  }

  /// Splits items into spelling classes, in order of first appearance. With `accented`, the
  /// same letters accented differently are different spellings.
  func classes<Item>(
    of items: [Item], words: (Item) -> [String], accented: (Item) -> String? = { _ in nil }
  ) -> [[Item]] {
    var classes: [[Item]] = []
    for item in items {
      if let index = classes.firstIndex(where: {
        isSameSpelling(words($0[0]), words(item))
          && !Self.accentsDiffer(words($0[0]), words(item), accented($0[0]), accented(item))
      }) {
        classes[index].append(item)
      } else {
        classes.append([item])
      }
    }
    return classes
  }
}
