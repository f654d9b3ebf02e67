import GlossaNames
import GlossaText
import Testing

@testable import GlossaAlignment

@Suite("Sentence features")
struct SentenceFeaturesTests {
  @Test(
    "Thousands separators and decimal commas are normalized",
    arguments: [
      ("1.000 ευρώ", ["1000"]), ("1,000 euros", ["1000"]), ("1000", ["1000"]),
      ("43,2 βαθμοί", ["43.2"]), ("43.2 degrees", ["43.2"]), ("10.850 και 2,5", ["10850", "2.5"]),
      ("1.234.567", ["1234567"]), ("12:30", ["12", "30"]), ("007", ["7"]), ("2024.", ["2024"]),
    ])
  func numbers(text: String, expected: [String]) {
    #expect(NumberScanner.numbers(in: text) == expected)
  }

  @Test("Words are letter runs, combining accents included")
  func words() {
    #expect(SentenceFeatures.words(in: "Ο Λαβρόφ (Lavrov) είπε: «όχι»!") == ["Ο", "Λαβρόφ", "Lavrov", "είπε", "όχι"])
    // NFD: ε + U+0301 stays one word.
    #expect(SentenceFeatures.words(in: "ε\u{0301}να βήμα") == ["ε\u{0301}να", "βήμα"])
  }

  @Test("Names in two scripts give the same skeleton")
  func names() {
    let greek = SentenceFeatures("Ο Ρόμπινσον έπαιξε στο Λονδίνο.", script: .greek, glossary: nil, readsStems: false)
    let english = SentenceFeatures("Robinson played in London.", script: .latin, glossary: nil, readsStems: false)
    #expect(!greek.names.isEmpty)
    #expect(Set(greek.names) == Set(english.names))
    // The capitalized first word of a short sentence is not taken for a name.
    #expect(SentenceFeatures("The end.", script: .latin, glossary: nil, readsStems: false).names.isEmpty)
  }

  @Test("Greek final sigma does not change a name's skeleton")
  func finalSigma() {
    #expect(SentenceFeatures.withoutGreekFinalSigma("Τζόουνς") == "Τζόουν")
    #expect(SentenceFeatures.withoutGreekFinalSigma("Ηνς") == "Ηνς")  // too short to trim
    #expect(VariantMatcher.consonantSkeleton(of: "Κουμπιλάι") == VariantMatcher.consonantSkeleton(of: "Kubilai"))
  }

  @Test("Latin words in Greek text are foreign words; questions and quotes are noticed")
  func foreignWordsQuestionsQuotes() {
    let greek = SentenceFeatures("Τι είπε το NATO για τα drones;", script: .greek, glossary: nil, readsStems: false)
    #expect(greek.foreignWords == ["nato".hashValue, "drones".hashValue])
    #expect(greek.isQuestion)
    let english = SentenceFeatures("“NATO drones”; nothing else.", script: .latin, glossary: nil, readsStems: false)
    #expect(english.foreignWords.isEmpty)
    #expect(english.vocabulary.contains("nato".hashValue))
    #expect(!english.isQuestion)  // a semicolon asks nothing in English
    #expect(english.hasQuotes)
  }

  @Test("Glossary entries are found in either language")
  func glossaryEntries() {
    let greek = SentenceFeatures("Επίσκεψη στην Πιονγκγιάνγκ.", script: .greek, glossary: .shipped, readsStems: false)
    let english = SentenceFeatures("A visit to Pyongyang.", script: .latin, glossary: .shipped, readsStems: false)
    #expect(!greek.entries.isEmpty)
    #expect(greek.entries == english.entries)
  }

  @Test("Stems fold case and accents, for languages in one script")
  func stems() {
    let german = SentenceFeatures(
      "Die Expedition erreichte den Gipfel.", script: .latin, glossary: nil, readsStems: true)
    let french = SentenceFeatures("L'expédition atteignit le sommet.", script: .latin, glossary: nil, readsStems: true)
    #expect(Set(german.stems).intersection(french.stems).count == 1)
    #expect(SentenceFeatures("Die Expedition.", script: .latin, glossary: nil, readsStems: false).stems.isEmpty)
  }
}
