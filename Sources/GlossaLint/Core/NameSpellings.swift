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

  /// Whether two written names are transcription variants of one name, as opposed to two
  /// names for one thing (ΛΔΚ and Βόρεια Κορέα).
  func isVariant(_ a: [String], of b: [String]) -> Bool {
    matcher.compare(a.joined(separator: " "), b.joined(separator: " ")).relation == .variant
  }

  /// Splits items into spelling classes, in order of first appearance.
  func classes<Item>(of items: [Item], words: (Item) -> [String]) -> [[Item]] {
    var classes: [[Item]] = []
    for item in items {
      if let index = classes.firstIndex(where: { isSameSpelling(words($0[0]), words(item)) }) {
        classes[index].append(item)
      } else {
        classes.append([item])
      }
    }
    return classes
  }
}
