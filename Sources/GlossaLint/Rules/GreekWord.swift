import GlossaICU
import GlossaText

/// Accents and syllables of Greek words, for the orthography rules.
enum GreekWord {
  /// Combining marks that are accents: acute (tonos), grave, circumflex.
  static let accentMarks: Set<UInt32> = [0x0301, 0x0300, 0x0342]

  /// The decomposed scalars of a word.
  static func decomposed(_ word: String) -> [Unicode.Scalar] {
    Array(((try? Normalizer.nfd.normalized(word)) ?? word).unicodeScalars)
  }

  /// Precomposed monotonic letters with tonos: ά έ ή ί ό ύ ώ ΐ ΰ and their capitals.
  private static let tonosLetters: Set<UInt32> = [
    0x0386, 0x0388, 0x0389, 0x038A, 0x038C, 0x038E, 0x038F, 0x0390, 0x03AC, 0x03AD, 0x03AE, 0x03AF,
    0x03B0, 0x03CC, 0x03CD, 0x03CE,
  ]

  /// How many accents the word carries.
  static func accentCount(_ word: String) -> Int {
    var count = 0
    for scalar in word.unicodeScalars {
      let value = scalar.value
      if value < 0x0300 { continue }
      if tonosLetters.contains(value) || accentMarks.contains(value) {
        count += 1
      } else if (0x1F00...0x1FFF).contains(value) {
        // Polytonic letters: let the decomposition say which carry an accent.
        return decomposed(word).filter { accentMarks.contains($0.value) }.count
      }
    }
    return count
  }

  /// The word with its last accent removed (or its only one), in NFC.
  static func removingLastAccent(_ word: String) -> String { removingAccent(of: word, first: false) }

  /// The word without its first accent (νότιοδυτικό → νοτιοδυτικό).
  static func removingFirstAccent(_ word: String) -> String { removingAccent(of: word, first: true) }

  private static func removingAccent(of word: String, first: Bool) -> String {
    var scalars = decomposed(word)
    let isAccent = { (scalar: Unicode.Scalar) in accentMarks.contains(scalar.value) }
    if let index = first ? scalars.firstIndex(where: isAccent) : scalars.lastIndex(where: isAccent) {
      scalars.remove(at: index)
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return (try? Normalizer.nfc.normalized(String(view))) ?? String(view)
  }

  /// How many syllables follow the one with the first accent (2 for άνθρωπό, 1 for περάσμά);
  /// `nil` without an accent.
  ///
  /// Counted as spelling counts them for accents: an ι or υ before another vowel is a syllable
  /// of its own (προσπάθειά μου, σχέδιό του: accented on the third syllable from the end).
  static func syllablesAfterFirstAccent(_ word: String) -> Int? {
    let scalars = decomposed(word)
    guard let accent = scalars.firstIndex(where: { accentMarks.contains($0.value) }) else { return nil }
    let vowels = vowelSlots(scalars[(accent + 1)...])
    var count = 0
    var index = 0
    while index < vowels.count {
      guard let vowel = vowels[index] else {
        index += 1
        continue
      }
      count += 1
      if index + 1 < vowels.count, let next = vowels[index + 1], !next.diaeresis,
        digraphs.contains(String(vowel.base) + String(next.base))
      {
        index += 2
      } else {
        index += 1
      }
    }
    return count
  }

  /// Whether the word is written in Greek letters.
  static func isGreek(_ word: String) -> Bool { ScriptCounts(word).isGreekOnly }

  /// Whether every letter of the word is a capital (a headline word, an acronym).
  static func isAllCapitals(_ word: String) -> Bool {
    let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
    return !letters.isEmpty && letters.allSatisfy { !$0.properties.isLowercase }
  }

  /// Vowel pairs written for one sound, one syllable unless a diaeresis parts them.
  static let digraphs: Set<String> = ["αι", "ει", "οι", "υι", "ου", "αυ", "ευ", "ηυ"]

  /// A vowel of a word, with the marks on it.
  struct Vowel {
    var base: Unicode.Scalar
    var accent = false
    var diaeresis = false
  }

  /// The letters of decomposed text as vowels (lower case, with their accent and diaeresis) or
  /// `nil` for consonants; marks and other characters are not letters.
  static func vowelSlots(_ scalars: some Sequence<Unicode.Scalar>) -> [Vowel?] {
    var letters: [Vowel?] = []
    for scalar in scalars {
      switch scalar.value {
      case 0x0301, 0x0300, 0x0342:
        if let last = letters.last, last != nil { letters[letters.count - 1]!.accent = true }
      case 0x0308:
        if let last = letters.last, last != nil { letters[letters.count - 1]!.diaeresis = true }
      default:
        let lower =
          Unicode.Scalar(scalar.value >= 0x0391 && scalar.value <= 0x03A9 ? scalar.value + 0x20 : scalar.value)
          ?? scalar
        if "αεηιουω".unicodeScalars.contains(lower) {
          letters.append(Vowel(base: lower))
        } else if scalar.properties.isAlphabetic {
          letters.append(nil)
        }
      }
    }
    return letters
  }

  /// The number of syllables: vowel groups, with αι ει οι υι ου αυ ευ ηυ as one, a diaeresis
  /// or an accent on the first vowel splitting a pair, and an unaccented ι or υ before
  /// another vowel read as a glide (μια, πιο, γιατί).
  static func syllableCount(_ word: String) -> Int {
    let letters = vowelSlots(decomposed(word))
    var count = 0
    var index = 0
    while index < letters.count {
      guard let vowel = letters[index] else {
        index += 1
        continue
      }
      let next = index + 1 < letters.count ? letters[index + 1] : nil
      if let next, !next.diaeresis, !vowel.accent {
        let pair = String(vowel.base) + String(next.base)
        // ει or οι between a consonant and a vowel in a short word is a glide, as ι is
        // (ποιος, ποια, ποιοι: one syllable each).
        if pair == "ει" || pair == "οι", index > 0, letters[index - 1] == nil, index + 2 < letters.count,
          let following = letters[index + 2], !next.accent, !following.diaeresis, letters.count <= 6
        {
          index += 2
          continue
        }
        if digraphs.contains(pair) {
          count += 1
          index += 2
          continue
        }
        // An unaccented ι or υ between a consonant and a vowel is a glide in the short
        // words that take no accent (μια, πιο, για, δυο); in longer ones it is usually a
        // syllable of its own (τρι-ών, Κι-έ-βο), so it counts.
        if vowel.base == "ι" || vowel.base == "υ", index > 0, letters[index - 1] == nil, letters.count <= 4 {
          index += 1
          continue
        }
      }
      count += 1
      index += 1
    }
    return count
  }
}
