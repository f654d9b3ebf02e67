/// Greek case endings of names: which two forms of a word are the same name inflected, and
/// which are the masculine and feminine of a surname (different people).
///
/// Works on folded words (lower case, no accents, final ς). Paradigms are sets of endings a
/// noun class takes, including the katharevousa endings place names keep (Ουρανόπολις,
/// Καρπενήσιον) and the forms Greek gives foreign names (Κίμων/Κίμωνας, Έκτορ/Έκτορας).
enum GreekEndings {
  /// How two words relate through their endings.
  enum Relation: Equatable {
    /// The same word: nothing differs.
    case identical
    /// Two case forms of one noun (Κορέα/Κορέας, Κρεμλίνο/Κρεμλίνου).
    case inflection
    /// Masculine and feminine of one surname: Λαζαρίδης/Λαζαρίδου, Φόκιν/Φόκινα.
    case gender
  }

  /// Endings one noun class takes; two endings in one set are forms of the same word.
  static let paradigms: [Set<String>] = [
    ["ος", "ου", "ο", "ε", "οι", "ους", "ων"],  // ο Βόλος, του Βόλου
    ["ας", "α", "ες", "ων", "αδες"],  // ο Τσίπρας, του Τσίπρα
    ["ης", "η", "ες", "ηδες"],  // ο Μητσοτάκης, του Μητσοτάκη
    ["α", "ας", "ες", "ων"],  // η Κορέα, της Κορέας
    ["η", "ης", "ες", "εων"],  // η Κρήτη, της Κρήτης
    ["ις", "η", "εως", "ης", "εις"],  // Ουρανόπολις / Ουρανόπολη
    ["ο", "ου", "ων", "ον"],  // το Κρεμλίνο, Βλαχόπουλον
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

  /// Masculine and feminine endings of surnames: forms of different people.
  static let genderPairs: [(String, String)] = [
    ("ης", "ου"),  // Λαζαρίδης / Λαζαρίδου
    ("ο", "α"), ("ος", "α"), ("ης", "α"),  // Μαρσέλο / Μαρσέλα, Αλέξανδρος / Αλεξάνδρα
    ("ιν", "ινα"), ("ιν", "ινας"),  // Φόκιν / Φόκινα
    ("οφ", "οβα"), ("εφ", "εβα"), ("οβ", "οβα"), ("εβ", "εβα"),  // Λαβρόφ / Λαβρόβα
    ("σκι", "σκα"), ("σκι", "σκαγια"), ("τσκι", "τσκα"),  // Ζελένσκι / Ζελένσκα
    ("ski", "ska"), ("sky", "ska"), ("sky", "skaya"), ("skiy", "skaya"), ("skyi", "ska"),
    ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ow", "owa"), ("yn", "yna"),
  ]

  /// How two folded words relate. Only endings of up to six letters are looked at, and the
  /// shared stem must be at least two letters long.
  static func relation(_ a: String, _ b: String) -> Relation? {
    if a == b { return .identical }
    let left = Array(a.unicodeScalars)
    let right = Array(b.unicodeScalars)
    var common = 0
    while common < min(left.count, right.count), left[common] == right[common] { common += 1 }
    // Try stems from the longest shared one down, so that the shortest endings decide.
    var stem = common
    while stem >= 2, left.count - stem <= 6, right.count - stem <= 6 {
      let endingA = String(String.UnicodeScalarView(left[stem...]))
      let endingB = String(String.UnicodeScalarView(right[stem...]))
      if isGenderPair(endingA, endingB) { return .gender }
      if paradigms.contains(where: { $0.contains(endingA) && $0.contains(endingB) }) {
        return .inflection
      }
      stem -= 1
    }
    return nil
  }

  private static func isGenderPair(_ a: String, _ b: String) -> Bool {
    genderPairs.contains { ($0.0 == a && $0.1 == b) || ($0.0 == b && $0.1 == a) }
  }
}
