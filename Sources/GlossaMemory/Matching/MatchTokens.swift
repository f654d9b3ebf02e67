import GlossaGlossary
import GlossaText

/// A segment's words as the memory indexes and compares them.
///
/// Words are folded (case, accents, final sigma, typographic variants: see ``TextFolder``), so
/// `ΚΟΡΕΑΣ` and `Κορέας` are one word. Capitalized words also give a name token, the consonant
/// skeleton of their sound, so a name spelled another way (Πιονγιάνγκ, Πιονγκγιάνγκ) still finds
/// the unit.
struct MatchTokens: Sendable {
  /// Folded words in order.
  let words: [String]
  /// The words as written, in the same order (where the folding kept the word boundaries).
  let originals: [String]
  /// Name tokens (`~` and a skeleton) of capitalized words.
  let names: [String]

  init(_ text: String) {
    let text = Self.withoutThousandsSeparators(text)
    words = TextFolder.shared.key(text).split(separator: " ").map(String.init)
    let originals = Self.originalWords(in: text)
    self.originals = originals.count == words.count ? originals : words
    var names: [String] = []
    for word in originals where word.unicodeScalars.first?.properties.isUppercase == true && word.count >= 4 {
      if let skeleton = VariantMatcher.consonantSkeleton(of: word), skeleton.count >= 3 { names.append("~" + skeleton) }
    }
    self.names = names
  }

  /// The distinct tokens the index keeps for the segment: words and name tokens.
  var indexTokens: Set<String> { Set(words).union(names) }

  /// Runs of letters and digits (apostrophes inside a word kept out, as folding drops them).
  static func originalWords(in text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
        current.append(scalar)
      } else if scalar == "'" || scalar == "’" {
        continue
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// The text with the separators of thousands taken out of numbers (1.600 and 1,600 become
  /// 1600), so a number stays one word.
  static func withoutThousandsSeparators(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains(where: { $0 == "." || $0 == "," }) else { return text }
    var result = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      let isThousands =
        (scalar == "." || scalar == ",") && index > 0 && Self.isDigit(scalars[index - 1]) && index + 3 < scalars.count
        && (1...3).allSatisfy { Self.isDigit(scalars[index + $0]) }
        && (index + 4 == scalars.count || !Self.isDigit(scalars[index + 4]))
      if isThousands {
        continue
      }
      result.append(scalar)
    }
    return String(result)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  /// Whether a folded word is a number.
  static func isNumber(_ word: String) -> Bool { word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
}
