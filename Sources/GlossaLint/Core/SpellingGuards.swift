import GlossaText

/// The tests that keep two different names apart when the variant model would join them, as
/// the inconsistent-spelling rule applies them: for other judgements of spellings (glossary
/// discovery) to apply the same.
package enum SpellingGuards {
  /// Whether two names begin with sounds one name's transcriptions can share.
  package static func onsetsAgree(_ a: String, _ b: String) -> Bool {
    InconsistentSpellingRule.onsetsAgree(a, b)
  }

  /// Whether two written forms are two words of the lexicon that differ only in their endings.
  package static func areDifferentWords(_ a: String, _ b: String, lexicon: Lexicon) -> Bool {
    InconsistentSpellingRule.areDifferentWords(a, b, lexicon: lexicon)
  }
}
