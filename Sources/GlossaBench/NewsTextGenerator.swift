import GlossaText

/// A deterministic generator of Greek news-like text for benchmarks.
///
/// Real news copy follows Zipf's law: a few hundred function words make up half the text,
/// and new word forms keep appearing however much is read. The generator mimics that: common
/// Greek words and names written for this benchmark, plus pseudo-words built from Greek
/// syllables (with accents, final sigma, capitals), drawn with Zipfian frequencies from a
/// vocabulary of 250,000 forms. Sentences carry commas, «quotes», numbers such as 1.000 and
/// 3,5%, abbreviations, question marks and paragraphs, so every text path is exercised.
struct NewsTextGenerator {
  private var random: SplitMix64
  private let vocabulary: [String]
  private let cumulativeWeights: [Double]

  init(seed: UInt64 = 2025, vocabularySize: Int = 250_000) {
    random = SplitMix64(seed: seed)
    var words = Self.commonWords
    var syllableRandom = SplitMix64(seed: seed ^ 0x9E37_79B9)
    while words.count < vocabularySize {
      words.append(Self.pseudoWord(&syllableRandom))
    }
    vocabulary = words
    var total = 0.0
    cumulativeWeights = (1...vocabularySize).map { rank in
      total += 1.0 / Double(rank)
      return total
    }
  }

  /// Returns about `byteCount` bytes of text, in whole paragraphs.
  mutating func text(byteCount: Int) -> String {
    var text = ""
    text.reserveCapacity(byteCount + 4096)
    while text.utf8.count < byteCount {
      text += paragraph()
      text += "\n"
    }
    return text
  }

  mutating func paragraph() -> String {
    (0..<random.int(in: 2...6)).map { _ in sentence() }.joined(separator: " ")
  }

  /// One word drawn with the vocabulary's frequencies.
  mutating func word() -> String { drawWord() }

  /// A uniform whole number in `range`, from the generator's own sequence.
  mutating func int(in range: Range<Int>) -> Int { random.int(in: range) }

  mutating func sentence() -> String {
    var words: [String] = []
    let length = random.int(in: 6...28)
    var quoteOpen = false
    for index in 0..<length {
      var word: String
      switch random.int(in: 0..<100) {
      case 0..<4: word = number()
      case 4..<10: word = Self.names[random.int(in: 0..<Self.names.count)]
      case 10..<11: word = Self.abbreviations[random.int(in: 0..<Self.abbreviations.count)]
      default: word = drawWord()
      }
      if index == 0 { word = capitalized(word) }
      if !quoteOpen, index > 0, index < length - 2, random.int(in: 0..<30) == 0 {
        word = "«" + word
        quoteOpen = true
      } else if quoteOpen, random.int(in: 0..<6) == 0 {
        word += "»"
        quoteOpen = false
      }
      if index < length - 1, random.int(in: 0..<9) == 0 { word += "," }
      words.append(word)
    }
    var sentence = words.joined(separator: " ")
    if quoteOpen { sentence += "»" }
    sentence += random.int(in: 0..<12) == 0 ? ";" : "."
    return sentence
  }

