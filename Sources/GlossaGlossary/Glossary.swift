import GlossaNames
import GlossaText

/// A bilingual glossary of names, indexed for lookup by any spelling.
///
///     let glossary = Glossary.shipped
///     let match = glossary.bestMatch(for: "Πιονγιάνγκ")
///     match?.entry.canonicalGreek     // "Πιονγκγιάνγκ"
///     match?.reason                   // .variant
///     match?.detail                   // "γκ→γ"
///
/// Lookup tries, in order: the folded form in any case of its words (exact, accent,
/// inflection), then phonetic candidates from a coarse-key index verified by
/// ``VariantMatcher`` (variant, cross-script). It never scans all entries.
///
/// A glossary is immutable and `Sendable`: share one between tasks.
public final class Glossary: Sendable {
  /// The entries, in the order they were loaded.
  public let entries: [GlossaryEntry]
  let index: GlossaryIndex
  let matcher: VariantMatcher
  let memo = LookupMemo()

  /// Builds a glossary and its index.
  ///
  /// - Complexity: O(*n*) in the total number of words of all forms.
  package convenience init(entries: [GlossaryEntry], matcher: VariantMatcher = VariantMatcher()) {
    self.init(entries: entries, index: GlossaryIndex(entries: entries), matcher: matcher)
  }

  /// A glossary of `entries` with their index, built or read back from the cache.
  init(entries: [GlossaryEntry], index: GlossaryIndex, matcher: VariantMatcher = VariantMatcher()) {
    self.entries = entries
    self.index = index
    self.matcher = matcher
  }

  /// The entry with `id`, if any.
  package func entry(withID id: String) -> GlossaryEntry? {
    entries.first { $0.id == id }
  }

  /// The best entry for `term`, or `nil` when nothing matches well enough.
  public func bestMatch(for term: String) -> GlossaryMatch? {
    matches(for: term).first
  }

  /// Entries that `term` may name, best first, one match per entry.
  ///
  /// - Parameter term: Any spelling, in Greek or Latin letters, in any case form.
  /// - Complexity: Hash lookups, plus a phonetic comparison for each candidate sharing the
  ///   term's coarse key or one a deletion away. Recent terms are remembered (up to 50,000),
  ///   so a word seen before costs one hash lookup.
  package func matches(for term: String) -> [GlossaryMatch] {
    memo.matches(for: term) { uncachedMatches(for: term) }
  }

  private func uncachedMatches(for term: String) -> [GlossaryMatch] {
    let key = TextFolder.shared.key(term)
    let words = key.splitOnSpaces()
    let found = matches(for: term, key: key, words: words)
    if !found.isEmpty { return found }
    // "της Βόρειας Κορέας", "the Kremlin": try again without a leading article or preposition.
    guard words.count > 1, Self.leadingWords.contains(words[0]) else { return [] }
    let rest = term.split(separator: " ", maxSplits: 1).dropFirst().joined()
    let restKey = TextFolder.shared.key(rest)
    return matches(for: rest, key: restKey, words: restKey.splitOnSpaces())
  }

  /// Articles and prepositions that may come before a name.
  static let leadingWords: Set<String> = [
    "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τη", "τους", "τις", "στο",
    "στον", "στη", "στην", "στα", "στους", "στις", "στου", "στης", "απο", "the", "of", "in", "to",
  ]

