import Foundation
import GlossaNames
import GlossaText

/// Scores units against one query: the word alignment, and the points taken off for what the
/// words do not show. Name comparisons are remembered across the units of the query, which
/// share most of their names.
final class MatchScorer {
  /// A unit scored, before the rest of it is read (most scored units are not returned).
  struct Scored {
    let unitID: Int64
    let score: Double
    let explanation: FuzzyMatch.Explanation

    /// Whether the unit has the query's words exactly (case, accents and punctuation aside).
    var isExact: Bool { explanation.wordDistance == 0 }

    /// The match as returned, with the unit read from `row`.
    func match(_ row: UnitRow) -> FuzzyMatch {
      FuzzyMatch(unitID: unitID, unit: row.translationUnit, score: score, explanation: explanation)
    }
  }

  private let query: MatchTokens
  private let sentence: String
  private let names: NameComparisons
  /// The query's words by hash, with what missing each occurrence costs at least.
  private let wordCosts: [UInt64: [Float]]

  init(query: MatchTokens, sentence: String) {
    self.query = query
    self.sentence = sentence
    names = NameComparisons(query: query)
    var wordCosts: [UInt64: [Float]] = [:]
    for (word, original) in zip(query.words, query.originals) {
      wordCosts[WordAlignment.hash(word), default: []].append(CandidateSelection.cost(of: word, original: original))
    }
    self.wordCosts = wordCosts.mapValues { $0.sorted(by: >) }
  }

  /// The highest score `unit` can reach, from the words it shares with the query in any order:
  /// a cheap test before the alignment.
  private func bound(_ unitWords: [String]) -> Double {
    var held: [UInt64: Int] = [:]
    for word in unitWords { held[WordAlignment.hash(word), default: 0] += 1 }
    var lost: Float = 0
    for (hash, costs) in wordCosts {
      // The unit's copies match the dearest occurrences; the rest are lost.
      for cost in costs.dropFirst(held[hash] ?? 0) { lost += cost }
    }
    let n = Double(max(1, query.words.count))
    let m = Double(unitWords.count)
    let kept = max(0, n - Double(lost))
    return 100 * min(kept / n, m > n ? kept / m : m / n)
  }

  /// Scores one unit; `nil` below `minimumScore`.
  func score(_ row: UnitRow, minimumScore: Double) -> Scored? {
    score(unitID: row.id, sourceText: row.sourceText, minimumScore: minimumScore)
  }

  /// Scores the unit with row number `unitID` and source `sourceText`; `nil` below
  /// `minimumScore`.
  func score(unitID: Int64, sourceText: String, minimumScore: Double) -> Scored? {
    // Cheap bounds first, on the folded words alone: the length difference, the words shared.
    let unitWords = MatchTokens.words(of: sourceText)
    let words = max(query.words.count, unitWords.count, 1)
    let lengthGap = Double(abs(query.words.count - unitWords.count))
    guard 100 * (1 - lengthGap / Double(words)) >= minimumScore, bound(unitWords) >= minimumScore else { return nil }
    let unitTokens = MatchTokens(sourceText, words: unitWords)
    let alignment = WordAlignment(query: query, unit: unitTokens, names: names)
    var score = 100 * (1 - alignment.distance / Double(words))
    guard score >= minimumScore else { return nil }
    var penalties: [(String, Double)] = []
    if alignment.distance == 0 && Self.normalized(sentence) != Self.normalized(sourceText) {
      let foldedQuery = TextFolder.shared.folded(sentence)
      let foldedUnit = TextFolder.shared.folded(sourceText)
      if foldedQuery == foldedUnit || Self.letters(sentence) != Self.letters(sourceText) {
        penalties.append(("case or accents differ", 1))
      }
      if Self.punctuation(foldedQuery) != Self.punctuation(foldedUnit) {
        penalties.append(("punctuation differs", 1))
      }
      if penalties.isEmpty { penalties.append(("spacing or symbols differ", 1)) }
    }
    score -= penalties.reduce(0) { $0 + $1.1 }
    guard score >= minimumScore else { return nil }
    return Scored(
      unitID: unitID, score: max(0, (score * 100).rounded() / 100),
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
