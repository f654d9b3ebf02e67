import Testing

@testable import GlossaSegmentation

/// Splits `text` and returns the sentences' texts.
func split(
  _ text: String, _ language: SegmentationLanguage = .greek,
  _ options: SegmentationOptions = SegmentationOptions()
) -> [String] {
  let segmenter = try! SentenceSegmenter(language: language, options: options)
  let sentences = segmenter.sentences(in: text)
  expectExactRanges(sentences, in: text)
  return sentences.map(\.text)
}

/// Every sentence's ranges, in every unit, cut exactly its text out of the input.
func expectExactRanges(_ sentences: [Sentence], in text: String) {
  let utf8 = Array(text.utf8)
  let utf16 = Array(text.utf16)
  let scalars = Array(text.unicodeScalars)
  for sentence in sentences {
    #expect(String(decoding: utf8[sentence.utf8Range], as: UTF8.self) == sentence.text)
    #expect(String(decoding: utf16[sentence.utf16Range], as: UTF16.self) == sentence.text)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[sentence.scalarRange])
    #expect(String(view) == sentence.text)
  }
}

@Suite("Greek sentence rules")
struct GreekSentenceRuleTests {
  @Test("Titles never end a sentence")
  func titles() {
    #expect(
      split("Ο κ. Παπαδόπουλος ήρθε. Η κα. Νικολάου έφυγε. Ο Δρ. Αλεξίου σιώπησε.") == [
        "Ο κ. Παπαδόπουλος ήρθε.", "Η κα. Νικολάου έφυγε.", "Ο Δρ. Αλεξίου σιώπησε.",
      ])
    #expect(split("Μίλησαν οι κκ. Ιωάννου και Πέτρου.").count == 1)
  }

  @Test("Single-letter initials, Greek or Latin, stay with the name")
  func initials() {
    #expect(split("Ο Β. Πούτιν μίλησε. Ο J. Biden απάντησε.") == ["Ο Β. Πούτιν μίλησε.", "Ο J. Biden απάντησε."])
    #expect(split("Στη Ν. Κορέα έγιναν εκλογές.").count == 1)
  }

  @Test("Inner abbreviations never end a sentence")
  func innerAbbreviations() {
    #expect(split("Ορισμένες χώρες, π.χ. η Γαλλία, διαφωνούν.").count == 1)
    #expect(split("Το ποσό (βλ. Παράρτημα Β) είναι μεγάλο.").count == 1)
    #expect(split("Ψηφίστηκε ο ν. 4412/2016 και το άρθρο αριθ. 5 άλλαξε.").count == 1)
  }

  @Test("Abbreviations that may end a sentence are decided by what follows")
  func mayEnd() {
    #expect(split("Το χωριό απέχει 100 χλμ. από την Αθήνα.").count == 1)
    #expect(
      split("Οδήγησε 100 χλμ. Το ταξίδι κράτησε δύο ώρες.") == ["Οδήγησε 100 χλμ.", "Το ταξίδι κράτησε δύο ώρες."])
    #expect(split("Ο ναός χτίστηκε τον 5ο αιώνα π.Χ. Σήμερα σώζονται λίγα.").count == 2)
    #expect(split("Κόστισε 20 εκατ. ευρώ.").count == 1)
    #expect(split("Έφεραν τρόφιμα, ρούχα κ.λπ. και έφυγαν.").count == 1)
    #expect(split("Έφεραν τρόφιμα, ρούχα κ.λπ. Μετά έφυγαν.").count == 2)
    // A whole word cannot end in μ or τ: an unknown abbreviation, decided the same way.
    #expect(split("Το σπίτι έχει 120 τετρ. μέτρα.").count == 1)
  }

  @Test("A capitalized name ending in a consonant is a word, not an abbreviation")
  func foreignNames() {
    #expect(split("Η επίθεση έγινε στο Ιράκ. Ανάλογες επιθέσεις έγιναν αλλού.").count == 2)
    #expect(split("Τα στρατεύματα έφτασαν στο Κουρσκ. Εκεί έμειναν.").count == 2)
  }

  @Test("The Greek question mark ends a sentence, as ; or U+037E, also before »")
  func questionMark() {
    #expect(split("Τι έγινε; Κανείς δεν ξέρει.") == ["Τι έγινε;", "Κανείς δεν ξέρει."])
    #expect(split("Τι έγινε\u{037E} Κανείς δεν ξέρει.") == ["Τι έγινε\u{037E}", "Κανείς δεν ξέρει."])
    #expect(split("Ρώτησε: «Γιατί;» Κανείς δεν απάντησε.") == ["Ρώτησε: «Γιατί;»", "Κανείς δεν απάντησε."])
    #expect(split("«Γιατί;» ρώτησε ο υπουργός.") == ["«Γιατί;» ρώτησε ο υπουργός."])
    #expect(split("Ήρθες; «Ναι», είπε.") == ["Ήρθες;", "«Ναι», είπε."])
  }

  @Test("Quotes and parentheses stay with their sentence")
  func quotes() {
    #expect(split("«Θα έρθουμε.» Αυτό είπε.") == ["«Θα έρθουμε.»", "Αυτό είπε."])
    #expect(split("Είπε «φτάνει πια». Και έφυγε.") == ["Είπε «φτάνει πια».", "Και έφυγε."])
    #expect(
      split("(Η συνάντηση έγινε χθες.) Σήμερα υπάρχει νέα.") == ["(Η συνάντηση έγινε χθες.)", "Σήμερα υπάρχει νέα."])
    #expect(split("Είπε “όχι”. Μετά έφυγε.") == ["Είπε “όχι”.", "Μετά έφυγε."])
  }

  @Test("An ellipsis ends a sentence only before a capital")
  func ellipsis() {
    #expect(split("Περίμενε... Τίποτα.") == ["Περίμενε...", "Τίποτα."])
    #expect(split("Περίμενε… και μετά έφυγε.").count == 1)
  }

  @Test("Numbers, dates, URLs and e-mail addresses never split")
  func numbersAndAddresses() {
    #expect(split("Στις 28.04.2025 ήρθαν 1.000 άνθρωποι, το 3,5% του πληθυσμού.").count == 1)
    #expect(split("Δείτε το www.example.gr/news.html για λεπτομέρειες. Ευχαριστώ.").count == 2)
    #expect(split("Γράψτε στο info@example.gr. Θα απαντήσουμε.") == ["Γράψτε στο info@example.gr.", "Θα απαντήσουμε."])
    #expect(split("Η ομάδα νίκησε με 2:0 στις 9.30 το βράδυ.").count == 1)
  }

  @Test("List labels join the sentence that follows them")
  func listLabels() {
    #expect(split("1. Η πρώτη πρόταση έγινε δεκτή.") == ["1. Η πρώτη πρόταση έγινε δεκτή."])
    #expect(
      split("Τα μέτρα είναι: 1. Η μείωση των φόρων. 2. Η αύξηση των συντάξεων.") == [
        "Τα μέτρα είναι:", "1. Η μείωση των φόρων.", "2. Η αύξηση των συντάξεων.",
      ])
    #expect(split("α) Η πρώτη περίπτωση.").count == 1)
  }

  @Test("The ano teleia splits only when asked")
  func anoTeleia() {
    #expect(split("Ήρθε· έφυγε αμέσως.").count == 1)
    #expect(split("Ήρθε\u{0387} έφυγε αμέσως.").count == 1)
    let options = SegmentationOptions(splitsAtAnoTeleia: true)
    #expect(split("Ήρθε· έφυγε αμέσως.", .greek, options) == ["Ήρθε·", "έφυγε αμέσως."])
    #expect(split("Ήρθε\u{0387} έφυγε αμέσως.", .greek, options).count == 2)
  }

  @Test("In Greek, a period after a whole word ends a sentence even before a small letter")
  func smallLetterStart() {
    #expect(split("Ήρθε στις πέντε. μετά έφυγε.") == ["Ήρθε στις πέντε.", "μετά έφυγε."])
  }

  @Test("Stage directions in proceedings stand alone; a stray period joins the next sentence")
  func proceedings() {
    #expect(
      split("Ευχαριστώ πολύ. (Χειροκροτήματα) Η συνεδρίαση λήγει.") == [
        "Ευχαριστώ πολύ.", "(Χειροκροτήματα)", "Η συνεδρίαση λήγει.",
      ])
    #expect(split(". (ΕΝ) Κύριε Πρόεδρε, συμφωνώ.") == [". (ΕΝ)", "Κύριε Πρόεδρε, συμφωνώ."])
  }
}

