import Testing

@testable import GlossaText

@Suite("TextFolder")
struct TextFolderTests {
  let folder = TextFolder.shared

  @Test(
    "Case folding gives Greek its final sigma",
    arguments: [
      ("ΟΔΟΣ", "οδος"),
      ("ΚΟΡΕΑΣ", "κορεας"),
      ("Οδός Σταδίου", "οδος σταδιου"),
      ("ΣΕΡΡΕΣ ΣΑΣ", "σερρες σας"),
      ("Κορέαςπρόκειται", "κορεασπροκειται"),
      ("σ' αγαπώ", "σ' αγαπω"),
      ("ΟΔΟΣ.", "οδος."),
      ("Σ", "σ"),
    ])
  func finalSigma(input: String, expected: String) {
    #expect(folder.folded(input) == expected)
  }

  @Test(
    "Accents, dialytika, tonos and oxia fold away",
    arguments: [
      ("ΐ", "ι"), ("ΰ", "υ"), ("Προϋπόθεση", "προυποθεση"), ("Μαΐου", "μαιου"),
      ("\u{1F71}\u{1F73}\u{1F75}\u{1F77}\u{1F79}\u{1F7B}\u{1F7D}", "αεηιουω"),
      ("\u{03AC}\u{03AD}\u{03AE}\u{03AF}\u{03CC}\u{03CD}\u{03CE}", "αεηιουω"),
      ("ἄνθρωπος ᾠδή", "ανθρωπος ωδη"),
      ("Zürich Ελλάδα", "zurich ελλαδα"),
    ])
  func accents(input: String, expected: String) {
    #expect(folder.folded(input) == expected)
  }

  @Test("Decomposed input folds like precomposed input")
  func decomposedInput() {
    let nfd = "Θεσσαλονι\u{301}κη, Πρου\u{308}πο\u{301}θεση, ι\u{308}\u{301}"
    #expect(folder.folded(nfd) == "θεσσαλονικη, προυποθεση, ι")
    #expect(folder.folded(nfd) == folder.folded("Θεσσαλονίκη, Προϋπόθεση, ΐ"))
  }

  @Test("Greek question mark, ano teleia and typographic marks are unified")
  func punctuation() {
    #expect(folder.folded("Τι\u{037E}") == "τι;")
    #expect(folder.folded("λόγια\u{0387} και") == "λογια\u{00B7} και")
    #expect(
      folder.folded("Γιονγκ\u{2010}Ουν Γιονγκ\u{2013}Ουν Γιονγκ\u{2011}Ουν") == "γιονγκ-ουν γιονγκ-ουν γιονγκ-ουν")
    #expect(folder.folded("O\u{2019}Brien O\u{02BC}Brien O'Brien") == "o'brien o'brien o'brien")
    #expect(folder.folded("«Ναι» “yes”") == "\"ναι\" \"yes\"")
    #expect(folder.folded("ﬁnal ＡＢＣ") == "final abc")
    #expect(folder.folded("a\u{00A0}b\u{200B}c") == "a bc")
  }

  @Test("Keys keep only words, separated by single spaces")
  func keys() {
    #expect(folder.key("Κιμ Γιονγκ-Ουν") == "κιμ γιονγκ ουν")
    #expect(folder.key("  Κιμ   Γιονγκ\u{2013}Ουν!  ") == "κιμ γιονγκ ουν")
    #expect(folder.key("O’Brien") == "obrien")
    #expect(folder.key("«ΛΔΚ»") == "λδκ")
    #expect(folder.key("ΟΔΟΣ-ΣΤΑΔΙΟΥ") == "οδος σταδιου")
    #expect(folder.key("G7, 2024") == "g7 2024")
    #expect(folder.key("") == "")
    #expect(folder.key("—") == "")
  }

  @Test("Latin look-alikes are not folded into Greek")
  func lookAlikesStayApart() {
    #expect(folder.folded("Κρεμλίνo") != folder.folded("Κρεμλίνο"))
    #expect(folder.key("ΝAΤΟ") != folder.key("ΝΑΤΟ"))
  }

  @Test("Scalars outside the table pass through or fold with ICU")
  func outsideTable() {
    #expect(folder.folded("🇬🇷 ok 👍🏽") == "🇬🇷 ok 👍🏽")
    #expect(folder.folded("ＫＩＭ") == "kim")
    #expect(folder.folded("日本") == "日本")
  }
}
