import Testing

@testable import GlossaICU

@Suite("ICU handle owners")
struct ICUWrapperTests {
  @Test("A transform that grows text past the first buffer is retried and complete")
  func transliteratorOverflowRetry() throws {
    // Each letter becomes 12: far beyond the first buffer (three times the input).
    let widening = try Transliterator(id: "Widen", rules: "a → abcdefghijkl ;")
    let input = String(repeating: "a", count: 500)
    let output = try widening.transliterated(input)
    #expect(output == String(repeating: "abcdefghijkl", count: 500))
  }

  @Test("Rule syntax errors carry ICU's error name and line")
  func ruleErrors() {
    #expect {
      _ = try Transliterator(id: "Broken", rules: "a → b ;\nc → ;\n[unclosed → x ;")
    } throws: { error in
      guard let error = error as? ICUError else { return false }
      return error.name.hasPrefix("U_") && error.code > 0
    }
  }

  @Test("Unknown transform identifiers throw U_INVALID_ID")
  func unknownIdentifier() {
    #expect {
      _ = try Transliterator(id: "No-Such-Transform")
    } throws: { error in
      (error as? ICUError)?.name == "U_INVALID_ID"
    }
  }

  @Test("Normalization that expands past the first buffer is retried")
  func normalizerOverflowRetry() throws {
    // ΐ decomposes into three code units; 400 of them need more than the first guess.
    let text = String(repeating: "ΐ", count: 400)
    let nfd = try Normalizer.nfd.normalized(text)
    #expect(nfd.unicodeScalars.count == 1200)
    #expect(try Normalizer.nfc.normalized(nfd) == text)
  }

  @Test("Normalizers: NFC quick path, NFKC, NFKC_Casefold")
  func normalizers() throws {
    #expect(try Normalizer.nfc.normalized("α\u{301}") == "ά")
    #expect(Normalizer.nfc.isNormalized("ά"))
    #expect(!Normalizer.nfc.isNormalized("α\u{301}"))
    #expect(try Normalizer.nfkc.normalized("ﬁ ２") == "fi 2")
    #expect(try Normalizer.nfkcCasefold.normalized("ΣΟΦΙΑ") == "σοφια")
    #expect(try Normalizer.nfc.normalized("\u{037E}") == ";")
    #expect(try Normalizer.nfc.normalized("") == "")
  }

  @Test("Greek case mapping: final sigma when lowering, no accents when raising")
  func caseMapping() throws {
    let greek = try CaseMapper(locale: "el")
    #expect(try greek.lowercased("ΟΔΟΣ ΣΤΑΔΙΟΥ") == "οδος σταδιου")
    #expect(try greek.uppercased("Οδός Σταδίου") == "ΟΔΟΣ ΣΤΑΔΙΟΥ")
    #expect(try greek.titlecased("οδός σταδίου") == "Οδός Σταδίου")
    #expect(try greek.caseFolded("Οδός") == "οδόσ")
    // ΐ (2 bytes) upper-cases to Ι + dialytika + tonos (6 bytes) outside the el locale:
    // three times the input, past the first UTF-8 buffer, so the retry must run.
    let root = try CaseMapper(locale: "")
    let raised = try root.uppercased(String(repeating: "ΐ", count: 300))
    #expect(raised.utf8.count == 1800)
    #expect(raised == String(repeating: "\u{399}\u{308}\u{301}", count: 300))
  }

  @Test("Word and sentence break iterators find UAX #29 boundaries")
  func breakIterators() throws {
    let words = try BreakIterator(kind: .word, locale: "el")
    try words.setText(utf16: Array("Ο Πούτιν, 1.000".utf16))
    #expect(words.boundaries() == [0, 1, 2, 8, 9, 10, 15])
    let sentences = try BreakIterator(kind: .sentence, locale: "el")
    let text = "Ήρθε. Έφυγε; Ναι!"
    try sentences.setText(utf16: Array(text.utf16))
    #expect(sentences.boundaries() == [0, 6, 13, 17])
    // New text replaces the old; the iterator keeps its own copy.
    try sentences.setText(utf16: Array("Ένα. Δύο.".utf16))
    #expect(sentences.boundaries() == [0, 5, 9])
  }

  @Test("Rule status tells words from numbers and punctuation")
  func ruleStatus() throws {
    let words = try BreakIterator(kind: .word, locale: "el")
    try words.setText(utf16: Array("Ναι 42 ,".utf16))
    words.first()
    var statuses: [Int32] = []
    while words.next() != nil { statuses.append(words.ruleStatus) }
    #expect(statuses.count == 5)
    #expect((200..<300).contains(statuses[0]))
    #expect((100..<200).contains(statuses[2]))
    #expect(statuses[4] < 100)
  }

  @Test("The spoof checker flags mixed scripts and finds look-alike skeletons")
  func spoofChecker() throws {
    let checker = try SpoofChecker()
    #expect(try checker.check("Κρεμλίνo").contains(.restrictionLevel))
    #expect(try checker.check("Κρεμλίνο").isEmpty)
    #expect(try checker.check("NATO").isEmpty)
    #expect(checker.isConfusable("ΝAΤΟ", with: "NATO"))
    #expect(!checker.isConfusable("Κρεμλίνο", with: "Μόσχα"))
    #expect(try checker.skeleton(of: "") == "")
  }

  @Test("Script property")
  func scripts() {
    #expect(UnicodeScript(of: "α") == .greek)
    #expect(UnicodeScript(of: "\u{1F71}") == .greek)
    #expect(UnicodeScript(of: "a") == .latin)
    #expect(UnicodeScript(of: "я") == .cyrillic)
    #expect(UnicodeScript(of: "1") == .common)
    #expect(UnicodeScript(of: "\u{301}") == .inherited)
  }
}
