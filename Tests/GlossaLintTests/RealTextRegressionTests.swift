import GlossaDiagnostics
import GlossaGlossary
import GlossaText
import Testing

@testable import GlossaLint

/// Short documents written for these tests, each reproducing a class of mistake a linter makes
/// on real Greek news: what must not be flagged, and what must be. The lexicon is a small list
/// of the common words and listed names these documents use, standing in for Hunspell's.
@Suite("Real-text regressions")
struct RealTextRegressionTests {
  static let lexicon = Lexicon(words: [
    "κυβέρνηση", "κυβερνήτης", "κεντρική", "κεντρικής", "κεντρικός", "κεντρικού", "δήμος", "δήμαρχος", "δήμαρχο",
    "ευρωπαϊκό", "ευρωπαϊκής", "σοβιετικούς", "σοβιετικής", "εθνικό", "εθνική", "Γαλλία", "Γάλλοι", "Ολλανδία",
    "Ολλανδίας", "Ολλανδοί", "Αυστρία", "Αυστραλία", "Μπαγκλαντές", "Μπανγκλαντές",
  ])

  static func findings(_ text: String, rule: String) throws -> [Finding] {
    try Linter(glossary: .shipped, lexicon: lexicon).lint(Document(path: "article.txt", text: text))
      .filter { $0.ruleID == rule }
  }

  @Test(
    "Different words, inflections and derivations are not one name spelled two ways",
    arguments: [
      "Η Κυβέρνηση ανακοίνωσε μέτρα. Ο Κυβερνήτης της Κεντρικής Τράπεζας διαφώνησε. Η Κυβέρνηση επέμεινε.",
      "Ο Δήμος Αθηναίων και ο Δήμαρχος της πόλης. Ο Δήμος απάντησε στον Δήμαρχο.",
      "Η Κεντρική Επιτροπή, ο Κεντρικός Τομέας και η Κεντρικής σημασίας απόφαση του Κεντρικού Συμβουλίου.",
      "Το Ευρωπαϊκό Σύνταγμα και η Ευρωπαϊκής εμβέλειας συζήτηση. Το Εθνικό Κέντρο και η Εθνική Τράπεζα.",
      "Η Γαλλία ψήφισε και οι Γάλλοι αντέδρασαν. Στη Γαλλία οι Γάλλοι διαδήλωσαν.",
      "Η Ολλανδία κέρδισε. Οι Ολλανδοί πανηγύρισαν. Ο βασιλιάς της Ολλανδίας μίλησε.",
      "Η Αυστρία και η Αυστραλία έπαιξαν. Στην Αυστρία, όχι στην Αυστραλία.",
      // Names that begin with different sounds are different names, however alike the rest.
      "Η αρχαία Απολλωνία ήταν αποικία. Η Πολωνία ψήφισε. Στην Απολλωνία βρέθηκαν νομίσματα.",
      "Το χωριό Ακροβούνι και το Νακροβούνι. Στο Ακροβούνι έβρεξε, στο Ακροβούνι χιόνισε.",
      // An acronym is read letter by letter: sounding like a listed name makes it no spelling of it.
      "Τμήματα του ΕΛΑΣ συγκρούστηκαν με τον ΕΔΕΣ. Το δόγμα «η Ελλάς των δύο ηπείρων». Η Ελλάς και ο ΕΛΑΣ.",
      // A club named after its city is written differently on purpose.
      "Η Λίβερπουλ αντιμετωπίζει τη Νάπολι στη Νάπολη. Οι οπαδοί της Νάπολι έφτασαν στη Νάπολη.",
    ])
  func notOneName(text: String) throws {
    #expect(try Self.findings(text, rule: "inconsistent-spelling").map(\.text) == [])
  }

  @Test("A derived word whose form the lexicon lacks is still not a spelling of the listed one")
  func derivationsBeyondTheLexicon() throws {
    // The lexicon lists Ολλανδός and Ολλανδία, not Ολλανδοί or Ολλανδής.
    let lexicon = Lexicon(words: ["Ολλανδία", "Ολλανδίας", "Ολλανδός", "Μισισίπι"])
    let text = """
      Η Ολλανδία ψήφισε. Οι Ολλανδοί πανηγύρισαν. Η κυβέρνηση της Ολλανδίας και η Ολλανδής \
      καταγωγής υπουργός. Ο Μισισίπι πλημμύρισε. Ο Μισισίπι υποχώρησε. Ο Μισισιπή ξεχείλισε.
      """
    let found = try Linter(glossary: .shipped, lexicon: lexicon).lint(Document(path: "a.txt", text: text))
      .filter { $0.ruleID == "inconsistent-spelling" }
    // Endings that sound alike are two spellings; endings that sound different are two words.
    #expect(found.map(\.text) == ["Μισισιπή"])
  }

