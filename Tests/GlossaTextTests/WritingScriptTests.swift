import Testing

@testable import GlossaText

@Suite("Writing scripts")
struct WritingScriptTests {
  @Test("Languages map to their scripts")
  func languages() {
    #expect(WritingScript(language: "el") == .greek)
    #expect(WritingScript(language: "EL-gr") == .greek)
    #expect(WritingScript(language: "en") == .latin)
    #expect(WritingScript(language: "de") == .latin)
    #expect(WritingScript(language: "ru") == .cyrillic)
  }

  @Test("The dominant script and its share")
  func dominant() {
    let greek = WritingScript.dominant(in: ["Η Αθήνα και το NATO."])
    #expect(greek.script == .greek)
    #expect(greek.share > 0.6 && greek.share < 1)
    #expect(WritingScript.dominant(in: ["Ça va très bien."]).script == .latin)
    #expect(WritingScript.dominant(in: ["123 · ;"]).share == 0)
  }

  @Test("A word's script is its first letter's")
  func words() {
    #expect(WritingScript(ofWord: "Κρεμλίνο") == .greek)
    #expect(WritingScript(ofWord: "Éire") == .latin)
    #expect(WritingScript(ofWord: "2024") == .other)
  }

  @Test(
    "Letters have the script ICU gives them; marks, digits and punctuation have none",
    arguments: [
      ("α", WritingScript.greek), ("Ω", .greek), ("ά", .greek), ("ΐ", .greek), ("ἀ", .greek), ("ῷ", .greek),
      ("a", .latin), ("Z", .latin), ("é", .latin), ("ș", .latin), ("ẞ", .latin),
      ("ж", .cyrillic), ("Ё", .cyrillic), ("ש", .other), ("中", .other),
    ] as [(Unicode.Scalar, WritingScript)])
  func letters(scalar: Unicode.Scalar, script: WritingScript) {
    #expect(WritingScript(ofLetter: scalar) == script)
  }

  @Test(
    "Non-letters have no script",
    arguments: ["1", ";", "\u{037E}", "\u{0387}", "\u{0301}", "\u{0308}", " ", "«", "€"] as [Unicode.Scalar])
  func nonLetters(scalar: Unicode.Scalar) {
    #expect(WritingScript(ofLetter: scalar) == nil)
  }

  @Test("Counts by script, the majority and Greek-only words")
  func counts() {
    let counts = ScriptCounts("Το NATO στη Βαρσοβία, 2024.")
    #expect(counts.greek == 13)
    #expect(counts.latin == 4)
    #expect(counts.total == 17)
    #expect(counts.majority == .greek)
    #expect(ScriptCounts("").majority == .other)
    #expect(ScriptCounts("ab αβ").majority == .greek)  // a tie goes to Greek
    #expect(ScriptCounts("Κρεμλίνο").isGreekOnly)
    #expect(!ScriptCounts("Κρεμλίνo").isGreekOnly)  // Latin o
    #expect(ScriptCounts("ὁ\u{0345}").isGreekOnly)  // a combining ypogegrammeni is no letter of another script
  }
}
