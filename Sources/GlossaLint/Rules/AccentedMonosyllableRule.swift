import GlossaDiagnostics
import GlossaText

/// Flags a one-syllable word written with an accent (πιό, γιά, μιά), except those Greek
/// accents to tell them apart: ή (or), πού and πώς (questions), and the pronouns μού, σού,
/// τού, τής, μάς, σάς, τούς where the accent prevents a misreading.
///
/// What is not a slip, and is never flagged:
/// - `ό,τι` ("whatever"), whose accent tells it from `ο, τι`;
/// - an elided word, which keeps the accent of its full form (δώσ' ← δώσε, πάρ' το);
/// - anything with digits, such as ordinal abbreviations (30ής, 25ης, 100ή), and abbreviations
///   with full stops (κ.ά., κ.ο.κ.);
/// - by default, a foreign monosyllabic name (Φόρντ, Χόλτ): a capitalized word that is not one
///   of Greek's own one-syllable words. The press writes such names both ways; the monotonic
///   norm has no accent. `accented-monosyllable: { foreign-names: on }` flags them too.
struct AccentedMonosyllableRule: LintRule {
  /// `accented-monosyllable: { foreign-names: on }` in `.glossa.yml`.
  struct Options: RuleOptions {
    /// Also flag foreign monosyllabic names written with an accent (Φόρντ → Φορντ).
    var foreignNames = false

    init() {}

    enum CodingKeys: String, CodingKey {
      case foreignNames = "foreign-names"
    }
  }

  static let description = RuleDescription(
    identifier: "accented-monosyllable",
    name: "Accented monosyllable",
    summary: "A one-syllable word with an accent it should not have.",
    defaultSeverity: .warning,
    nonTriggeringExamples: [
      Example("Πού είσαι; Πώς είσαι; Θα έρθεις ή όχι;"),
      Example("Ο πατέρας μού είπε την αλήθεια. Η μητέρα τής έδωσε το βιβλίο."),
      Example("Η μία πρόταση και η άλλη."),
      Example("Είναι πιο δύσκολο για μια χώρα."),
      Example("Το τσάι και το ρολόι."),
      Example("Μέσα σε διάστημα τριών μηνών ο ιός εξαπλώθηκε στο Κίεβο."),
      Example("ΤΟ ΠΙΟ ΣΗΜΑΝΤΙΚΟ"),
      Example("Κάνει ό,τι θέλει. Ό,τι κι αν γίνει, απ' ό, τι ξέρω."),
      Example("Πάρ' το και δώσ' μου το άλλο· κόψ’ τα."),
      Example("Την 30ής Ιουνίου και τη 100ή επέτειο."),
      Example("Η Φόρντ δήλωσε ότι ο Χόλτ και η Τίφανι Ίν ήρθαν."),
      Example("Συμφώνησαν διά χειραψίας."),
    ],
    triggeringExamples: [
      Example("Η κυβέρνηση θα ↓τούς στηρίξει και δεν ↓μάς ενημέρωσε."),
      Example("Είναι ↓πιό δύσκολο."),
      Example("↓Γιά πάντα και ↓μιά φορά."),
      Example("Ήρθε ↓τό πρωί."),
      Example("↓Τρείς ήρθαν. ↓Νά τος."),
      Example("↓Ποιός ήρθε; ↓Ό καιρός άλλαξε."),
      Example("Είπε ↓ό τι ήθελε."),
    ],
    corrections: [
      (Example("Είναι ↓πιό δύσκολο ↓γιά όλους."), Example("Είναι πιο δύσκολο για όλους."))
    ])

  /// One-syllable words that may carry an accent, and διά, the learned preposition, which
  /// dictionaries count as two syllables (δι-ά) and write with its accent.
  static let allowed: Set<String> = ["ή", "πού", "πώς", "μού", "σού", "τού", "τής", "μάς", "σάς", "τούς", "ώ", "διά"]

