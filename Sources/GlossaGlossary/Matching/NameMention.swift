import GlossaNames
import GlossaText

/// A glossary name found in a text, with its exact place.
package struct NameMention: Hashable, Sendable {
  /// The entry named.
  package var entry: GlossaryEntry
  /// The entry's form the text matched.
  package var form: TermForm
  /// The mention exactly as written in the text.
  package var text: String
  /// Where it is, in UTF-8 bytes from the start of the text.
  package var utf8Range: Range<Int>
  /// Where it starts: line and column.
  package var start: SourceLocation
  /// How sure the match is, in [0, 1].
  package var score: Double
  /// Why it matched.
  package var reason: GlossaryMatch.Reason
}

extension Glossary {
  /// Finds the glossary's names in `text`.
  ///
  /// Multi-word names are found from any of their words and checked word by word over the
  /// neighbouring tokens, each word in any of its case forms (της Βόρειας Κορέας); one word of
  /// a longer name may be a variant spelling (Σεργκέι Λαβρώφ). Capitalized single words not
  /// found that way are looked up phonetically, for unlisted spellings (Πιονγιάνγκ). Where
  /// mentions overlap, the longest wins.
  ///
  /// - Parameter tokens: The text's word tokens, if already made (see ``WordTokenizer``).
  /// - Complexity: O(*n*) hash lookups for *n* tokens, plus a phonetic check of each
  ///   capitalized word not found exactly.
  package func mentions(in text: String, tokens: [Token]? = nil) -> [NameMention] {
    let words = (tokens ?? (try? WordTokenizer(locale: "el").tokens(in: text, kinds: [.word])) ?? [])
      .filter { $0.kind == .word }
    guard !words.isEmpty else { return [] }
    let keys = words.map { TextFolder.shared.key($0.text) }
    let bytes = Array(text.utf8)
    var found: [Candidate] = []

    for (i, key) in keys.enumerated() {
      for posting in index.words(FoldedKey(key)) {
        let start = i - Int(posting.position)
        let count = Int(posting.wordCount)
        guard start >= 0, start + count <= words.count else { continue }
        if let candidate = verify(posting.ref, start: start, count: count, words: words, keys: keys, bytes: bytes) {
          found.append(candidate)
        }
      }
    }
    var covered = Set<Int>()
    for candidate in found { covered.formUnion(candidate.start..<candidate.end) }
    for (i, key) in keys.enumerated() where !covered.contains(i) {
      for posting in index.surnames(FoldedKey(key)) {
        let reason: GlossaryMatch.Reason = posting.caseSlot > 0 ? .inflection : .exact
        found.append(
          Candidate(ref: posting.ref, start: i, end: i + 1, score: reason == .exact ? 0.92 : 0.9, reason: reason))
        covered.insert(i)
      }
    }
    for (i, word) in words.enumerated() where !covered.contains(i) && Self.looksLikeName(word.text) {
      if let candidate = phoneticMatch(word, key: keys[i], at: i) { found.append(candidate) }
    }
    return select(found).map { candidate in
      let entry = entries[Int(candidate.ref.entry)]
      let first = words[candidate.start]
      let last = words[candidate.end - 1]
      let range = first.utf8Range.lowerBound..<last.utf8Range.upperBound
      return NameMention(
        entry: entry, form: entry.forms[Int(candidate.ref.form)],
        text: String(decoding: bytes[range], as: UTF8.self), utf8Range: range, start: first.start,
        score: candidate.score, reason: candidate.reason)
    }
  }

  struct Candidate {
    var ref: GlossaryIndex.FormRef
    var start: Int
    var end: Int
    var score: Double
    var reason: GlossaryMatch.Reason
  }

