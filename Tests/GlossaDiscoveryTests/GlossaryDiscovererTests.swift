import GlossaGlossary
import GlossaText
import Testing

@testable import GlossaDiscovery

/// Aligned units and articles written for these tests: invented events, real-shaped names.
@Suite("Glossary discovery")
struct GlossaryDiscovererTests {
  static let units: [(english: String, greek: String, document: String?)] = [
    (
      "Defence minister Sergei Shoigu said the drills would continue.",
      "Ο υπουργός Άμυνας Σεργκέι Σοϊγκού δήλωσε ότι οι ασκήσεις θα συνεχιστούν.", "a"
    ),
    ("Shoigu met the generals on Monday.", "Ο Σοϊγκού συναντήθηκε με τους στρατηγούς τη Δευτέρα.", "a"),
    ("The plan of Shoigu was criticised.", "Το σχέδιο του Σοϊγκού επικρίθηκε.", "a"),
    ("Shoigu left for Minsk.", "Ο Σοϊγκού αναχώρησε για το Μινσκ.", "a"),
    ("In Minsk, the talks lasted four hours.", "Στο Μινσκ οι συνομιλίες κράτησαν τέσσερις ώρες.", "a"),
    ("Later, Shoigu returned.", "Αργότερα ο Σοΐγκου επέστρεψε.", "a"),
    ("The Brackenridge council voted.", "Το συμβούλιο του Μπράκενριτζ ψήφισε.", "b"),
    ("Residents of Brackenridge protested.", "Οι κάτοικοι του Μπράκενριτζ διαμαρτυρήθηκαν.", "b"),
    ("However, Brackenridge remains calm.", "Ωστόσο, το Μπράκενριτζ παραμένει ήσυχο.", "b"),
    ("Flights to Pyongyang were cancelled.", "Οι πτήσεις προς την Πιονγκιάνγκ ακυρώθηκαν.", "c"),
  ]

  static func proposals(glossary: Glossary? = nil, options: DiscoveryOptions = DiscoveryOptions()) -> [GlossaryProposal]
  {
    let discoverer = GlossaryDiscoverer(glossary: glossary, lexicon: nil)
    discoverer.addUnits(units)
    return discoverer.proposals(options: options)
  }

  @Test("A name is paired with its Greek rendering; case forms, a surname alone and variants are kept")
  func namesFromUnits() throws {
    let found = Self.proposals()
    let shoigu = try #require(found.first { $0.english == "Sergei Shoigu" })
    #expect(shoigu.greek == "Σεργκέι Σοϊγκού")
    #expect(shoigu.kind == .person)
    #expect(Set(shoigu.variants.map(\.form)) == ["Σεργκέι Σοϊγκού", "Σοϊγκού", "Σοΐγκου"])
    #expect(shoigu.count == 5)
    // The accent in another place is another spelling, proposed as admitted.
    #expect(shoigu.admittedSpellings == ["Σοΐγκου"])
    #expect(shoigu.entry == nil)
    #expect(shoigu.confidence > 0.8)
    #expect(!shoigu.examples.isEmpty)
    let town = try #require(found.first { $0.english == "Brackenridge" })
    #expect(town.greek == "Μπράκενριτζ")
    #expect(found.first { $0.english == "Minsk" }?.greek == "Μινσκ")
    // Words that open sentences are no names, on either side.
    #expect(!found.contains { $0.english == "However" || $0.greek == "Ωστόσο" || $0.english == "Later" })
  }

  @Test("A name the glossary has is proposed only for the spellings it lacks, as an addition")
  func knownNames() throws {
    let found = Self.proposals(glossary: .shipped)
    let pyongyang = try #require(found.first { $0.english == "Pyongyang" })
    #expect(pyongyang.entry == Glossary.shipped.bestMatch(for: "Πιονγκγιάνγκ")?.entry.id)
    #expect(pyongyang.admittedSpellings == ["Πιονγκιάνγκ"])
  }

  @Test("Filters: how often, how sure, how many")
  func filters() {
    #expect(Self.proposals(options: DiscoveryOptions(minimumCount: 3)).allSatisfy { $0.count >= 3 })
    #expect(Self.proposals(options: DiscoveryOptions(limit: 1)).count == 1)
    #expect(Self.proposals(options: DiscoveryOptions(minimumConfidence: 1.0)).allSatisfy { $0.confidence >= 1.0 })
    let ids = Self.proposals().map(\.id)
    #expect(Set(ids).count == ids.count)
  }

