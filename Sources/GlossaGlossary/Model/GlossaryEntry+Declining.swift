import GlossaICU
import GlossaNames
import GlossaText

extension GlossaryEntry {
  /// Rewrites a mention of this entry as another of its forms, keeping the case the
  /// mention is in, so that a fix does not break the grammar around it:
  ///
  ///     // "του Σεργκέι Λαβρώφ" matched the deprecated form "Σεργκέι Λαβρώφ"
  ///     entry.rewrite("Κρεμλήνου", matching: deprecated, as: canonical)   // "Κρεμλίνου"
  ///
  /// Word counts that differ keep what the mention stands for: a surname alone against a full
  /// name gives the target's last word; a one-word form of a longer place or organization name
  /// (an acronym) gives the whole target. Anything else gets the target as written.
  ///
  /// - Parameters:
  ///   - text: The mention as written.
  ///   - matched: The form the mention matched.
  ///   - target: The form to write instead (usually the canonical one).
  package func rewrite(_ text: String, matching matched: TermForm, as target: TermForm) -> String {
    let writtenWords = text.split(separator: " ").map(String.init)
    let keys = writtenWords.map { TextFolder.shared.key($0) }
    let matchedFolded = NameKeys.words(of: matched.text)
    let matchedDeclensions = matched.declensions(ofFoldedWords: matchedFolded, kind: kind)
    func slot(of key: String, word: String, declension: Declension) -> Int {
      (0...3).first { declension.caseForm(ofFoldedWord: word, slot: $0).hasSameBytes(as: key) } ?? 0
    }
    let targetWords = target.text.split(separator: " ").map(String.init)
    let targetFolded = NameKeys.words(of: target.text)
    guard targetWords.count == targetFolded.count else { return target.text }
    let targetDeclensions = target.declensions(ofFoldedWords: targetFolded, kind: kind)

    if keys.count == matchedFolded.count, keys.count == targetWords.count {
      return zip(keys.indices, targetWords).map { index, word in
        let wordSlot = slot(of: keys[index], word: matchedFolded[index], declension: matchedDeclensions[index])
        return Self.decline(word, folded: targetFolded[index], declension: targetDeclensions[index], slot: wordSlot)
      }.joined(separator: " ")
    }
    // A one-word form of a place or organization (ΠΓΔΜ) for a longer one (Βόρεια Μακεδονία):
    // the whole target, every word in the case the mention was in. (A person's one-word form
    // is a surname, and stays one, below.)
    if keys.count == 1, matchedFolded.count == 1, targetWords.count > 1, kind != .person {
      let wordSlot = slot(of: keys[0], word: matchedFolded[0], declension: matchedDeclensions[0])
      return targetWords.indices.map { index in
        Self.decline(
          targetWords[index], folded: targetFolded[index], declension: targetDeclensions[index], slot: wordSlot)
      }.joined(separator: " ")
    }
    if keys.count == 1, let lastMatched = matchedFolded.last, let lastTarget = targetWords.last {
      let wordSlot = slot(of: keys[0], word: lastMatched, declension: matchedDeclensions.last!)
      return Self.decline(lastTarget, folded: targetFolded.last!, declension: targetDeclensions.last!, slot: wordSlot)
    }
    return target.text
  }

  /// `word` (as written, with accents) in case `slot` of its declension.
  static func decline(_ word: String, folded: String, declension: Declension, slot: Int) -> String {
    let declined = declension.caseForm(ofFoldedWord: folded, slot: slot)
    guard slot > 0, !declined.hasSameBytes(as: folded) else { return word }
    let nominative = declension.endings.nominative
    let newEnding = Array(
      declined.unicodeScalars.dropFirst(folded.unicodeScalars.count - nominative.unicodeScalars.count))
    // Drop the nominative ending's letters (with their marks) from the written word.
    var scalars = Array(((try? Normalizer.nfd.normalized(word)) ?? word).unicodeScalars)
    var lettersToDrop = nominative.unicodeScalars.count
    var droppedAccent = false
    while lettersToDrop > 0, let last = scalars.last {
      scalars.removeLast()
      if last.properties.generalCategory == .nonspacingMark {
        if last.value == 0x0301 { droppedAccent = true }
      } else {
        lettersToDrop -= 1
      }
    }
    var ending = newEnding
    if droppedAccent, let vowel = ending.firstIndex(where: { "αεηιουω".unicodeScalars.contains($0) }) {
      ending.insert("\u{0301}", at: vowel + 1)
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars + ending)
    return (try? Normalizer.nfc.normalized(String(view))) ?? String(view)
  }
}