  private mutating func drawWord() -> String {
    let target = random.unit() * cumulativeWeights[cumulativeWeights.count - 1]
    var low = 0
    var high = cumulativeWeights.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulativeWeights[middle] < target { low = middle + 1 } else { high = middle }
    }
    return vocabulary[low]
  }

  private mutating func number() -> String {
    switch random.int(in: 0..<5) {
    case 0: return "\(random.int(in: 1...99)).\(random.int(in: 100...999))"
    case 1: return "\(random.int(in: 1...99)),\(random.int(in: 1...9))%"
    case 2: return "\(random.int(in: 1...28)).\(random.int(in: 1...12)).20\(random.int(in: 10...25))"
    default: return "\(random.int(in: 2...2025))"
    }
  }

  private func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }

  private static func pseudoWord(_ random: inout SplitMix64) -> String {
    let syllables = random.int(in: 1...5)
    var scalars: [String] = []
    let accentAt = random.int(in: 0..<syllables)
    for index in 0..<syllables {
      let onset = onsets[random.int(in: 0..<onsets.count)]
      let vowel =
        index == accentAt && syllables > 1
        ? accentedVowels[random.int(in: 0..<accentedVowels.count)] : vowels[random.int(in: 0..<vowels.count)]
      scalars.append(onset + vowel)
    }
    var word = scalars.joined()
    switch random.int(in: 0..<4) {
    case 0: word += "ς"
    case 1: word += "ν"
    default: break
    }
    if random.int(in: 0..<25) == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
    return word
  }

  private static let onsets = [
    "", "β", "γ", "δ", "ζ", "θ", "κ", "λ", "μ", "ν", "ξ", "π", "ρ", "σ", "τ", "φ", "χ", "ψ",
    "μπ", "ντ", "γκ", "τσ", "στ", "σπ", "κρ", "πρ", "τρ", "γρ", "φτ", "χρ", "θρ", "σκ", "κλ",
  ]
  private static let vowels = ["α", "ε", "η", "ι", "ο", "υ", "ω", "ου", "αι", "ει", "οι", "αυ", "ευ"]
  private static let accentedVowels = ["ά", "έ", "ή", "ί", "ό", "ύ", "ώ", "ού", "αί", "εί", "οί", "αύ", "εύ"]

  private static let commonWords = [
    "και", "το", "η", "ο", "να", "της", "του", "την", "τη", "με", "για", "σε", "στην", "στο",
    "των", "τον", "που", "τα", "οι", "από", "ότι", "είναι", "θα", "δεν", "στις", "στα", "στον",
    "ένα", "μια", "ενώ", "αλλά", "όπως", "μετά", "έχει", "είχε", "ήταν", "πρόεδρος", "κυβέρνηση",
    "υπουργός", "χώρα", "χώρες", "σήμερα", "χθες", "αύριο", "δήλωσε", "ανέφερε", "σύμφωνα",
    "ανακοίνωση", "συνάντηση", "πόλεμο", "ειρήνη", "συμφωνία", "εκλογές", "βουλή", "κόμμα",
    "οικονομία", "αγορά", "τιμές", "εκατομμύρια", "ευρώ", "δολάρια", "πρωθυπουργός", "ηγέτης",
    "στρατιώτες", "δυνάμεις", "περιοχή", "πόλη", "πρωτεύουσα", "διεθνής", "ευρωπαϊκή", "ένωση",
    "επίσκεψη", "συνέντευξη", "Τύπου", "ερώτηση", "απάντηση", "μέτρα", "σχέδιο", "νόμος",
    "άρθρο", "ΝΑΤΟ", "ΟΗΕ", "ΕΕ", "ΗΠΑ", "υπουργείο", "Εξωτερικών", "Άμυνας", "Οικονομικών",
  ]

  private static let names = [
    "Μητσοτάκης", "Μητσοτάκη", "Τσίπρας", "Ανδρουλάκης", "Πούτιν", "Τραμπ", "Μπάιντεν",
    "Ζελένσκι", "Ερντογάν", "Μακρόν", "Σολτς", "Λαβρόφ", "Μπλίνκεν", "Γκουτέρες",
    "Κιμ", "Γιονγκ", "Ουν", "Πιονγκγιάνγκ", "Σεούλ", "Μόσχα", "Κίεβο", "Ουάσιγκτον", "Βρυξέλλες",
    "Αθήνα", "Θεσσαλονίκη", "Κρήτη", "Κύπρο", "Τουρκία", "Ουκρανία", "Ρωσία", "Κίνα",
    "Ισραήλ", "Γάζα", "Λίβανο", "Ιράν", "Συρία", "Κουρσκ", "Κρεμλίνο", "Λευκό", "Οίκο",
  ]

  private static let abbreviations = ["κ.", "κ.κ.", "π.χ.", "δηλ.", "χλμ.", "εκατ.", "κλπ."]
}

extension SplitMix64 {
  /// A uniform value in `range`.
  mutating func int(in range: Range<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// A uniform value in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }
}
