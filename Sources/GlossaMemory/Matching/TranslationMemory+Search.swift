import Foundation
import GRDB
import GlossaNames
import GlossaText

extension TranslationMemory {
  /// Which segments a search looks at.
  public enum Side: String, Sendable, CaseIterable {
    case source, target, both
  }

  /// Units whose source is like `sentence`, best first.
  ///
  /// Candidates come from the index: the units sharing the most of the query's rarest words
  /// and name sounds, within the lengths a match of `minimumScore` allows; never a scan of the
  /// whole memory. They are then scored on folded words (see ``FuzzyMatch/Explanation``):
  /// 100 × (1 − distance ÷ words), less a point for differences in case or accents and a point
  /// for differences in punctuation, so 100 means the identical sentence.
  ///
  /// - Parameters:
  ///   - sourceLanguage, targetLanguage: Only units of this language pair (any case).
  ///   - minimumScore: The lowest score returned, 0 to 100.
  ///   - limit: The most matches returned.
  public func matches(
    for sentence: String, sourceLanguage: String? = nil, targetLanguage: String? = nil, minimumScore: Double = 70,
    limit: Int = 5
  ) throws(MemoryError) -> [FuzzyMatch] {
    let query = MatchTokens(sentence)
    guard !query.words.isEmpty else { return [] }
    let floor = max(0.01, minimumScore / 100)
    let shortest = Int((Double(query.words.count) * floor).rounded(.down))
    let longest = Int((Double(query.words.count) / floor).rounded(.up))
    let matcher = VariantMatcher()
    return try read { db in
      var found: [FuzzyMatch] = []
      for id in try Self.candidates(for: query, in: db) {
        guard let row = try UnitRow.fetch(id: Int64(id), in: db), (shortest...longest).contains(row.wordCount) else {
          continue
        }
        if let sourceLanguage, row.sourceLanguage.lowercased() != sourceLanguage.lowercased() { continue }
        if let targetLanguage, row.targetLanguage.lowercased() != targetLanguage.lowercased() { continue }
        if let match = Self.score(
          query: query, sentence: sentence, row: row, matcher: matcher, minimumScore: minimumScore)
        {
          found.append(match)
        }
      }
      found.sort { ($0.score, -$0.unitID) > ($1.score, -$1.unitID) }
      return Array(found.prefix(limit))
    }
  }

  /// How `sentence` scores against the unit with row number `unitID`, whether or not a search
  /// would have found it; `nil` when there is no such unit.
  package func match(for sentence: String, unitID: Int64) throws(MemoryError) -> FuzzyMatch? {
    let query = MatchTokens(sentence, readsNames: false)
    let matcher = VariantMatcher()
    return try read { db in
      try UnitRow.fetch(id: unitID, in: db).flatMap {
        Self.score(query: query, sentence: sentence, row: $0, matcher: matcher, minimumScore: 0)
      }
    }
  }

  /// The row numbers of the units with `tuid`.
  package func unitIDs(withTuid tuid: String) throws(MemoryError) -> [Int64] {
    try read { db in try Int64.fetchAll(db, sql: "SELECT id FROM unit WHERE tuid = ?", arguments: [tuid]) }
  }

  /// How many candidates are scored at most.
  static let candidateLimit = 120
  /// How many of the query's tokens (the rarest) pick the candidates.
  static let selectiveTokens = 8

