import Testing

@testable import GlossaText

@Suite("MixedScriptDetector")
struct MixedScriptDetectorTests {
  let detector = MixedScriptDetector()

  @Test(
    "Greek words with Latin look-alikes are found and repaired into Greek",
    arguments: [
      ("Κρεμλίνo", "Κρεμλίνο"),  // Latin o
      ("ΝAΤΟ", "ΝΑΤΟ"),  // Latin A
      ("Αθηνα\u{0301}", "Αθηνα\u{0301}"),  // not mixed at all: checked below
      ("KΑΙ", "ΚΑΙ"),  // Latin K
      ("Πoύτιν", "Πούτιν"),  // Latin o
      ("ΡΩΣΙA", "ΡΩΣΙΑ"),  // Latin A at the end
      ("Mόσχα", "Μόσχα"),  // Latin M
    ])
  func greekRepairs(word: String, repaired: String) {
    guard word != repaired else {
      #expect(detector.inspect(word) == nil)
      return
    }
    let found = detector.inspect(word)
    #expect(found != nil)
    #expect(found?.isConfusable == true)
    #expect(found?.greekRepair == repaired)
    #expect(found?.suggestedRepair == repaired)
  }

  @Test("Latin words with Greek look-alikes are repaired into Latin")
  func latinRepairs() {
    let found = detector.inspect("NΑTO")  // Greek Α in a Latin word
    #expect(found?.latinRepair == "NATO")
    #expect(found?.suggestedRepair == "NATO")
    #expect(found?.greekRepair == "ΝΑΤΟ")
    #expect(detector.inspect("Ρutin")?.suggestedRepair == "Putin")
  }

  @Test(
    "Pure Latin, pure Greek and script-neutral words are not mixed",
    arguments: ["drones", "NATO", "iPhone", "COVID", "Κρεμλίνο", "ΝΑΤΟ", "2024", "G7", "Ουκρανία", "Zürich"])
  func singleScript(word: String) {
    #expect(!detector.isMixedScript(word))
    #expect(detector.inspect(word) == nil)
  }

  @Test("Mixing without look-alikes is reported but not confusable")
  func notConfusable() {
    let found = detector.inspect("μg")
    #expect(found != nil)
    #expect(found?.isConfusable == false)
    #expect(found?.suggestedRepair == nil)
  }

  @Test("Decomposed accents stay with their letters in the repair")
  func decomposed() {
    let found = detector.inspect("Κρεμλι\u{301}νo")
    #expect(found?.suggestedRepair == "Κρεμλι\u{301}νο")
  }
}
