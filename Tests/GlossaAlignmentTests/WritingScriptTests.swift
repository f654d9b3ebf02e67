import Testing

@testable import GlossaAlignment

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
}
