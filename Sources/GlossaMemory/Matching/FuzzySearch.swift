import Foundation

/// One fuzzy lookup, run against any store's ``UnitIndex``: see
/// ``TranslationMemory/matches(for:sourceLanguage:targetLanguage:minimumScore:limit:)`` for what
/// it finds and in what order.
package struct FuzzySearch {
  /// The sentence looked up.
  package let sentence: String
  /// Only units of this language pair (any case).
  package let sourceLanguage: String?
  package let targetLanguage: String?
  /// The lowest score returned, 0 to 100.
  package let minimumScore: Double
  /// The most matches returned.
  package let limit: Int

  /// How many candidates are read ahead at first when the store says it reads them in one trip;
  /// each later read takes twice as many, up to ``readAheadLimit``, as a lookup that has read
  /// many is likely to read many more.
  static let readAhead = 32
  static let readAheadLimit = 512

  package init(sentence: String, sourceLanguage: String?, targetLanguage: String?, minimumScore: Double, limit: Int) {
    self.sentence = sentence
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.minimumScore = minimumScore
    self.limit = limit
  }

  /// How `sentence` scores against `row`, whether or not a search would have found it.
  package static func match(for sentence: String, row: UnitRow) -> FuzzyMatch? {
    let scorer = MatchScorer(query: MatchTokens(sentence, readsNames: false), sentence: sentence)
    return scorer.score(row, minimumScore: 0)?.match(row)
  }

  /// Whether `row` is of the language pair asked for.
  private func accepts(_ row: UnitRow) -> Bool {
    accepts(source: row.sourceLanguage, target: row.targetLanguage)
  }

  /// Whether a unit of these languages is of the pair asked for.
  private func accepts(source: String, target: String) -> Bool {
    if let sourceLanguage, source.lowercased() != sourceLanguage.lowercased() { return false }
    if let targetLanguage, target.lowercased() != targetLanguage.lowercased() { return false }
    return true
  }

  /// The matches in `index`, best first.
  package func matches(in index: some UnitIndex) throws -> [FuzzyMatch] {
    let query = MatchTokens(sentence)
    guard !query.words.isEmpty, limit > 0 else { return [] }
    let scorer = MatchScorer(query: query, sentence: sentence)
    var found = FoundMatches(limit: limit, minimumScore: minimumScore)
    let filters = sourceLanguage != nil || targetLanguage != nil
    var exactIDs: Set<Int64> = []
    for row in try index.units(sourceKey: query.key) where accepts(row) {
      exactIDs.insert(row.id)
      if let scored = scorer.score(row, minimumScore: minimumScore) { found.add(scored) }
    }
    var selection = try CandidateSelection(query: query, minimumScore: minimumScore, in: index)
    var position = 0
    var checkedSinceReading = 0
    var readUpTo = 0
    var readAhead = Self.readAhead
    while position < selection.candidates.count && position < CandidateSelection.checkLimit {
      let candidate = selection.candidates[position]
      // Sorted by bound: once one cannot beat the results, none after it can.
      guard selection.bound(lost: candidate.lost) >= found.threshold else { break }
      // Many left to check: read another list when that rules out more than it costs.
      if checkedSinceReading >= 8,
        selection.refinementPays(checks: selection.reaching(found.threshold, from: position))
      {
        try selection.refine(from: position, threshold: found.threshold, in: index)
        checkedSinceReading = 0
        readUpTo = position
        continue
      }
      if index.readsAhead && position >= readUpTo {
        let end = min(selection.candidates.count, position + readAhead)
        try index.prefetch(selection.candidates[position..<end].map { Int64($0.id) })
        readUpTo = end
        readAhead = min(Self.readAheadLimit, readAhead * 2)
      }
      position += 1
      checkedSinceReading += 1
      let id = Int64(candidate.id)
      guard !exactIDs.contains(id), let words = try index.wordCount(id: id),
        selection.bound(lost: candidate.lost, unitWords: words) >= found.threshold,
        let text = try index.sourceText(id: id)
      else { continue }
      if filters {
        guard let pair = try index.languages(id: id), accepts(source: pair.source, target: pair.target) else {
          continue
        }
      }
      if let scored = scorer.score(unitID: id, sourceText: text, minimumScore: found.threshold) {
        found.add(scored)
      }
    }
    return try found.matches(in: index)
  }
}
