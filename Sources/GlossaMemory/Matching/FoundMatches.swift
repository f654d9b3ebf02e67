/// The best matches a lookup has found so far, in the order it returns them: units with the
/// query's words exactly first, then by score, then oldest first.
struct FoundMatches {
  private(set) var best: [MatchScorer.Scored] = []
  let limit: Int
  let minimumScore: Double

  init(limit: Int, minimumScore: Double) {
    self.limit = limit
    self.minimumScore = minimumScore
  }

  /// The score a unit needs to be among the results: the minimum until there are `limit`
  /// results, then the lowest of them.
  var threshold: Double {
    best.count < limit ? minimumScore : best.reduce(100) { min($0, $1.score) }
  }

  mutating func add(_ scored: MatchScorer.Scored) {
    guard !best.contains(where: { $0.unitID == scored.unitID }) else { return }
    let index = best.firstIndex { Self.precedes(scored, $0) } ?? best.endIndex
    guard index < limit else { return }
    best.insert(scored, at: index)
    if best.count > limit { best.removeLast() }
  }

  /// The results, with their translation units read from `index`.
  func matches(in index: some UnitIndex) throws -> [FuzzyMatch] {
    if index.readsAhead { try index.prefetchUnits(best.map(\.unitID)) }
    return try best.compactMap { scored in try index.unit(id: scored.unitID).map(scored.match) }
  }

  private static func precedes(_ a: MatchScorer.Scored, _ b: MatchScorer.Scored) -> Bool {
    if a.isExact != b.isExact { return a.isExact }
    if a.score != b.score { return a.score > b.score }
    return a.unitID < b.unitID
  }
}