  @Test("The preferred spelling: the majority, the one closest to ELOT of the English, or the latest")
  func preference() throws {
    let units: [(english: String, greek: String, document: String?)] =
      [
        ("Officials in Bangladesh said.", "Αξιωματούχοι στο Μπαγκλαντές δήλωσαν.", nil),
        ("Bangladesh voted.", "Το Μπαγκλαντές ψήφισε.", nil),
        ("Bangladesh won.", "Το Μπανγκλαντές κέρδισε.", nil),
      ]
    func preferred(_ preference: DiscoveryOptions.Preference) -> String? {
      let discoverer = GlossaryDiscoverer(glossary: nil, lexicon: nil)
      discoverer.addUnits(units)
      return discoverer.proposals(options: DiscoveryOptions(preference: preference)).first {
        $0.english == "Bangladesh"
      }?.greek
    }
    #expect(preferred(.majority) == "Μπαγκλαντές")
    #expect(preferred(.recent) == "Μπανγκλαντές")
    #expect(preferred(.elot) == "Μπανγκλαντές")
  }

  @Test("An archive's names written two ways are one proposal; different names stay apart")
  func archive() throws {
    let discoverer = GlossaryDiscoverer(glossary: nil, lexicon: nil)
    discoverer.addArticles(
      [
        "Πλημμύρες στο Μπαγκλαντές. Η κυβέρνηση του Μπαγκλαντές ζήτησε βοήθεια.",
        "Στο Μπανγκλαντές οι βροχές συνεχίζονται. Η Αυστρία και η Αυστραλία έστειλαν βοήθεια.",
        "Το Μπαγκλαντές και η Αυστρία υπέγραψαν συμφωνία.",
      ], files: ["one.txt", "two.txt", "three.txt"])
    let found = discoverer.proposals()
    let bangladesh = try #require(found.first { $0.greek == "Μπαγκλαντές" })
    #expect(bangladesh.english == nil)
    #expect(bangladesh.admittedSpellings == ["Μπανγκλαντές"])
    #expect(bangladesh.count == 4)
    #expect(!found.contains { Set($0.variants.map(\.form)).isSuperset(of: ["Αυστρία", "Αυστραλία"]) })
  }
}

@Suite("Glossary discovery with a lexicon")
struct DiscoveryLexiconTests {
  @Test("A full name whose words are also common words is found; such a word alone is not")
  func commonWordsInNames() throws {
    let lexicon = Lexicon(words: ["δούκας", "χάρης", "δημοκρατικού", "δημοκρατικός"])
    let discoverer = GlossaryDiscoverer(glossary: nil, lexicon: lexicon)
    discoverer.addUnits([
      ("Mayor Haris Doukas opened the park.", "Ο δήμαρχος Χάρης Δούκας εγκαίνισε το πάρκο.", nil),
      ("The Democratic candidate lost.", "Ο υποψήφιος του Δημοκρατικού κόμματος έχασε.", nil),
      ("The Democratic senators objected.", "Οι γερουσιαστές του Δημοκρατικού κόμματος αντέδρασαν.", nil),
    ])
    let found = discoverer.proposals()
    #expect(found.first { $0.english == "Haris Doukas" }?.greek == "Χάρης Δούκας")
    #expect(!found.contains { $0.english == "Democratic" })
  }

  @Test("In an archive, a capitalized common word is no spelling of a name that sounds like it")
  func commonWordsInArchives() {
    let lexicon = Lexicon(words: ["κόμμα", "κόμματος"])
    let discoverer = GlossaryDiscoverer(glossary: nil, lexicon: lexicon)
    discoverer.addArticles(
      ["Μάχες στη Γκόμα. Η Γκόμα εκκενώθηκε.", "Το Κόμμα των Πρασίνων αντέδρασε. Η Γκόμα βομβαρδίστηκε."],
      files: ["a.txt", "b.txt"])
    #expect(discoverer.proposals().isEmpty)
  }
}
