import Testing

@testable import GlossaNames

@Suite("Phonetics")
struct PhoneticsTests {
  @Test("Greek ντ is one sound, but ντσ and ντζ are ν with τσ or τζ")
  func greekAffricatesAfterNu() {
    #expect(GreekPhonetics.phones(of: "Ντόναλντ") == [.d, .o, .n, .a, .l, .d])
    #expect(GreekPhonetics.phones(of: "Λορέντσο") == [.l, .o, .r, .e, .n, .ts, .o])
    #expect(GreekPhonetics.phones(of: "Φλουρέντζος") == [.f, .l, .u, .r, .e, .n, .dz, .o, .s])
    #expect(GreekPhonetics.phones(of: "Πάντς") == [.p, .a, .n, .ts])
  }

  @Test("Latin rh is one sound at the start of a name or after r, two sounds inside others")
  func latinRH() {
    #expect(LatinPhonetics.phones(of: "Rhodes") == [.r, .o, .d, .e, .s])
    #expect(LatinPhonetics.phones(of: "Pyrrhus") == [.p, .latinY, .r, .u, .s])
    #expect(LatinPhonetics.phones(of: "Orhan") == [.o, .r, .h, .a, .n])
    #expect(LatinPhonetics.phones(of: "Gerhard") == [.latinSoftG, .e, .r, .h, .a, .r, .d])
  }

  @Test("Transcription alternations cost less than a hard edit; unrelated sounds do not")
  func cheapAlternations() {
    let costs = PhoneCosts.shared
    for (a, b) in [(Phone.th, Phone.d), (.latinJ, .x), (.latinJ, .dz), (.latinZ, .ts)] {
      #expect(costs.substitution(a, b) < PhoneCosts.hardEditCost, "\(a) / \(b)")
      #expect(costs.substitution(a, b) == costs.substitution(b, a), "\(a) / \(b)")
    }
    for (a, b) in [(Phone.th, Phone.k), (.latinJ, .p), (.d, .r)] {
      #expect(costs.substitution(a, b) >= PhoneCosts.hardEditCost, "\(a) / \(b)")
    }
  }
}
