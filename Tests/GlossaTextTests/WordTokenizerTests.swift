import Testing

@testable import GlossaText

@Suite("WordTokenizer")
struct WordTokenizerTests {
  let tokenizer = try! WordTokenizer(locale: "el")

  /// Checks that every token's ranges cut exactly its text out of the input in every unit.
  func expectExactRanges(_ tokens: [Token], in text: String) {
    let utf8 = Array(text.utf8)
    let utf16 = Array(text.utf16)
    let scalars = Array(text.unicodeScalars)
    for token in tokens {
      #expect(String(decoding: utf8[token.utf8Range], as: UTF8.self) == token.text)
      #expect(String(decoding: utf16[token.utf16Range], as: UTF16.self) == token.text)
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[token.scalarRange])
      #expect(String(view) == token.text)
    }
  }

  @Test("Words and numbers with offsets, lines and columns")
  func basicTokens() {
    let text = "Ο Λαβρόφ έφτασε.\nΣτις 28.04.2025, 1.000 στρατιώτες"
    let tokens = tokenizer.tokens(in: text)
    #expect(tokens.map(\.text) == ["Ο", "Λαβρόφ", "έφτασε", "Στις", "28.04.2025", "1.000", "στρατιώτες"])
    #expect(tokens.map(\.kind) == [.word, .word, .word, .word, .number, .number, .word])
    #expect(tokens[1].utf8Range == 3..<15)
    #expect(tokens[1].utf16Range == 2..<8)
    #expect(tokens[1].start == SourceLocation(line: 1, column: 3, utf16Column: 3))
    #expect(tokens[3].start.line == 2 && tokens[3].start.column == 1)
    #expect(tokens[4].start.column == 6)
    expectExactRanges(tokens, in: text)
  }

  @Test("Decomposed accents stay inside their word and count as scalars")
  func decomposedInput() {
    let text = "Θεσσαλονι\u{301}κη και Πρου\u{308}πο\u{301}θεση"
    let tokens = tokenizer.tokens(in: text)
    #expect(tokens.map(\.text) == ["Θεσσαλονι\u{301}κη", "και", "Πρου\u{308}πο\u{301}θεση"])
    #expect(tokens[1].start.column == 14)
    #expect(tokens[1].scalarRange == 13..<16)
    expectExactRanges(tokens, in: text)
  }

  @Test("CRLF counts as one line end; a lone CR ends a line too")
  func lineEnds() {
    let text = "ένα\r\nδύο\rτρία\n\nτέσσερα"
    let tokens = tokenizer.tokens(in: text)
    #expect(tokens.map(\.start.line) == [1, 2, 3, 5])
    #expect(tokens.map(\.start.column) == [1, 1, 1, 1])
    expectExactRanges(tokens, in: text)
  }

  @Test("A byte order mark keeps byte offsets but takes no column")
  func byteOrderMark() {
    let text = "\u{FEFF}Κουρσκ και Μόσχα"
    let tokens = tokenizer.tokens(in: text)
    #expect(tokens.first?.text == "Κουρσκ")
    #expect(tokens.first?.utf8Range.lowerBound == 3)
    #expect(tokens.first?.start.column == 1)
    #expect(tokens[1].start.column == 8)
    expectExactRanges(tokens, in: text)
  }

  @Test("Emoji are symbols and shift columns by scalars, UTF-16 columns by units")
  func emoji() {
    let text = "🇬🇷 👍🏽 Πούτιν"
    let all = tokenizer.tokens(in: text, kinds: Set(Token.Kind.allCases))
    #expect(all.filter { $0.kind == .symbol }.map(\.text) == ["🇬🇷", "👍🏽"])
    let word = tokenizer.tokens(in: text)
    #expect(word.map(\.text) == ["Πούτιν"])
    #expect(word[0].start.column == 7)
    #expect(word[0].start.utf16Column == 11)
    #expect(word[0].utf8Range.lowerBound == 18)
    expectExactRanges(all, in: text)
  }

  @Test("Punctuation and whitespace are available on request")
  func allKinds() {
    let text = "«Ναι», είπε;"
    let tokens = tokenizer.tokens(in: text, kinds: Set(Token.Kind.allCases))
    #expect(tokens.map(\.text) == ["«", "Ναι", "»", ",", " ", "είπε", ";"])
    #expect(tokens.map(\.kind) == [.punctuation, .word, .punctuation, .punctuation, .whitespace, .word, .punctuation])
  }

  @Test("Empty and space-only input yield no words")
  func emptyInput() {
    #expect(tokenizer.tokens(in: "").isEmpty)
    #expect(tokenizer.tokens(in: "   \n ").isEmpty)
  }
}