  @Test("A double accent is fixed to the form the lexicon knows, and only suggested when it knows neither")
  func doubleAccentCorrections() throws {
    let lexicon = Lexicon(words: ["νοτιοδυτικό", "πιθανότητες"])
    let text = "Στο νότιοδυτικό άκρο. Οι πιθανότητές είναι λίγες. Η Ζαμπαλάκά ήρθε."
    let found = try Linter(glossary: nil, lexicon: lexicon).lint(Document(path: "a.txt", text: text))
      .filter { $0.ruleID == "double-accent" }
    #expect(found.map(\.text) == ["νότιοδυτικό", "πιθανότητές", "Ζαμπαλάκά"])
    #expect(found.map(\.suggestion) == ["νοτιοδυτικό", "πιθανότητες", "Ζαμπαλάκα"])
    #expect(found.map { $0.fix?.text } == ["νοτιοδυτικό", "πιθανότητες", nil])
  }

  @Test("A suggestion is never the flagged text itself")
  func suggestionDiffers() throws {
    let text = "Στη Νάπολη. Η Νάπολι έπαιξε. Στην Πιονγκγιάνγκ και στην Πιονγιάνγκ. Ο Φόρντ, ο Φορντ."
    let findings = try Linter(glossary: .shipped, lexicon: Self.lexicon).lint(Document(path: "a.txt", text: text))
      .filter { $0.ruleID == "inconsistent-spelling" }
    // The club (Νάπολι) and the city (Νάπολη) are two names; the other two pairs are reported.
    #expect(findings.count == 2)
    for finding in findings {
      #expect(finding.suggestion != nil)
      #expect(finding.suggestion != finding.text)
    }
  }

  @Test("Names the glossary lacks, with μπ for [mb] against μ (Τόμπσον, Τόμσον), are one name")
  func prenasalizedSpellings() throws {
    let text = "Ο Τόμπσον μίλησε στη Βουλή. Ο Τόμπσον έφυγε. Ο Τόμσον γύρισε."
    let found = try Self.findings(text, rule: "inconsistent-spelling")
    #expect(found.map(\.text) == ["Τόμσον"])
    #expect(found.map(\.suggestion) == ["Τόμπσον"])
  }

  @Test("A surname alone spelled another way than the glossary's full name is flagged with the surname")
  func surnameVariant() throws {
    let text = "Ο Μεβλούτ Τσαβούσογλου μίλησε. Ο Τσαουσόγλου πρόσθεσε ότι η συνάντηση ήταν θετική."
    let found = try Self.findings(text, rule: "inconsistent-spelling")
    #expect(found.map(\.text) == ["Τσαουσόγλου"])
    #expect(found.map(\.suggestion) == ["Τσαβούσογλου"])
    #expect(found.first?.message.contains("'Τσαβούσογλου'") == true)
  }

