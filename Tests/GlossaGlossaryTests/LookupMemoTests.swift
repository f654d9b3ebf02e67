import Testing

@_spi(Benchmarks) @testable import GlossaGlossary

@Suite("Lookup memo")
struct LookupMemoTests {
  @Test("A term is computed once, until the memo fills and starts over")
  func remembers() {
    let memo = LookupMemo(capacity: 2)
    var computed: [String] = []
    func lookup(_ term: String) {
      _ = memo.matches(for: term) {
        computed.append(term)
        return []
      }
    }
    lookup("Λαβρόφ")
    lookup("Λαβρόφ")
    lookup("Πούτιν")
    #expect(computed == ["Λαβρόφ", "Πούτιν"])
    lookup("Μέρκελ")  // full: forgets, then remembers this one
    lookup("Λαβρόφ")
    lookup("Μέρκελ")
    #expect(computed == ["Λαβρόφ", "Πούτιν", "Μέρκελ", "Λαβρόφ"])
  }

  @Test("Remembered lookups give the same answers as fresh ones")
  func sameAnswers() {
    let glossary = Glossary.shipped
    for term in ["Πιονγιάνγκ", "της Βόρειας Κορέας", "Lavrov", "καλημέρα"] {
      let first = glossary.matches(for: term)
      let again = glossary.matches(for: term)
      glossary.forgetLookups()
      #expect(first == again)
      #expect(glossary.matches(for: term) == first)
    }
    #expect(glossary.bestMatch(for: "Πιονγιάνγκ")?.entry.id == "pyongyang")
  }
}