  private func verify(
    _ ref: GlossaryIndex.FormRef, start: Int, count: Int, words: [Token], keys: [String], bytes: [UInt8]
  ) -> Candidate? {
    guard let info = index.formInfo(ref) else { return nil }
    let cases = info.caseWords
    if info.isAcronym, words[start].text.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
      return nil  // "που" is not ΠΟΥ
    }
    let formWords = info.writtenWords
    var reason = GlossaryMatch.Reason.exact
    var score = 1.0
    var variants = 0
    for offset in 0..<count {
      let index = start + offset
      if offset > 0, !Self.isNameGap(bytes[words[index - 1].utf8Range.upperBound..<words[index].utf8Range.lowerBound]) {
        return nil
      }
      let key = keys[index]
      if key.hasSameBytes(as: cases[0][offset]) {
        if words[index].text != (offset < formWords.count ? String(formWords[offset]) : "") {
          if reason == .exact {
            reason = .accent
            score = 0.99
          }
        }
        continue
      }
      if cases.dropFirst().contains(where: { $0[offset].hasSameBytes(as: key) }) {
        if reason != .variant {
          reason = .inflection
          score = min(score, 0.95)
        }
        continue
      }
      // One word of a longer name may be spelled another way.
      guard count > 1, variants == 0, offset < formWords.count else { return nil }
      let comparison = matcher.compare(words[index].text, String(formWords[offset]))
      guard comparison.relation.isSpelling else { return nil }
      variants += 1
      reason = .variant
      score = min(score, comparison.score)
    }
    return Candidate(ref: ref, start: start, end: start + count, score: score, reason: reason)
  }

  /// The best form or surname `word` (whose matching key is `key`) is a spelling of. The word
  /// is prepared for comparison only when some form sounds close.
  private func phoneticMatch(_ word: Token, key: String, at position: Int) -> Candidate? {
    var best: Candidate?
    let sounds = PreparedName.Sounds(word.text, key: key)
    let candidates =
      index.phoneticCandidates(for: sounds.phones).map { ($0, false) }
      + index.phoneticCandidates(for: sounds.phones, surnames: true).map { ($0, true) }
    guard !candidates.isEmpty else { return nil }
    let query = PreparedName(word.text, sounds: sounds)
    for (ref, bySurname) in candidates {
      guard let info = index.formInfo(ref), bySurname || info.caseWords[0].count == 1,
        let target = bySurname ? info.surname : info.prepared
      else { continue }
      let comparison = matcher.compare(query, target)
      guard comparison.relation.isSpelling, comparison.score > (best?.score ?? 0) else { continue }
      let reason: GlossaryMatch.Reason =
        comparison.relation == .transliteration
        ? .crossScript
        : comparison.relation == .inflection ? .inflection : .variant
      best = Candidate(ref: ref, start: position, end: position + 1, score: comparison.score, reason: reason)
    }
    return best
  }

  /// Keeps the longest, then best, of overlapping candidates, in text order.
  private func select(_ candidates: [Candidate]) -> [Candidate] {
    let ordered = candidates.sorted {
      ($0.end - $0.start, $0.score, -$0.start) > ($1.end - $1.start, $1.score, -$1.start)
    }
    var taken = Set<Int>()
    var chosen: [Candidate] = []
    for candidate in ordered where !(candidate.start..<candidate.end).contains(where: taken.contains) {
      taken.formUnion(candidate.start..<candidate.end)
      chosen.append(candidate)
    }
    return chosen.sorted { $0.start < $1.start }
  }

  /// Whether `text` is an acronym (ΚΚΕ, NATO): capitals only, two to six letters. Its letters
  /// are read one by one, so it is no transcription of a name that sounds like it.
  package static func isAcronym(_ text: String) -> Bool { GlossaryIndex.isAcronym(text) }

  /// Whether the bytes between two words of a name are only a space or a hyphen.
  package static func isNameGap(_ gap: ArraySlice<UInt8>) -> Bool {
    let text = String(decoding: gap, as: UTF8.self)
    return !text.isEmpty && text.count <= 2
      && text.unicodeScalars.allSatisfy {
        $0 == " " || $0 == "-" || $0 == "\u{A0}" || $0 == "\u{2010}" || $0 == "\u{2011}"
      }
  }

  /// Capitalized words of three letters or more are worth a phonetic lookup, except words of
  /// six capitals or fewer: those are mostly acronyms (ΕΛΑΣ, ΚΚΕ), whose letters are not a
  /// transcription of anything, so sounding like a name (Ελλάς) says nothing.
  static func looksLikeName(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
    return word.unicodeScalars.count >= 3 && !GlossaryIndex.isAcronym(word)
  }
}
