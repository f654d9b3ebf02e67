import Testing

@testable import GlossaMemory

@Suite("Fuzzy match and concordance")
struct FuzzyMatchTests {
  static let pairs = [
    (
      "Ο Λαβρόφ έφτασε στην Πιονγκγιάνγκ για συνομιλίες με την ηγεσία της χώρας.",
      "Lavrov arrived in Pyongyang for talks with the country's leadership."
    ),
    (
      "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση την Τρίτη.",
      "The government announced new housing measures on Tuesday."
    ),
    (
      "Το πρόγραμμα θα κοστίσει 1,2 δισ. ευρώ και θα καλύψει 40.000 νοικοκυριά.",
      "The programme will cost 1.2 billion euros and cover 40,000 households."
    ),
    (
      "Η αντιπολίτευση χαρακτήρισε ανεπαρκή τα μέτρα της κυβέρνησης.",
      "The opposition called the government's measures inadequate."
    ),
    ("Τα ενοίκια στην Αθήνα αυξήθηκαν κατά 9% μέσα σε ένα χρόνο.", "Rents in Athens rose by 9% in a single year."),
    (
      "Ο καιρός θα παραμείνει αίθριος σε όλη τη χώρα το Σαββατοκύριακο.",
      "The weather will stay fine across the country at the weekend."
    ),
  ]

  func memory() throws -> TranslationMemory {
    let memory = try temporaryMemory()
    _ = try memory.add(
      Self.pairs.enumerated().map { index, pair in
        TranslationUnit(source: pair.0, target: pair.1, sourceLanguage: "el", targetLanguage: "en", id: "u\(index)")
      })
    _ = try memory.add([
      TranslationUnit(
        source: "Rents in Athens rose by 9% in a single year.",
        target: "Τα ενοίκια στην Αθήνα αυξήθηκαν κατά 9% μέσα σε ένα χρόνο.", sourceLanguage: "en", targetLanguage: "el"
      )
    ])
    return memory
  }

  @Test("The identical sentence scores 100 and comes first")
  func exact() throws {
    let matches = try memory().matches(for: Self.pairs[1].0)
    #expect(matches.first?.score == 100)
    #expect(matches.first?.unit.id == "u1")
    #expect(matches.dropFirst().allSatisfy { $0.score < 100 })
  }

  @Test("One word changed: found, scored by the share of words, the word named")
  func oneWord() throws {
    let query = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση την Πέμπτη."
    let match = try #require(try memory().matches(for: query).first)
    #expect(match.unit.id == "u1")
    #expect(abs(match.score - 90) < 0.01)  // 1 of 10 words
    #expect(match.explanation.differences == [FuzzyMatch.Difference(kind: "replaced", query: "Πέμπτη", unit: "Τρίτη")])
  }

  @Test("A number changed costs half a word; a name spelled another way a fifth")
  func numbersAndNames() throws {
    let memory = try memory()
    let number = try #require(
      try memory.matches(for: "Τα ενοίκια στην Αθήνα αυξήθηκαν κατά 12% μέσα σε ένα χρόνο.").first)
    #expect(number.unit.id == "u4")
    #expect(number.explanation.differences.map(\.kind) == ["number"])
    #expect(abs(number.score - 100 * (1 - 0.5 / 11)) < 0.01)  // half a word of 11

    let name = try #require(
      try memory.matches(for: "Ο Λαβρόφ έφτασε στην Πιονγιάνγκ για συνομιλίες με την ηγεσία της χώρας.").first)
    #expect(name.unit.id == "u0")
    #expect(
      name.explanation.differences == [FuzzyMatch.Difference(kind: "name", query: "Πιονγιάνγκ", unit: "Πιονγκγιάνγκ")])
    #expect(name.score > 98 && name.score < 100)
  }

  @Test("Case, accents or punctuation alone keep a match below 100")
  func penalties() throws {
    let memory = try memory()
    let caseOnly = try #require(
      try memory.matches(for: "η κυβερνηση ανακοινωσε νεα μετρα για τη στεγαση την Τριτη.").first)
    #expect(caseOnly.score == 99)
    #expect(caseOnly.explanation.penalties.map(\.reason) == ["case or accents differ"])
    let punctuation = try #require(
      try memory.matches(for: "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση την Τρίτη!").first)
    #expect(punctuation.score == 99)
    #expect(punctuation.explanation.penalties.map(\.reason) == ["punctuation differs"])
    #expect(
      try memory.matches(for: "  Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση  την Τρίτη. ").first?.score == 100)
  }

  @Test("Unrelated sentences find nothing; limits and languages are kept")
  func limits() throws {
    let memory = try memory()
    #expect(try memory.matches(for: "Ο Ολυμπιακός κέρδισε τον Παναθηναϊκό με δύο γκολ.").isEmpty)
    #expect(try memory.matches(for: "").isEmpty)
    let loose = try memory.matches(for: "Η κυβέρνηση ανακοίνωσε μέτρα.", minimumScore: 10, limit: 2)
    #expect(loose.count == 2)
    #expect(loose[0].score >= loose[1].score)
    let english = try memory.matches(for: "Rents in Athens rose by 9% in a single year.", sourceLanguage: "EN")
    #expect(english.count == 1)
    #expect(try memory.matches(for: "Rents in Athens rose by 9% in a single year.", sourceLanguage: "el").isEmpty)
  }

  @Test("Concordance ignores case and accents, looks at both sides, and wants the words in a row")
  func concordance() throws {
    let memory = try memory()
    let greek = try memory.concordance("ΜΕΤΡΑ ΓΙΑ")
    #expect(greek.map(\.unit.id) == ["u1"])
    #expect(greek.first?.side == .source)
    let both = try memory.concordance("athens")
    #expect(both.count == 2)
    #expect(Set(both.map(\.side)) == [.source, .target])
    #expect(try memory.concordance("athens", side: .target).count == 1)
    #expect(try memory.concordance("για μέτρα").isEmpty)
    #expect(try memory.concordance("κυβέρνησης").count == 1)  // the genitive is another word
  }
}
