import Testing

@testable import GlossaNames

@Suite("VariantMatcher")
struct VariantMatcherTests {
  let matcher = VariantMatcher()

  @Test(
    "Accents, case and final sigma are one name",
    arguments: [("Κορέας", "ΚΟΡΕΑΣ"), ("Μόσχα", "Μοσχα"), ("Ουρουμτσί", "Ουρούμτσι"), ("Τρόντχαιμ", "Τρόντχαϊμ")])
  func accents(a: String, b: String) {
    let result = matcher.compare(a, b)
    #expect(result.relation == .accent)
    #expect(result.score >= 0.9)
  }

  @Test(
    "Case endings of one paradigm are inflections",
    arguments: [
      ("Κρεμλίνο", "Κρεμλίνου"), ("Κορέα", "Κορέας"), ("Μητσοτάκης", "Μητσοτάκη"), ("Τσίπρας", "Τσίπρα"),
      ("Βόρεια Κορέα", "Βόρειας Κορέας"), ("Ουρανόπολις", "Ουρανόπολη"), ("Καρπενήσιον", "Καρπενήσι"),
      ("Κίμων", "Κίμωνας"), ("Νέστωρ", "Νέστορας"), ("Άρτεμις", "Αρτέμιδα"), ("Θήβαι", "Θήβες"),
      ("Βόλος", "Βόλου"), ("Σαλαμίς", "Σαλαμίνα"),
    ])
  func inflections(a: String, b: String) {
    #expect(matcher.compare(a, b).relation == .inflection)
  }

  @Test(
    "Transcription variants the press makes are the same name",
    arguments: [
      ("Πιονγκγιάνγκ", "Πιονγιάνγκ"),  // γκ / γ
      ("Ερντογάν", "Ερντογκάν"),  // γ / γκ
      ("Μπόρις", "Βόρις"),  // μπ / β
      ("Λαβρόφ", "Λαβρώφ"),  // ο / ω
      ("Πήτερ", "Πίτερ"),  // η / ι
      ("Σίνθια", "Σύνθια"),  // ι / υ
      ("Ολιβία", "Ολιββία"),  // doubled letter
      ("Τζούλια", "Ζούλια"),  // τζ / ζ
      ("Βεϊζέλ", "Βεϊσέλ"),  // ζ / σ
      ("Κιμ Γιονγκ Ουν", "Κιμ Γιονγκ-Ουν"),  // hyphen / space
      ("Γκουδέρ", "Γουδέρ"),
      ("Αγίρε", "Αγκίρρε"),
    ])
  func variants(a: String, b: String) {
    let result = matcher.compare(a, b)
    #expect(result.relation == .variant, "\(a) / \(b): \(result)")
    #expect(result.score >= matcher.threshold && result.score < 1)
  }

  @Test(
    "Greek and Latin spellings of one name match across scripts",
    arguments: [
      ("Πιονγκγιάνγκ", "Pyongyang"), ("Κιμ Γιονγκ Ουν", "Kim Jong-un"), ("Ζελένσκι", "Zelenskyy"),
      ("Τσιτσιπάς", "Tsitsipas"), ("Χαρκίβ", "Kharkiv"), ("Ουάσιγκτον", "Washington"),
      ("Μητσοτάκης", "Mitsotakis"), ("Ερντογάν", "Erdogan"), ("Σάββας", "Sabas"), ("Βάσκεζ", "Vasquez"),
    ])
  func crossScript(a: String, b: String) {
    let result = matcher.compare(a, b)
    #expect(result.relation == .transliteration, "\(a) / \(b): \(result)")
  }

  @Test(
    "Masculine and feminine surnames are different people",
    arguments: [
      ("Ζελένσκι", "Ζελένσκα"), ("Φόκιν", "Φόκινα"), ("Λαζαρίδης", "Λαζαρίδου"), ("Λαβρόφ", "Λαβρόβα"),
      ("Zelensky", "Zelenska"), ("Ivanov", "Ivanova"), ("Μαρσέλο", "Μαρσέλα"),
    ])
  func genderGuard(a: String, b: String) {
    let result = matcher.compare(a, b)
    #expect(result.relation == .different)
    #expect(result.score == VariantMatcher.genderScore)
  }

  @Test(
    "Across scripts -os against -ou is a man's surname against a woman's, or a name against its patronymic",
    arguments: [
      ("Παπαδοπούλου", "Papadopoulos"), ("Παπαδόπουλος", "Papadopoulou"), ("Προδρόμου", "Prodromos"),
      ("Γεωργακόπουλος", "Georgakopoulou"),
    ])
  func crossScriptGenitiveSurname(a: String, b: String) {
    #expect(matcher.compare(a, b).relation == .different, "\(a) / \(b)")
    #expect(NameFeatures(a, b)[.gender] == 1, "\(a) / \(b)")
    #expect(VariantMatcher(exactScores: true).compare(a, b).score == VariantMatcher.genderScore)
  }

  @Test("In one script -ος against -ου stays a case ending: a name and its genitive")
  func sameScriptGenitive() {
    #expect(matcher.compare("Βόλος", "Βόλου").relation == .inflection)
    #expect(matcher.compare("Παπαδόπουλος", "Papadopoulos").relation == .transliteration)
  }