@Suite("English sentence rules")
struct EnglishSentenceRuleTests {
  @Test("Titles and initials")
  func titles() {
    #expect(split("Mr. Smith met Dr. Jones. They talked.", .english) == ["Mr. Smith met Dr. Jones.", "They talked."])
    #expect(split("J. R. R. Tolkien wrote it. It sold well.", .english).count == 2)
    #expect(split("ORAL ARGUMENT OF GEN. ELIZABETH PRELOGAR", .english).count == 1)
  }

  @Test("Abbreviations that may end a sentence")
  func mayEnd() {
    #expect(split("He left at 5 p.m. and came back.", .english).count == 1)
    #expect(split("It costs five U.S. dollars.", .english).count == 1)
    #expect(split("She moved to the U.S. The move was hard.", .english).count == 2)
    #expect(split("They work for Apple Inc. in Cupertino.", .english).count == 1)
  }

  @Test("Numeric abbreviations hold before a number only")
  func numeric() {
    #expect(split("See No. 5 for details.", .english).count == 1)
    #expect(split("Did he agree? No. He refused.", .english) == ["Did he agree?", "No.", "He refused."])
  }

  @Test("A semicolon is not a sentence end in English")
  func semicolon() {
    #expect(split("He came; she left.", .english).count == 1)
  }

