import Foundation
import GRDB
import Testing

@testable import GlossaMemory

/// The import's fast tokenization and numbering against their plain definitions.
@Suite("Index tokens and their numbers")
struct IndexTokenTests {
  /// The tokens as defined: the occurrence tokens of the folded words, and for a source the
  /// name tokens of capitalized words.
  private func reference(_ text: String, forLookup: Bool) -> Set<String> {
    let words = MatchTokens.words(of: text)
    guard forLookup else { return Set(words) }
    var tokens = Set(MatchTokens.occurrenceTokens(of: words).map(\.text))
    for word in MatchTokens.capitalizedWords(in: text) {
      if let name = MatchTokens.nameToken(of: word) { tokens.insert(name) }
    }
    return tokens
  }

  private static let texts = [
    "Ο Λαβρόφ είπε ότι ο Λαβρόφ και ο ΛΑΒΡΟΦ θα έρθουν· ο λαβρόφ όχι.",
    "the the THE The, the; the - and 1.000.000 and 1,000,000 euros",
    "   leading and trailing spaces   ",
    "",
    "!!! ;;; ---",
    "Πιονγκγιάνγκ Πιονγιάνγκ Πιονγκγιάνγκ ~test ~τεστ #2 a#2",
    "α β γ α β γ α β γ α β γ α β γ α β γ α β γ α β γ α β γ α β γ α β γ",
    "Η Κομισιόν, η ΚΟΜΙΣΙΌΝ και η κομισιόν: «Βρυξέλλες» – Brussels’ 'quotes' l'État",
  ]

  @Test("Source and target tokens are the defined ones, each once", arguments: texts)
  func tokensMatchTheDefinition(text: String) {
    for forLookup in [true, false] {
      let fast = MatchTokens.indexTokens(of: text, forLookup: forLookup)
      let texts = fast.tokens.map(\.text)
      #expect(Set(texts) == reference(text, forLookup: forLookup))
      #expect(texts.count == Set(texts).count)
      let words = MatchTokens.words(of: text)
      #expect(fast.wordCount == words.count)
      #expect(fast.key == MatchTokens.key(of: words))
    }
  }

  @Test("A long generated segment: every repeat counted, hashes right")
  func longSegment() {
    var state: UInt64 = 7
    let vocabulary = (0..<300).map { "λέξη\($0)" } + (0..<50).map { "Όνομα\($0)κς" }
    let text = (0..<5000).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1
      return vocabulary[Int(state >> 33) % vocabulary.count]
    }.joined(separator: " ")
    let fast = MatchTokens.indexTokens(of: text)
    #expect(Set(fast.tokens.map(\.text)) == reference(text, forLookup: true))
    #expect(fast.tokens.allSatisfy { $0 == IndexToken($0.text) && $0.bytesHash == IndexToken($0.text).bytesHash })
  }

  @Test("A token that is a range of a longer text is the token of that range alone")
  func rangeTokens() {
    let key = "ο λαβροφ ειπε"
    let start = "ο ".utf8.count
    let word = IndexToken(in: key, start: start, count: "λαβροφ".utf8.count, bytesHash: IndexToken("λαβροφ").bytesHash)
    #expect(word.text == "λαβροφ")
    #expect(word == IndexToken("λαβροφ"))
    #expect(word != IndexToken("λαβρο"))
    #expect(word.withBytes { Array($0) } == Array("λαβροφ".utf8))
  }

  @Test("The interner gives each token one number, in order of first sight, on each side")
  func interner() {
    let interner = TokenInterner()
    var new: [String] = []
    let tokens = (0..<10_000).map { IndexToken("token\($0 % 3000)") }
    let numbers = interner.numbers(of: tokens, side: 0, new: &new)
    #expect(new.count == 3000)
    #expect(new == (0..<3000).map { "token\($0)" })
    #expect(numbers.enumerated().allSatisfy { index, number in new[Int(number)] == tokens[index].text })
    var again: [String] = []
    #expect(interner.numbers(of: Array(tokens.prefix(5)), side: 0, new: &again) == Array(numbers.prefix(5)))
    #expect(again.isEmpty)
    var target: [String] = []
    #expect(interner.numbers(of: [IndexToken("token7")], side: 1, new: &target) == [0])
    #expect(target == ["token7"])
  }

  @Test("Tokens with the same hash but different bytes get different numbers")
  func collidingHashes() {
    let interner = TokenInterner()
    var new: [String] = []
    let a = IndexToken(in: "alpha", start: 0, count: 5, bytesHash: 42)
    let b = IndexToken(in: "beta", start: 0, count: 4, bytesHash: 42)
    let numbers = interner.numbers(of: [a, b, a, b], side: 0, new: &new)
    #expect(numbers == [0, 1, 0, 1])
    #expect(new == ["alpha", "beta"])
  }
}

/// Posting lists written in several imports against the same lists written in one.
@Suite("Posting lists across imports")
struct PostingListImportTests {
  private func units(_ range: Range<Int>) -> [TranslationUnit] {
    range.map { number in
      TranslationUnit(
        source: "Η βουλή ψήφισε το νομοσχέδιο \(number) και η βουλή \(number % 7 == 0 ? "ξανά" : "").",
        target: "Parliament passed bill \(number).", sourceLanguage: "el", targetLanguage: "en")
    }
  }

  private func terms(of memory: TranslationMemory) throws -> [Row] {
    try memory.read { db in
      try Row.fetchAll(
        db, sql: "SELECT side, token, unit_count, last_unit, postings, skips FROM term ORDER BY side, token")
    }
  }

  @Test("Lists that grow long over three imports are stored as one import stores them, skip tables and all")
  func appendedLists() throws {
    let whole = try temporaryMemory(.memory)
    _ = try whole.add(units(0..<3000))
    let parts = try temporaryMemory(.memory)
    for range in [0..<1000, 1000..<2100, 2100..<3000] { _ = try parts.add(units(range)) }
    let expected = try terms(of: whole)
    #expect(try terms(of: parts) == expected)
    // The common words' lists crossed the threshold and have skip tables.
    #expect(expected.contains { ($0["token"] as String) == "βουλη" && ($0["skips"] as Data?) != nil })
    #expect(expected.contains { ($0["token"] as String) == "βουλη#2" && ($0["unit_count"] as Int) == 3000 })
  }
}
