import GlossaText

/// A spelling with everything comparison needs computed once: folds, words, script, phones
/// and stress. Glossary forms are prepared when the index is built, queries once per lookup.
struct PreparedName: Sendable {
  let text: String
  let folded: String
  let key: String
  let words: [String]
  /// The scalars of each word, for comparing endings.
  let wordScalars: [[Unicode.Scalar]]
  let script: NameScript
  let phones: [Phone]
  let stress: Int?
  /// For each entry of ``VariantMatcher``'s gender endings: 1 when the phones end in its
  /// masculine ending, 2 when in its feminine one, 0 otherwise.
  let genderTails: [UInt8]

  init(_ text: String) {
    self.text = text
    let folder = TextFolder.shared
    folded = folder.folded(text)
    key = folder.key(text)
    words = key.splitOnSpaces()
    wordScalars = words.map { Array($0.unicodeScalars) }
    script = NameScript(of: key)
    phones = script == .greek ? GreekPhonetics.phones(of: text) : LatinPhonetics.phones(of: text)
    stress = script == .greek ? GreekPhonetics.stressFromEnd(of: text) : nil
    genderTails = VariantMatcher.genderTails(of: phones)
  }
}
