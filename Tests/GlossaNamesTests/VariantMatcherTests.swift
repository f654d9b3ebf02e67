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
    #expect(result.score >= 0.5 && result.score < 1)
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
    #expect(result.score < 0.5)
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
