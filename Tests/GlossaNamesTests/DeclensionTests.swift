import Testing

@testable import GlossaNames

@Suite("Declension case forms")
struct DeclensionTests {
  @Test("A folded word takes each case's ending in place of the nominative's")
  func caseForms() {
    #expect(Declension.os.caseForm(ofFoldedWord: "παπαδοπουλος", slot: 1) == "παπαδοπουλου")
    #expect(Declension.os.caseForm(ofFoldedWord: "παπαδοπουλος", slot: 3) == "παπαδοπουλε")
    #expect(Declension.iNeuter.caseForm(ofFoldedWord: "μπαγκλαντεσι", slot: 1) == "μπαγκλαντεσιου")
    #expect(Declension.a.caseForm(ofFoldedWord: "ουκρανια", slot: 1) == "ουκρανιας")
    #expect(Declension.os.caseForm(ofFoldedWord: "παπαδοπουλος", slot: 0) == "παπαδοπουλος")
  }

  @Test("Words that do not end as the class expects, or are too short, stay as they are")
  func unchanged() {
    #expect(Declension.os.caseForm(ofFoldedWord: "λαβροφ", slot: 1) == "λαβροφ")
    #expect(Declension.os.caseForm(ofFoldedWord: "νος", slot: 1) == "νος")  // one letter before the ending
    #expect(Declension.os.caseForm(ofFoldedWord: "ος", slot: 1) == "ος")
    #expect(Declension.indeclinable.caseForm(ofFoldedWord: "τοκιο", slot: 1) == "τοκιο")
    #expect(Declension.os.caseForm(ofFoldedWord: "μαρκος", slot: 4) == "μαρκος")
    #expect(Declension.os.caseForm(ofFoldedWord: "ramos", slot: 1) == "ramos")
  }
}