  /// Greek's own one-syllable words, without accents: articles, pronouns, particles,
  /// conjunctions, prepositions and the few one-syllable nouns and verb forms. A closed class:
  /// a capitalized one-syllable word outside it is a name from another language.
  static let greekMonosyllables: Set<String> = [
    // articles and pronouns
    "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τη", "τους", "τις", "μου", "σου",
    "μας", "σας", "με", "σε", "τι", "ποιος", "ποια", "ποιο", "ποιοι", "ποιες", "ποιου", "ποιας", "ποιον",
    "ποιαν", "ποιων", "ποιους", "μια", "μιας",
    // numerals
    "δυο", "τρεις",
    // particles, conjunctions, adverbs, prepositions, interjections
    "να", "θα", "ας", "μη", "μην", "δεν", "δε", "και", "κι", "αν", "ως", "σαν", "πως", "που", "για",
    "πιο", "πια", "προ", "προς", "πριν", "μες", "χθες", "εκ", "εξ", "εν", "συν", "απ", "ναι", "δω", "κει",
    "γεια", "μα", "ευ", "δια", "κατ", "μετ", "παρ", "υπ", "επ", "αφ", "εφ", "καθ", "μεθ", "υφ", "ω", "α",
    "ε", "ου", "αχ", "ωχ", "οχ", "μπα", "μπρος",
    // one-syllable nouns and verb forms
    "γη", "φως", "νους", "μυς", "πυρ", "ους", "γιος", "γιοι", "γιους", "γιε", "ζω", "ζεις", "ζει", "ζουν",
    "πω", "πεις", "πει", "πουν", "δεις", "δει", "δουν", "βγω", "βγεις", "βγει", "βγουν", "βρω", "βρεις",
    "βρει", "βρουν", "μπω", "μπεις", "μπει", "μπουν", "πας", "λες", "λει", "τρως", "τρω", "φας", "κλαις",
    "φταις", "πιες", "πιει", "τσαι",
  ]

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    let foreignNames = analysis.configuration.options(for: Self.self).foreignNames
    let text = Array(analysis.document.text.utf8)
    let words = analysis.words
    return words.indices.compactMap { index in
      let word = words[index]
      // One-syllable words are short: skip the rest before any counting.
      guard word.text.unicodeScalars.count <= 6, GreekWord.accentCount(word.text) == 1, GreekWord.isGreek(word.text),
        word.text.unicodeScalars.count == 1 || !GreekWord.isAllCapitals(word.text),
        !word.text.unicodeScalars.contains(where: { $0.properties.numericType != nil || $0 == "." }),
        GreekWord.syllableCount(word.text) == 1,
        !Self.allowed.contains(word.text.lowercased())
          || Self.followsVerbParticle(word, previous: index > 0 ? words[index - 1] : nil, in: text),
        !Self.isOTi(word, in: text), !Self.isElided(word, in: text),
        foreignNames || !Self.isForeignName(word.text)
      else { return nil }
      let fixed = GreekWord.removingLastAccent(word.text)
      return finding(
        "'\(word.text)' has one syllable and takes no accent; write '\(fixed)'",
        at: word.utf8Range, in: analysis, suggestion: fixed, fix: Replacement(utf8Range: word.utf8Range, text: fixed))
    }
  }

  /// Particles that only ever stand before a verb (θα, να, δεν, μην, ας).
  static let verbParticles: Set<String> = ["θα", "να", "δεν", "δε", "μη", "μην", "ας"]

  /// Whether an accented weak pronoun (μάς, τούς) comes straight after a verb particle: there it
  /// can only be the verb's object (θα μας πει), so no reading needs its accent.
  static func followsVerbParticle(_ word: Token, previous: Token?, in text: [UInt8]) -> Bool {
    guard weakPronouns.contains(word.text), let previous, verbParticles.contains(previous.text.lowercased()),
      word.utf8Range.lowerBound == previous.utf8Range.upperBound + 1,
      text[previous.utf8Range.upperBound] == UInt8(ascii: " ")
    else { return false }
    return true
  }

  /// The weak pronouns that take an accent where it prevents a misreading.
  static let weakPronouns: Set<String> = ["μού", "σού", "τού", "τής", "μάς", "σάς", "τούς"]

  /// Whether the word is the ό of ό,τι: followed by a comma and τι (a space may come between).
  static func isOTi(_ word: Token, in text: [UInt8]) -> Bool {
    guard word.text == "ό" || word.text == "Ό" else { return false }
    var index = word.utf8Range.upperBound
    guard index < text.count, text[index] == UInt8(ascii: ",") else { return false }
    index += 1
    if index < text.count, text[index] == UInt8(ascii: " ") { index += 1 }
    // τι is CF 84 CE B9 in UTF-8, Τι is CE A4 CE B9.
    guard index + 3 < text.count else { return false }
    let isTau = (text[index] == 0xCF && text[index + 1] == 0x84) || (text[index] == 0xCE && text[index + 1] == 0xA4)
    return isTau && text[index + 2] == 0xCE && text[index + 3] == 0xB9
  }

  /// Whether an apostrophe follows the word directly: an elided form keeps its accent.
  static func isElided(_ word: Token, in text: [UInt8]) -> Bool {
    let after = word.utf8Range.upperBound
    guard after < text.count else { return false }
    if text[after] == UInt8(ascii: "'") { return true }
    // ’ (U+2019) and ʼ (U+02BC).
    if after + 2 < text.count, text[after] == 0xE2, text[after + 1] == 0x80, text[after + 2] == 0x99 { return true }
    return after + 1 < text.count && text[after] == 0xCA && text[after + 1] == 0xBC
  }

  /// Whether a capitalized word is not one of Greek's own one-syllable words.
  static func isForeignName(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
    let plain = GreekWord.removingLastAccent(word).lowercased()
    return !greekMonosyllables.contains(plain)
  }
}
