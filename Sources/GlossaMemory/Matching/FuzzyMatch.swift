/// A unit found for a query, with its score and why.
public struct FuzzyMatch: Hashable, Sendable {
  /// The unit's row number in the memory.
  public var unitID: Int64
  /// The unit.
  public var unit: TranslationUnit
  /// 0 to 100; 100 only for the identical sentence.
  public var score: Double
  /// How the score was reached.
  public var explanation: Explanation

  /// The parts of a score.
  public struct Explanation: Hashable, Sendable {
    /// Words in the longer of query and unit.
    public var words: Int
    /// The weighted word edit distance (see the README): replacements, insertions, deletions
    /// cost 1, a number for a number ½, a spelling of a name for another ⅕.
    public var wordDistance: Double
    /// Points taken off for differences the words do not show: case, accents, punctuation.
    public var penalties: [(reason: String, points: Double)]
    /// The words that differ.
    public var differences: [Difference]

    /// Explanations are equal when all their parts are.
    public static func == (a: Self, b: Self) -> Bool {
      a.words == b.words && a.wordDistance == b.wordDistance && a.differences == b.differences
        && a.penalties.map(\.reason) == b.penalties.map(\.reason)
        && a.penalties.map(\.points) == b.penalties.map(\.points)
    }

    /// Hashes the word count and distance.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(words)
      hasher.combine(wordDistance)
    }
  }

  /// A word that differs between the query and the unit.
  public struct Difference: Hashable, Sendable, CustomStringConvertible {
    /// `missing` (in the query only), `extra` (in the unit only), `replaced`, `number`
    /// (another number), `name` (another spelling of the same name).
    public var kind: String
    /// The word in the query, if any.
    public var query: String?
    /// The word in the unit, if any.
    public var unit: String?

    /// `kind: query → unit`.
    public var description: String {
      switch (query, unit) {
      case (let query?, let unit?): "\(kind): \(query) → \(unit)"
      case (let query?, nil): "\(kind): \(query)"
      case (nil, let unit?): "\(kind): \(unit)"
      case (nil, nil): kind
      }
    }
  }
}