  @Test("A short article with one slip of each class: every slip found, nothing else")
  func plantedArticle() throws {
    let text = """
      Η κυβέρνηση της Τουρκίας και ο Κυβερνήτης της Κεντρικής Τράπεζας συναντήθηκαν χθες στην Άγκυρα.
      Ο υπουργός Εξωτερικών Μεβλούτ Τσαβούσογλου δήλωσε ότι ό,τι συμφωνήθηκε θα τηρηθεί. Ο Τσαουσόγλου \
      πρόσθεσε ότι η συνάντηση ήταν θετική.
      Ο Νετανιάχου μίλησε στο τηλέφωνο με τον Τόμπσον. Αργότερα ο Νετανιαχού είπε ότι ο Τόμσον συμφωνεί.
      Η αντιπροσωπεία από το Μπανγκλαντές έφτασε στις 25ης Μαρτίου. Ο πρέσβης του Μπαγκλαντές δεν σχολίασε.
      Πούλησε το «αυτοκίνητό» του στην πόλη.Σύμφωνα με την αστυνομία, Ποιός θα πληρώσει;
      Η ΠΓΔΜ και το NATO συζήτησαν. H κυβέρνηση θα τούς ενημερώσει για το ΝΑΤΟ.
      Το νότιοδυτικό τμήμα της χώρας επλήγη.
      """
    let lexicon = Lexicon(words: ["κυβέρνηση", "κυβερνήτης", "κεντρικής", "νοτιοδυτικό", "Μπαγκλαντές", "Μπανγκλαντές"])
    let found = try Linter(glossary: .shipped, lexicon: lexicon).lint(Document(path: "planted.txt", text: text))
    #expect(
      found.map { "\($0.ruleID) \($0.text)" } == [
        "inconsistent-spelling Τσαουσόγλου", "inconsistent-spelling Νετανιαχού", "inconsistent-spelling Τόμσον",
        "inconsistent-spelling Μπαγκλαντές", "missing-space-after-punctuation πόλη.Σύμφωνα",
        "accented-monosyllable Ποιός", "non-canonical-name ΠΓΔΜ", "inconsistent-spelling NATO", "mixed-script H",
        "accented-monosyllable τούς", "double-accent νότιοδυτικό",
      ])
    #expect(found.last?.fix?.text == "νοτιοδυτικό")
  }

  @Test("Two spellings of one name are flagged, listed in the lexicon or not")
  func twoWaySpellings() throws {
    let text = "Στο Μπαγκλαντές και ξανά στο Μπαγκλαντές. Στο Μπανγκλαντές. Η Πιονγκγιάνγκ και η Πιονγιάνγκ."
    // The glossary's preferred form decides: Μπανγκλαντές.
    let found = try Self.findings(text, rule: "inconsistent-spelling")
    #expect(found.map(\.text) == ["Μπαγκλαντές", "Μπαγκλαντές", "Πιονγιάνγκ"])
    #expect(found.map(\.suggestion) == ["Μπανγκλαντές", "Μπανγκλαντές", "Πιονγκγιάνγκ"])
    // Without a glossary, the form used most: Μπαγκλαντές, both spellings being listed words.
    let plain = try Linter(glossary: nil, lexicon: Self.lexicon).lint(Document(path: "a.txt", text: text))
      .filter { $0.ruleID == "inconsistent-spelling" }
    #expect(plain.map(\.text) == ["Μπανγκλαντές", "Πιονγιάνγκ"])
  }

  @Test("English -on written -ον and -ων is one name spelled two ways, not two case forms")
  func onAndOmegaN() throws {
    let text = """
      Ο Τζον Γκέντον μίλησε στη Βουλή. Ο κ. Γκέντον είπε ότι θα παραιτηθεί. Το γραφείο του Γκέντων \
      δεν σχολίασε. Το Κρεμλίνο απάντησε· η θέση του Κρεμλίνου δεν άλλαξε.
      """
    let found = try Self.findings(text, rule: "inconsistent-spelling")
    #expect(found.map(\.text) == ["Γκέντων"])
    #expect(found.map(\.suggestion) == ["Γκέντον"])
  }

  @Test("The same letters accented differently are two spellings; capitals are not")
  func accentSpellings() throws {
    let text = """
      Ο Νετανιάχου μίλησε. Η Φορντ κατέθεσε. Ο Νετανιάχου έφυγε. ΝΕΤΑΝΙΑΧΟΥ: «Όχι». \
      Η Φόρντ απάντησε, η Φορντ επέμεινε. Ο Νετανιαχού αρνήθηκε.
      """
    #expect(try Self.findings(text, rule: "inconsistent-spelling").map(\.text) == ["Φόρντ", "Νετανιαχού"])
  }

  @Test("A common word that only sounds like a listed name is not a mention of it")
  func soundAlikeCommonWords() throws {
    let lexicon = Lexicon(words: ["κάνει", "κανείς"])
    let text = "«Κανείς δεν ήρθε». Το ίδιο «Κάνει κρύο» είπε. Στα Χανιά."
    let found = try Linter(glossary: .shipped, lexicon: lexicon).lint(Document(path: "a.txt", text: text))
    #expect(found.filter { $0.ruleID == "inconsistent-spelling" }.isEmpty)
  }

  @Test(
    "Correct Greek the orthography rules must leave alone",
    arguments: [
      "Κάνει ό,τι θέλει. Ό,τι κι αν γίνει, απ' ό,τι ξέρω.", "Στις 25ης Μαρτίου και τη 100ή επέτειο.",
      "Πάρ' το και δώσ' μου το. Κόψ' τα και 'κείνος ήρθε.", "Πούλησε το «αυτοκίνητό» του.",
      "Αυξήθηκε 3,5% στις 10:30 στο glossa.gr κ.ά. τον 5ο αι. π.Χ.", "Συμφώνησαν διά χειραψίας.",
    ])
  func correctGreek(text: String) throws {
    let linter = Linter(glossary: .shipped, lexicon: RealTextRegressionTests.lexicon)
    let found = try linter.lint(Document(path: "article.txt", text: text))
    #expect(found.map { "\($0.ruleID): \($0.text)" } == [])
  }

  @Test("Slips the orthography rules must catch, with the right fix")
  func slips() throws {
    let glued = try Self.findings(
      "Η πόλη.Σύμφωνα με την αστυνομία, στις 5 Μαΐου,όταν έφτασε.", rule: "missing-space-after-punctuation")
    #expect(glued.map(\.suggestion) == ["πόλη. Σύμφωνα", "Μαΐου, όταν"])
    #expect(try Self.findings("Η πόλη.Σύμφωνα με την αστυνομία.", rule: "double-accent").isEmpty)
    let accents = try Self.findings("Ποιός ήρθε; Ό καιρός άλλαξε. Τρείς φορές.", rule: "accented-monosyllable")
    #expect(accents.map(\.text) == ["Ποιός", "Ό", "Τρείς"])
  }

  @Test("Canonical suggestions are complete forms")
  func canonicalSuggestions() throws {
    let found = try Self.findings("Το δημοψήφισμα στην ΠΓΔΜ και ο Λαβρώφ.", rule: "non-canonical-name")
    #expect(found.map(\.suggestion) == ["Βόρεια Μακεδονία", "Λαβρόφ"])
  }
}

