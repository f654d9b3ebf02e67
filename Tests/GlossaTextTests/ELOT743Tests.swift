import Testing

@testable import GlossaText

/// ELOT 743 against official forms: passports, road signs, municipality and club names.
@Suite("ELOT 743")
struct ELOT743Tests {
  let elot = try! TransliterationScheme.elot743.makeTransliterator()

  @Test(
    "Places keep their official Latin forms",
    arguments: [
      ("Θεσσαλονίκη", "Thessaloniki"), ("Χανιά", "Chania"), ("Ψυχικό", "Psychiko"),
      ("Αθήνα", "Athina"), ("Πειραιάς", "Peiraias"), ("Ηράκλειο", "Irakleio"),
      ("Πάτρα", "Patra"), ("Λάρισα", "Larisa"), ("Βόλος", "Volos"), ("Ιωάννινα", "Ioannina"),
      ("Καβάλα", "Kavala"), ("Κέρκυρα", "Kerkyra"), ("Ρόδος", "Rodos"), ("Χαλκίδα", "Chalkida"),
      ("Ξάνθη", "Xanthi"), ("Κομοτηνή", "Komotini"), ("Αλεξανδρούπολη", "Alexandroupoli"),
      ("Ναύπλιο", "Nafplio"), ("Λευκάδα", "Lefkada"), ("Ευρυτανία", "Evrytania"),
      ("Αγκίστρι", "Agkistri"), ("Μεσολόγγι", "Mesolongi"), ("Εύβοια", "Evvoia"),
      ("Αίγινα", "Aigina"), ("Ζάκυνθος", "Zakynthos"), ("Σαντορίνη", "Santorini"),
      ("Κηφισιά", "Kifisia"), ("Γλυφάδα", "Glyfada"), ("Ηγουμενίτσα", "Igoumenitsa"),
      ("Άγιος Νικόλαος", "Agios Nikolaos"), ("Ναύπακτος", "Nafpaktos"), ("Μαρούσι", "Marousi"),
    ])
  func places(greek: String, official: String) {
    #expect(elot.transliterated(greek) == official)
  }

  @Test(
    "People's names as their passports write them",
    arguments: [
      ("Ευάγγελος", "Evangelos"), ("Ελευθέριος", "Eleftherios"), ("Ευστάθιος", "Efstathios"),
      ("Κυριάκος Μητσοτάκης", "Kyriakos Mitsotakis"), ("Αλέξης Τσίπρας", "Alexis Tsipras"),
      ("Γιάννης Αντετοκούνμπο", "Giannis Antetokounmpo"), ("Στέφανος Τσιτσιπάς", "Stefanos Tsitsipas"),
      ("Ντόρα Μπακογιάννη", "Ntora Bakogianni"), ("Μπάμπης", "Bampis"), ("Άγγελος", "Angelos"),
      ("Χρυσοχοΐδης", "Chrysochoidis"), ("Θεόδωρος", "Theodoros"), ("Σπυρίδων", "Spyridon"),
      ("Παναγιώτης", "Panagiotis"), ("Βασίλειος", "Vasileios"), ("Γκίκας", "Gkikas"),
      ("Οικονόμου", "Oikonomou"), ("Αυγερινός", "Avgerinos"), ("Κωνσταντίνος Καραμανλής", "Konstantinos Karamanlis"),
    ])
  func people(greek: String, official: String) {
    #expect(elot.transliterated(greek) == official)
  }

  @Test(
    "Digraphs and the voiced/voiceless rule for αυ ευ ηυ",
    arguments: [
      ("ευχαριστώ", "efcharisto"), ("αυγό", "avgo"), ("αυτός", "aftos"), ("Ευρώπη", "Evropi"),
      ("ηύρα", "ivra"), ("ευ", "ef"), ("ζευγάρι", "zevgari"), ("ναυάγιο", "navagio"),
      ("Σφίγγα", "Sfinga"), ("λύγξ", "lynx"), ("έλεγχος", "elenchos"), ("άγκυρα", "agkyra"),
      ("κουτί", "kouti"), ("ποιος", "poios"), ("υιός", "yios"), ("αέρας", "aeras"),
    ])
  func digraphs(greek: String, latin: String) {
    #expect(elot.transliterated(greek) == latin)
  }

  @Test(
    "A diaeresis or an accent on the first vowel keeps a pair apart",
    arguments: [
      ("Προϋπόθεση", "Proypothesi"), ("άυλος", "aylos"), ("Μαΐου", "Maiou"), ("ρολόι", "roloi"),
      ("αϋπνία", "aypnia"), ("Ταΰγετος", "Taygetos"),
    ])
  func diaeresis(greek: String, latin: String) {
    #expect(elot.transliterated(greek) == latin)
  }

  @Test(
    "Case is kept: all capitals stay all capitals, title case stays title case",
    arguments: [
      ("ΘΕΣΣΑΛΟΝΙΚΗ", "THESSALONIKI"), ("ΧΑΝΙΑ", "CHANIA"), ("ΨΥΧΙΚΟ", "PSYCHIKO"),
      ("ΣΤΟΜΑΧ", "STOMACH"), ("ΜΠΑΜΠΗΣ", "BAMPIS"), ("ΕΥΡΩΠΗ", "EVROPI"), ("ΑΥΤΟΣ", "AFTOS"),
      ("ΟΥΚΡΑΝΙΑ", "OUKRANIA"), ("Ουκρανία", "Oukrania"), ("Θ. Παπαδόπουλος", "Th. Papadopoulos"),
    ])
  func casing(greek: String, latin: String) {
    #expect(elot.transliterated(greek) == latin)
  }

  @Test("Decomposed and polytonic input give the same result as monotonic NFC")
  func normalizationForms() {
    #expect(elot.transliterated("Θεσσαλονι\u{301}κη") == "Thessaloniki")
    #expect(elot.transliterated("Ε\u{1F50}\u{1F71}γγελος") == "Evangelos")
    #expect(elot.transliterated("Ἀθῆναι") == "Athinai")
  }

  @Test("Punctuation, digits and Latin text pass through; Greek ; becomes ?")
  func passThrough() {
    #expect(elot.transliterated("Τι έγινε; «Ναι»· 1.000 Café") == "Ti egine? «Nai»; 1.000 Café")
    #expect(elot.transliterated("Τι\u{037E}") == "Ti?")
    #expect(elot.transliterated("") == "")
  }

  @Test("Word-by-word caching gives exactly the whole-text result")
  func cachingMatchesWholeText() throws {
    let text = "Ο Ευάγγελος, ΨΥΧΙΚΟ και Ψ ΨΑ Ψα, ΜΠΑΜΠΗΣ—Μπάμπης; ΑΥΤΟΣ… αυ. Θ ΘΕΟΣ Χ. Ἀθῆναι"
    #expect(elot.transliterated(text) == (try elot.transliteratedWhole(text)))
  }
}