  /// The units sharing most of the query's rarest tokens, best first.
  static func candidates(for query: MatchTokens, in db: Database) throws -> [UInt32] {
    let lookup = try db.cachedStatement(sql: "SELECT unit_count, postings FROM term WHERE side = 0 AND token = ?")
    var lists: [(count: Int, bytes: Data)] = []
    for token in query.indexTokens {
      if let row = try Row.fetchOne(lookup, arguments: [token]) { lists.append((row[0], row[1])) }
    }
    guard !lists.isEmpty else { return [] }
    lists.sort { $0.count < $1.count }
    let largest = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM unit") ?? 0
    let total = Double(max(1, largest))
    // Weights by unit number in a flat array: cheaper than a dictionary for long lists.
    var weights = [Float](repeating: 0, count: largest + 1)
    var touched: [UInt32] = []
    var decoded = 0
    for (index, list) in lists.prefix(selectiveTokens).enumerated() {
      // Past the first few, very common words add little and cost much.
      if index >= 3 && decoded + list.count > postingBudget { break }
      decoded += list.count
      let weight = Float(log(1 + total / Double(list.count)))
      PostingList.forEach(in: list.bytes) { id in
        guard Int(id) < weights.count else { return }
        if weights[Int(id)] == 0 { touched.append(id) }
        weights[Int(id)] += weight
      }
    }
    if touched.count > candidateLimit {
      // Keep about the best `candidateLimit` without sorting them all: count weights in
      // buckets, find the bucket where the best ones end, keep what is at or above it.
      let top = touched.reduce(Float(0)) { max($0, weights[Int($1)]) }
      let bucketCount = 1024
      let scale = Float(bucketCount - 1) / max(top, .leastNormalMagnitude)
      var counts = [Int](repeating: 0, count: bucketCount)
      for id in touched { counts[Int(weights[Int(id)] * scale)] += 1 }
      var cutoff = bucketCount - 1
      var kept = counts[cutoff]
      while cutoff > 0 && kept < candidateLimit {
        cutoff -= 1
        kept += counts[cutoff]
      }
      touched = touched.filter { Int(weights[Int($0)] * scale) >= cutoff }
    }
    // Best by weight first (ties by unit number, oldest first).
    touched.sort { weights[Int($0)] != weights[Int($1)] ? weights[Int($0)] > weights[Int($1)] : $0 < $1 }
    return Array(touched.prefix(candidateLimit))
  }

  /// The most postings a lookup decodes once it has its three rarest tokens.
  static let postingBudget = 300_000

  /// Scores one unit against the query; `nil` below `minimumScore`.
  static func score(
    query: MatchTokens, sentence: String, row: UnitRow, matcher: VariantMatcher, minimumScore: Double
  ) -> FuzzyMatch? {
    let unitTokens = MatchTokens(row.sourceText, readsNames: false)
    let words = max(query.words.count, unitTokens.words.count, 1)
    // A cheap bound first: the length difference alone costs that many words.
    let lengthGap = Double(abs(query.words.count - unitTokens.words.count))
    guard 100 * (1 - lengthGap / Double(words)) >= minimumScore else { return nil }
    let alignment = WordAlignment(query: query, unit: unitTokens, matcher: matcher)
    var score = 100 * (1 - alignment.distance / Double(words))
    guard score >= minimumScore else { return nil }
    var penalties: [(String, Double)] = []
    if alignment.distance == 0 && Self.normalized(sentence) != Self.normalized(row.sourceText) {
      let foldedQuery = TextFolder.shared.folded(sentence)
      let foldedUnit = TextFolder.shared.folded(row.sourceText)
      if foldedQuery == foldedUnit || Self.letters(sentence) != Self.letters(row.sourceText) {
        penalties.append(("case or accents differ", 1))
      }
      if Self.punctuation(foldedQuery) != Self.punctuation(foldedUnit) {
        penalties.append(("punctuation differs", 1))
      }
      if penalties.isEmpty { penalties.append(("spacing or symbols differ", 1)) }
    }
    score -= penalties.reduce(0) { $0 + $1.1 }
    guard score >= minimumScore else { return nil }
    return FuzzyMatch(
      unitID: row.id, unit: row.translationUnit, score: max(0, (score * 100).rounded() / 100),
      explanation: FuzzyMatch.Explanation(
        words: words, wordDistance: alignment.distance, penalties: penalties,
        differences: alignment.differences.map {
          FuzzyMatch.Difference(kind: $0.kind.rawValue, query: $0.query, unit: $0.unit)
        }))
  }

  /// NFC with runs of white space made one space and the ends trimmed.
  static func normalized(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  private static func letters(_ text: String) -> [Character] {
    normalized(text).filter { $0.isLetter || $0.isNumber }
  }

  private static func punctuation(_ text: String) -> [Character] {
    text.filter { !$0.isLetter && !$0.isNumber && !$0.isWhitespace }
  }
}
