import GlossaText

/// A spelling with everything comparison needs computed once: folds, words, script, phones
/// and stress. Glossary forms are prepared when the index is built, queries once per lookup.
/// A class: lookups pass prepared names around, and a reference costs one retain to copy.
package final class PreparedName: Sendable {
  package let text: String
  package let folded: String
  package let key: String
  package let words: [String]
  /// The scalars of each word, for comparing endings.
  package let wordScalars: [[Unicode.Scalar]]
  package let script: WritingScript
  package let phones: [Phone]
  /// The consonant phones alone, without glides and h: what transcription varies least.
  package let consonants: [Phone]
  package let stress: Int?
  /// For each entry of ``VariantMatcher``'s gender endings: 1 when the phones end in its
  /// masculine ending, 2 when in its feminine one, 0 otherwise.
  package let genderTails: [UInt8]
  /// Whether a word of the spelling is a given name the list of equivalents knows.
  package let hasListedWord: Bool

  package convenience init(_ text: String) {
    let key = TextFolder.shared.key(text)
    self.init(text, sounds: Sounds(text, key: key))
  }

  /// Prepares `text` whose sounds were worked out before (a lookup finds its candidates by
  /// them first, and prepares the rest only when there are candidates to compare).
  package init(_ text: String, sounds: Sounds) {
    self.text = text
    folded = TextFolder.shared.folded(text)
    key = sounds.key
    words = key.splitOnSpaces()
    wordScalars = words.map { Array($0.unicodeScalars) }
    script = sounds.script
    phones = sounds.phones
    consonants = phones.filter { !$0.isVowel && $0 != .j && $0 != .w && $0 != .h }
    stress = script == .greek ? GreekPhonetics.stressFromEnd(of: text) : nil
    genderTails = VariantMatcher.genderTails(of: phones)
    hasListedWord = words.contains(where: NameEquivalents.shipped.contains)
  }

  /// A spelling's matching key, script and phones: the part of preparing it that finding
  /// candidates needs.
  package struct Sounds: Sendable {
    package let key: String
    package let script: WritingScript
    package let phones: [Phone]

    /// The sounds of `text`, whose matching key (``TextFolder/key(_:)``) is `key`.
    package init(_ text: String, key: String) {
      self.key = key
      script = NameKeys.script(of: key)
      phones = script == .greek ? GreekPhonetics.phones(of: text) : LatinPhonetics.phones(ofKey: key)
    }
  }
}