  @Test(
    "Given names the list knows are one name in their other forms and languages",
    arguments: [
      ("Μιχάλης", "Μιχαήλ", NameComparison.Relation.hypocoristic), ("Μιχάλη", "Μιχαήλ", .hypocoristic),
      ("Γιώργος", "Γεώργιος", .hypocoristic), ("Θωμάς", "Τόμας", .translation), ("Ιουλία", "Τζούλια", .translation),
      ("Ιουλία", "Julia", .translation), ("Γιάννης Παπαδόπουλος", "John Papadopoulos", .translation),
      ("Ιωάννη Παπαδόπουλου", "Τζον Παπαδόπουλου", .translation),
    ])
  func equivalents(a: String, b: String, relation: NameComparison.Relation) {
    let result = matcher.compare(a, b)
    #expect(result.relation == relation, "\(a) / \(b): \(result)")
    #expect(result.score >= VariantMatcher.equivalentScore)
    #expect(result.relation.isSameName && !result.relation.isSpelling)
  }

  @Test(
    "Two foreign forms are not paired through the Greek one, nor are different words of a name",
    arguments: [
      ("Μανουέλ", "Ιμάνουελ"), ("Michael", "Miguel"), ("Γιάννης Παπαδόπουλος", "John Smith"),
      ("Αλέξανδρος", "Αλεξάνδρα"),
    ])
  func notEquivalents(a: String, b: String) {
    #expect(matcher.compare(a, b).relation == .different, "\(a) / \(b)")
  }

  @Test("Spelling clusters join spellings of one name, not its other forms")
  func clustersKeepOtherForms() {
    let groups = NameClusters.clusters(of: ["Μιχάλης", "Μιχαήλ", "Μιχάλη", "Πιονγκγιάνγκ", "Πιονγιάνγκ"])
    #expect(groups == [[0, 2], [1], [3, 4]])
  }

  @Test("With exact scores each score is the model's probability; without, decisions are the same")
  func scoreIsTheProbability() {
    let exact = VariantMatcher(exactScores: true)
    let pairs = [
      ("Πιονγκγιάνγκ", "Πιονγιάνγκ"), ("Κρεμλίνο", "Κρεμλίνου"), ("Γουότερς", "Γουόκερ"), ("Χαρκίβ", "Kharkiv"),
      ("Αθήνα", "Αθώα"), ("Μόσχα", "Μάλτα"), ("και", "Kioua"), ("Βάλτερ", "Γουόλτερ"), ("Σεσίλια", "Τσετσίλια"),
    ]
    for (a, b) in pairs {
      let features = NameFeatures(a, b)
      let result = exact.compare(a, b)
      let guarded = features[.gender] == 1 || features[.shortMismatch] == 1
      if !guarded { #expect(abs(result.score - exact.model.probability(features)) < 1e-12, "\(a) / \(b)") }
      #expect(result.relation.isSameName == (result.score >= exact.threshold))
      let fast = matcher.compare(a, b)
      #expect(fast.relation == result.relation, "\(a) / \(b)")
      // A pair decided without its finer measurements is scored with the best they could give.
      #expect(fast.score >= result.score - 1e-12 && (fast.score == result.score || fast.score < matcher.threshold))
    }
    // Every pair of a mixed list: the shortcut never changes a decision.
    let names = [
      "Πιονγκγιάνγκ", "Πιονγιάνγκ", "Pyongyang", "Λαζαρίδης", "Λαζαρίδου", "Lazaridis", "Κιμ", "Kim", "Κίμων",
      "Σίμων", "Ζελένσκι", "Zelenskyy", "Ζελένσκα", "Μητσοτάκης", "Μητσοτάκη", "Mitsotakis", "Γουότερς", "Γουόκερ",
      "Βάλτερ", "Γουόλτερ", "Walter", "Μιχάλης", "Μιχαήλ", "Michael", "Αθήνα", "Athens", "Αθώα", "Μόσχα", "Moscow",
      "και", "της", "Kioua", "Tunis", "Τύνιδα", "Ερντογάν", "Erdogan", "Ερντογκάν",
    ]
    for a in names {
      for b in names {
        #expect(matcher.compare(a, b).relation == exact.compare(a, b).relation, "\(a) / \(b)")
      }
    }
  }

  @Test(
    "Different names stay apart; short names need the same sounds",
    arguments: [
      ("Κιμ", "Κιμι"), ("Κιμ Γιονγκ Ουν", "Κιμ Γιο Γιονγκ"), ("Πούτιν", "Πουατιέ"), ("Κίμων", "Σίμων"),
      ("Μανουέλ", "Ιμάνουελ"), ("Αθήνα", "Αθώα"), ("Μόσχα", "Μάλτα"), ("Sergei", "Sergio Mattarella"),
    ])
  func different(a: String, b: String) {
    #expect(matcher.compare(a, b).relation == .different, "\(a) / \(b)")
  }

  @Test("Identical spellings are the same, with score 1")
  func identical() {
    #expect(matcher.compare("Κουρσκ", "Κουρσκ") == NameComparison(score: 1, relation: .same, detail: "identical"))
  }
}
