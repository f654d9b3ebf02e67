import Testing

@testable import GlossaText

@Suite("Transliteration schemes")
struct TransliterationSchemeTests {
  @Test("Every scheme opens and changes Greek text", arguments: TransliterationScheme.allCases)
  func opens(scheme: TransliterationScheme) throws {
    let transliterator = try scheme.makeTransliterator()
    let sample = scheme.producesLatin ? "Χανιά" : "Chania"
    let result = transliterator.transliterated(sample)
    #expect(!result.isEmpty)
    #expect(result != sample)
  }

  @Test("ICU's schemes give their documented forms")
  func icuForms() throws {
    #expect(try TransliterationScheme.ungegn.makeTransliterator().transliterated("Χανιά") == "Chaniá")
    #expect(try TransliterationScheme.bgn.makeTransliterator().transliterated("Χανιά") == "Khaniá")
    #expect(try TransliterationScheme.icu.makeTransliterator().transliterated("Ευάγγελος") == "Euángelos")
    #expect(try TransliterationScheme.latinGreek.makeTransliterator().transliterated("Chania") == "Χανια")
  }

  @Test(
    "Word-by-word caching matches whole-text ICU output for every scheme",
    arguments: TransliterationScheme.allCases)
  func cachingIsExact(scheme: TransliterationScheme) throws {
    let text =
      scheme.producesLatin
      ? "ΨΥΧΙΚΟ Ψ ΑΒ, Ευάγγελος; «Ναι»· Μπάμπης ΜΠΑΜΠΗΣ Θ. Ξ Ἀθῆναι 1.000 Café ΟΥ Ου"
      : "Thessaloniki, Chania; Psychiko PS Ps 1.000 Café"
    let transliterator = try scheme.makeTransliterator()
    #expect(transliterator.transliterated(text) == (try transliterator.transliteratedWhole(text)))
    // A second pass answers from the cache and must not change anything.
    #expect(transliterator.transliterated(text) == (try transliterator.transliteratedWhole(text)))
  }

  @Test("Scheme names are the ones the CLI accepts")
  func names() {
    #expect(TransliterationScheme.allCases.map(\.rawValue) == ["elot743", "ungegn", "bgn", "icu", "latin-greek"])
    #expect(TransliterationScheme(rawValue: "latin-greek") == .latinGreek)
  }
}

@Suite("Slugger")
struct SluggerTests {
  let slugger = try! Slugger()

  @Test(
    "Slugs are lower-case ASCII ELOT with hyphens",
    arguments: [
      ("Ο Κιμ Γιονγκ Ουν στη Μόσχα!", "o-kim-giongk-oun-sti-moscha"),
      ("Θεσσαλονίκη: 1.000 νέα δέντρα", "thessaloniki-1-000-nea-dentra"),
      ("  «Ευχαριστώ» — είπε ο Πούτιν  ", "efcharisto-eipe-o-poutin"),
      ("Café Ψυχικό", "cafe-psychiko"),
      ("Кремль και Κρεμλίνο", "kreml-kai-kremlino"),
      ("!!!", ""),
    ])
  func slugs(title: String, slug: String) {
    #expect(slugger.slug(for: title) == slug)
  }
}
