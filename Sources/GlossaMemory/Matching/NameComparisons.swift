import GlossaNames

/// Whether a query's capitalized words and a unit's are spellings of one name, remembered for
/// the query: near-identical units share their names, so each pair is judged once.
final class NameComparisons {
  private let matcher = VariantMatcher()
  private let queryNames: [PreparedName?]
  private var unitNames: [String: PreparedName] = [:]
  private var answers: [Pair: Bool] = [:]

  private struct Pair: Hashable {
    let queryIndex: Int
    let unitWord: String
  }

  init(query: MatchTokens) {
    queryNames = query.originals.map { word in
      word.unicodeScalars.first.map(MatchTokens.isUppercase) == true ? PreparedName(word) : nil
    }
  }

  /// Whether the query's word at `queryIndex` and `unitWord` are spellings of one name.
  func sameName(queryIndex: Int, unitWord: String) -> Bool {
    let pair = Pair(queryIndex: queryIndex, unitWord: unitWord)
    if let answer = answers[pair] { return answer }
    var answer = false
    if let queryName = queryNames[queryIndex] {
      let unitName = unitNames[unitWord] ?? PreparedName(unitWord)
      unitNames[unitWord] = unitName
      answer = matcher.compare(queryName, unitName).relation.isSpelling
    }
    answers[pair] = answer
    return answer
  }
}
