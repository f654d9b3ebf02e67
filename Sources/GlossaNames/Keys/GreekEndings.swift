import GlossaText

/// Greek case endings of names: which two forms of a word are the same name inflected, and
/// which are the masculine and feminine of a surname (different people).
///
/// Works on folded words (lower case, no accents, final ς). Paradigms are sets of endings a
/// noun class takes, including the katharevousa endings place names keep (Ουρανόπολις,
/// Καρπενήσιον) and the forms Greek gives foreign names (Κίμων/Κίμωνας, Έκτορ/Έκτορας).
package enum GreekEndings {
  /// How two words relate through their endings.
  public enum Relation: Equatable {
    /// The same word: nothing differs.
    case identical
    /// Two case forms of one noun (Κορέα/Κορέας, Κρεμλίνο/Κρεμλίνου).
    case inflection
    /// Masculine and feminine of one surname: Λαζαρίδης/Λαζαρίδου, Φόκιν/Φόκινα.
    case gender
  }

  /// Endings one noun class takes; two endings in one set are forms of the same word. The
  /// case endings of every ``Declension`` are among them, with the plurals, katharevousa and
  /// foreign-name forms names also take.
  package static let paradigms: [Set<String>] =
    Declension.allCases.map { Set($0.caseEndings) }.filter { !$0.isEmpty } + [
      ["ος", "ου", "ο", "ε", "οι", "ους", "ων"],  // ο Βόλος, του Βόλου
      ["ας", "α", "ες", "ων", "αδες"],  // ο Τσίπρας, του Τσίπρα
      ["ης", "η", "ες", "ηδες"],  // ο Μητσοτάκης, του Μητσοτάκη
      ["α", "ας", "ες", "ων"],  // η Κορέα, της Κορέας
      ["η", "ης", "ες", "εων"],  // η Κρήτη, της Κρήτης
      ["ις", "η", "εως", "ης", "εις"],  // Ουρανόπολις / Ουρανόπολη
      // Not -ων: a name in -ον is not met in the genitive plural; -ον / -ων is how English -on
      // is transcribed two ways (Νιούτον / Νιούτων).
      ["ο", "ου", "ον"],  // το Κρεμλίνο, Βλαχόπουλον
      ["ι", "ιου", "ια", "ιων", "ιον", "ιο"],  // Καρπενήσι, Καρπενήσιον, Κορωπί / Κορωπία
      ["ων", "ωνας", "ωνα", "ωνος", "ονας", "ονα"],  // Κίμων / Κίμωνας
      ["ωρ", "ορας", "ορα", "ορος", "ωρας", "ορ"],  // Νέστωρ / Νέστορας, Έκτορ / Έκτορας
      ["ας", "αδα", "αδος"],  // Σπερχειάς / Σπερχειάδα
      ["ις", "ιδα", "ιδος", "η"],  // Άρτεμις / Αρτέμιδα / Άρτεμη, Αδελαΐς / Αδελαΐδα
      ["ις", "ινα", "ινος"],  // Σαλαμίς / Σαλαμίνα, Ελευσίς / Ελευσίνα
      ["ην", "ηνα", "ηνος", "ηνας"],  // Τροιζήν / Τροιζήνα
      ["α", "αι"],  // Θήβα / Θήβαι
      ["αι", "ες", "ων"],  // Θήβαι / Θήβες
      ["εα", "ια"],  // Καστανέα / Καστανιά
      ["ους", "ου"],  // ο παππούς
      ["ες", "ε"],  // ο καφές
    ]

  /// Every ending of every paradigm.
  package static let allEndings: Set<String> = paradigms.reduce(into: []) { $0.formUnion($1) }

  /// Masculine and feminine endings of surnames: forms of different people.
  package static let genderPairs: [(String, String)] = [
    ("ης", "ου"),  // Λαζαρίδης / Λαζαρίδου
    ("ο", "α"), ("ος", "α"), ("ης", "α"),  // Μαρσέλο / Μαρσέλα, Αλέξανδρος / Αλεξάνδρα
    ("ιν", "ινα"), ("ιν", "ινας"),  // Φόκιν / Φόκινα
    ("οφ", "οβα"), ("εφ", "εβα"), ("οβ", "οβα"), ("εβ", "εβα"),  // Λαβρόφ / Λαβρόβα
    ("σκι", "σκα"), ("σκι", "σκαγια"), ("τσκι", "τσκα"),  // Ζελένσκι / Ζελένσκα
    ("ski", "ska"), ("sky", "ska"), ("sky", "skaya"), ("skiy", "skaya"), ("skyi", "ska"),
    ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ow", "owa"), ("yn", "yna"),
  ]

  /// An ending as a number: each letter's offset from α in five bits, for fast lookups.
  private static func code<C: Collection>(_ letters: C) -> UInt64? where C.Element == Unicode.Scalar {
    var code: UInt64 = 0
    for letter in letters {
      let value = letter.value
      let offset: UInt32
      switch value {
      case 0x03B1...0x03C9: offset = value - 0x03B1 + 1
      case 0x61...0x7A: offset = value - 0x61 + 1  // Latin endings use the same 5 bits
      default: return nil
      }
      code = code << 5 | UInt64(offset)
    }
    return code | (UInt64(letters.count) << 58)
  }

  private struct Pair: Hashable {
    var first: UInt64
    var second: UInt64
    init(_ a: UInt64, _ b: UInt64) {
      first = min(a, b)
      second = max(a, b)
    }
  }

  private static func codes(_ text: String) -> UInt64? { code(Array(text.unicodeScalars)) }

  private static let inflectionPairs: Set<Pair> = {
    var pairs = Set<Pair>()
    for paradigm in paradigms {
      for a in paradigm {
        for b in paradigm where a != b {
          if let codeA = codes(a), let codeB = codes(b) { pairs.insert(Pair(codeA, codeB)) }
        }
      }
    }
    return pairs
  }()

  private static let genderCodePairs: Set<Pair> = {
    Set(genderPairs.compactMap { a, b in codes(a).flatMap { codeA in codes(b).map { Pair(codeA, $0) } } })
  }()

  /// How two folded words relate. Only endings of up to six letters are looked at, and the
  /// shared stem must be at least two letters long.
  package static func relation(_ a: String, _ b: String) -> Relation? {
    relation(Array(a.unicodeScalars), Array(b.unicodeScalars))
  }

  /// How two folded words, as scalars, relate.
  package static func relation(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Relation? {
    if left == right { return .identical }
    var common = 0
    while common < min(left.count, right.count), left[common] == right[common] { common += 1 }
    // Try stems from the longest shared one down, so that the shortest endings decide.
    var stem = common
    while stem >= 2, left.count - stem <= 6, right.count - stem <= 6 {
      guard let codeA = code(left[stem...]), let codeB = code(right[stem...]) else { return nil }
      let pair = Pair(codeA, codeB)
      if genderCodePairs.contains(pair) { return .gender }
      if inflectionPairs.contains(pair) { return .inflection }
      stem -= 1
    }
    return nil
  }
}