  @Test("Citation marks and footnote numbers stay with the sentence before")
  func citations() {
    #expect(
      split("He was born in 1788. [1] He died in 1824. [2]", .english) == [
        "He was born in 1788. [1]", "He died in 1824. [2]",
      ])
    #expect(
      split("Rights are protected. 4 Even so, many disagree.", .english) == [
        "Rights are protected. 4", "Even so, many disagree.",
      ])
  }

  @Test("Question and exclamation marks end sentences")
  func questions() {
    #expect(split("Why? Because! Fine.", .english) == ["Why?", "Because!", "Fine."])
  }
}

@Suite("Sentence offsets")
struct SentenceOffsetTests {
  @Test("Offsets are exact on decomposed text and count scalars")
  func decomposed() {
    let text = "Ο κ. Παπαδο\u{301}πουλος ήρθε. Τι\u{301}ποτα δεν άλλαξε."
    let segmenter = try! SentenceSegmenter(language: .greek)
    let sentences = segmenter.sentences(in: text)
    #expect(sentences.count == 2)
    #expect(sentences[1].scalarRange.lowerBound == 25)
    #expect(sentences[1].start.column == 26)
    expectExactRanges(sentences, in: text)
  }

  @Test("Every line is a paragraph; CRLF is one line end")
  func lines() {
    let text = "Πρώτη γραμμή χωρίς τελεία\r\nΔεύτερη. Τρίτη.\r\n\r\nΤέταρτη"
    let sentences = try! SentenceSegmenter(language: .greek).sentences(in: text)
    #expect(sentences.map(\.text) == ["Πρώτη γραμμή χωρίς τελεία", "Δεύτερη.", "Τρίτη.", "Τέταρτη"])
    #expect(sentences.map(\.start.line) == [1, 2, 2, 4])
    #expect(sentences.map(\.start.column) == [1, 1, 10, 1])
    expectExactRanges(sentences, in: text)
  }

  @Test("With blank-line paragraphs a sentence continues across a line break")
  func blankLineParagraphs() {
    let text = "Η πρόταση συνεχίζει\r\nστην επόμενη γραμμή. Δεύτερη.\r\n\r\nΝέα παράγραφος"
    let options = SegmentationOptions(paragraphs: .blankLines)
    let sentences = try! SentenceSegmenter(language: .greek, options: options).sentences(in: text)
    #expect(sentences.map(\.text) == ["Η πρόταση συνεχίζει\r\nστην επόμενη γραμμή.", "Δεύτερη.", "Νέα παράγραφος"])
    #expect(sentences.map(\.start.line) == [1, 2, 4])
    expectExactRanges(sentences, in: text)
  }

  @Test("A byte order mark, emoji and a start offset shift positions as they should")
  func startOffsets() {
    let text = "\u{FEFF}Καλημέρα 👋. Τι κάνεις;"
    let sentences = try! SentenceSegmenter(language: .greek).sentences(in: text)
    #expect(sentences.map(\.text) == ["Καλημέρα 👋.", "Τι κάνεις;"])
    #expect(sentences[0].utf8Range.lowerBound == 3)
    #expect(sentences[0].start.column == 1)
    #expect(sentences[1].start.column == 13)
    #expect(sentences[1].start.utf16Column == 14)
    let later = try! SentenceSegmenter(language: .greek).sentences(
      in: "Ένα. Δύο.", start: .init(utf8Offset: 100, scalarOffset: 60, line: 7))
    #expect(later[1].utf8Range == 108..<115)
    #expect(later[1].scalarRange == 65..<69)
    #expect(later[1].start.line == 7)
  }

  @Test("Empty and blank input has no sentences")
  func empty() {
    #expect(split("").isEmpty)
    #expect(split("  \n\t\n").isEmpty)
  }
}