@Suite("Across files")
struct AcrossFilesTests {
  @Test("One name spelled two ways in two files is reported with the other file, line and form")
  func acrossFiles() throws {
    let documents = [
      Document(path: "one.txt", text: "Ο Μπενιαμίν Νετανιάχου μίλησε.\nΟ Νετανιάχου έφυγε."),
      Document(path: "two.txt", text: "Ο Νετανιαχού αρνήθηκε."),
    ]
    let findings = CrossDocumentCheck(glossary: .shipped, configuration: LintConfiguration()).findings(in: documents)
    #expect(findings[0].isEmpty)
    #expect(findings[1].map(\.text) == ["Νετανιαχού"])
    #expect(findings[1].first?.message.contains("one.txt:1") == true)
    #expect(findings[1].first?.message.contains("Νετανιάχου") == true)
  }

  @Test("Names the glossary lacks are compared across files; different names and compounds are not")
  func acrossFilesUnlisted() throws {
    let documents = [
      Document(path: "one.txt", text: "Ο Κοβαλτσίκοφ μίλησε στη Βουλή. Ο Κοβαλτσίκοφ έφυγε νωρίς."),
      Document(path: "two.txt", text: "Ο Κοβαλτσίκωφ απάντησε στους δημοσιογράφους."),
      Document(path: "three.txt", text: "Η Απολλωνία ήταν αρχαία πόλη. Ο Γερμανο-αυστριακός πόλεμος."),
      Document(path: "four.txt", text: "Η Πολωνία ψήφισε. Ο Γερμανός πρέσβης μίλησε."),
    ]
    let check = CrossDocumentCheck(
      glossary: .shipped, configuration: LintConfiguration(), lexicon: RealTextRegressionTests.lexicon)
    let findings = check.findings(in: documents)
    #expect(findings[1].map(\.text) == ["Κοβαλτσίκωφ"])
    #expect(findings[1].first?.message.contains("one.txt:1") == true)
    #expect(findings[0].isEmpty && findings[2].isEmpty && findings[3].isEmpty)
    // Without a lexicon, only glossary names are compared.
    let plain = CrossDocumentCheck(glossary: .shipped, configuration: LintConfiguration()).findings(in: documents)
    #expect(plain.allSatisfy { $0.isEmpty })
  }
}
