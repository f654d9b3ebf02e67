import Foundation
import GRDB
import GlossaGlossary
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
      let candidates = try Self.candidates(for: query, in: db)
      var found: [FuzzyMatch] = []
      for id in candidates {
        guard let row = try UnitRow.fetch(id: Int64(id), in: db), (shortest...longest).contains(row.wordCount) else {
          continue
        }
        if let sourceLanguage, row.sourceLanguage.lowercased() != sourceLanguage.lowercased() { continue }
        if let targetLanguage, row.targetLanguage.lowercased() != targetLanguage.lowercased() { continue }
        let match = Self.score(query: query, sentence: sentence, row: row, matcher: matcher)
        if match.score >= minimumScore { found.append(match) }
      }
      found.sort { ($0.score, -$0.unitID) > ($1.score, -$1.unitID) }
      return Array(found.prefix(limit))
    }
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
    let total = try Double(Int.fetchOne(db, sql: "SELECT COUNT(*) FROM unit") ?? 1)
    var weights: [UInt32: Double] = [:]
    var decoded = 0
    for (index, list) in lists.prefix(selectiveTokens).enumerated() {
      // Past the first few, very common words add little and cost much.
      if index >= 3 && decoded + list.count > 600_000 { break }
      decoded += list.count
      let weight = log(1 + total / Double(list.count))
      for id in PostingList.decode(list.bytes) { weights[id, default: 0] += weight }
    }
    let best = weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    return best.prefix(candidateLimit).map(\.key)
  }

  /// Scores one unit against the query.
  static func score(query: MatchTokens, sentence: String, row: UnitRow, matcher: VariantMatcher) -> FuzzyMatch {
    let unitTokens = MatchTokens(row.sourceText)
    let alignment = WordAlignment(query: query, unit: unitTokens, matcher: matcher)
    let words = max(query.words.count, unitTokens.words.count, 1)
    var score = 100 * (1 - alignment.distance / Double(words))
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
    return FuzzyMatch(
      unitID: row.id, unit: row.translationUnit, score: max(0, (score * 100).rounded() / 100),
      explanation: FuzzyMatch.Explanation(
        words: words, wordDistance: alignment.distance, penalties: penalties,
        differences: alignment.differences.map { FuzzyMatch.Difference(kind: $0.kind.rawValue, query: $0.query, unit: $0.unit) }))
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