  /// Matches of `term`, whose matching key is `key` and its words `words`. The term's phones
  /// are worked out only when no listed form or surname matches, which is most lookups' fate
  /// and the costly part; the rest of its preparation only when some form sounds close.
  private func matches(for term: String, key: String, words: [String]) -> [GlossaryMatch] {
    guard !words.isEmpty else { return [] }
    /// The best match so far for each entry, kept light until the end.
    struct Found {
      var ref: GlossaryIndex.FormRef
      var score: Double
      var reason: GlossaryMatch.Reason
      var detail: String
      /// What the term was compared with, to describe the difference once a match is kept.
      var target: PreparedName? = nil
      var bySurname = false
    }
    var best: [Int32: Found] = [:]
    func consider(_ found: Found) {
      if let known = best[found.ref.entry], known.score >= found.score { return }
      best[found.ref.entry] = found
    }
    for posting in index.forms(FoldedKey(words.joined(separator: " "))) {
      // An acronym (ΠΟΥ, ΚΚΕ) matches only in capitals: "που" is not the WHO.
      if index.formInfo(posting.ref)?.isAcronym == true, term.unicodeScalars.contains(where: \.properties.isLowercase) {
        continue
      }
      if posting.caseSlot > 0 {
        consider(Found(ref: posting.ref, score: 0.95, reason: .inflection, detail: "case form"))
      } else if entries[Int(posting.ref.entry)].forms[Int(posting.ref.form)].text.hasSameBytes(as: term) {
        consider(Found(ref: posting.ref, score: 1, reason: .exact, detail: ""))
      } else {
        consider(Found(ref: posting.ref, score: 0.99, reason: .accent, detail: "accents or case"))
      }
    }
    if best.isEmpty, words.count == 1 {
      for posting in index.surnames(FoldedKey(words[0])) {
        let inflected = posting.caseSlot > 0
        consider(
          Found(
            ref: posting.ref, score: inflected ? 0.9 : 0.92, reason: inflected ? .inflection : .exact, detail: "surname"
          ))
      }
    }
    if best.isEmpty {
      let sounds = PreparedName.Sounds(term, key: key)
      let candidates =
        index.phoneticCandidates(for: sounds.phones).map { ($0, false) }
        + (words.count == 1 ? index.phoneticCandidates(for: sounds.phones, surnames: true).map { ($0, true) } : [])
      // Most terms sound like no form: they are never prepared further.
      let query = candidates.isEmpty ? nil : PreparedName(term, sounds: sounds)
      for (ref, bySurname) in candidates {
        guard let query, let target = index.prepared(ref, surname: bySurname) else { continue }
        let comparison = matcher.compare(query, target)
        guard comparison.relation.isSameName else { continue }
        let reason: GlossaryMatch.Reason =
          switch comparison.relation {
          case .transliteration: .crossScript
          case .inflection: .inflection
          case .same: .exact
          case .accent: .accent
          case .hypocoristic, .translation: .equivalent
          default: .variant
          }
        let score = bySurname ? comparison.score * 0.95 : comparison.score
        consider(
          Found(
            ref: ref, score: score, reason: reason, detail: comparison.detail,
            target: reason == .crossScript ? nil : target, bySurname: bySurname))
      }
    }
    return best.values
      .sorted { $0.score != $1.score ? $0.score > $1.score : $0.ref.entry < $1.ref.entry }
      .map { found in
        let entry = entries[Int(found.ref.entry)]
        var detail = found.target.map { SpellingDifference.describe($0.text, term) } ?? found.detail
        if found.bySurname { detail = detail.isEmpty ? "surname" : "surname, \(detail)" }
        return GlossaryMatch(
          entry: entry, form: entry.forms[Int(found.ref.form)], score: found.score, reason: found.reason,
          detail: detail)
      }
  }
}

extension Glossary {
  /// Forgets the lookups remembered so far (for benchmarks that time unseen terms).
  @_spi(Benchmarks) public func forgetLookups() { memo.removeAll() }

  /// The index compiled into bytes, as the cache stores it (for benchmarks).
  @_spi(Benchmarks) public var compiledIndex: [UInt8] { index.compiled }

  /// A glossary of `entries` whose index is read back from ``compiledIndex`` bytes rather than
  /// built (for benchmarks); `nil` when the bytes are not an index of these entries.
  @_spi(Benchmarks) public static func reading(compiledIndex: [UInt8], entries: [GlossaryEntry]) -> Glossary? {
    GlossaryIndex(compiled: compiledIndex, entries: entries).map { Glossary(entries: entries, index: $0) }
  }

  /// How many forms a phonetic lookup of `term` would verify (for benchmarks and tuning).
  @_spi(Benchmarks) public func phoneticCandidateCount(for term: String) -> (forms: Int, surnames: Int) {
    let phones = NameKeys.phones(of: term)
    return (index.phoneticCandidates(for: phones).count, index.phoneticCandidates(for: phones, surnames: true).count)
  }
}
