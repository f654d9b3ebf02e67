/// A rough course for the alignment, drawn through rare anchors before the real search: the
/// band is centred on it instead of on the straight diagonal, so a long stretch added or left
/// out on one side does not pull the alignment out of its band.
///
/// Anchors that occur at most three times on each side (numbers, names, glossary entries, and
/// word stems for languages in one script) pair sentences; the longest chain of pairs that
/// advance on both sides is the course, filled in linearly between its points.
///
/// - Complexity: O(*n* log *n*) for *n* anchor pairs, besides one pass over the anchors.
enum AnchorPath {
  /// The most times an anchor may occur on a side to count as rare.
  static let maximumOccurrences = 3

  /// The target position the course passes at each source boundary 0…`source.count`.
  static func centers(source: DocumentAnchors, target: DocumentAnchors, includesStems: Bool) -> [Double] {
    let rows = source.count
    let columns = target.count
    var points: [(i: Int, j: Int)] = []
    var tables = [(source.numbers, target.numbers), (source.names, target.names), (source.entries, target.entries)]
    if includesStems { tables.append((source.stems, target.stems)) }
    for (sourceTable, targetTable) in tables {
      let sourceSentences = sentencesByKey(sourceTable, count: rows)
      let targetSentences = sentencesByKey(targetTable, count: columns)
      for (key, sourceList) in sourceSentences where sourceList.count <= maximumOccurrences {
        guard let targetList = targetSentences[key], targetList.count <= maximumOccurrences else { continue }
        for i in sourceList { for j in targetList { points.append((i, j)) } }
      }
    }
    let chain = longestChain(points)
    // Boundaries: (0, 0), the middle of each chained sentence pair, (rows, columns).
    var knots: [(x: Double, y: Double)] = [(0, 0)]
    for point in chain { knots.append((Double(point.i) + 0.5, Double(point.j) + 0.5)) }
    knots.append((Double(rows), Double(columns)))
    var centers: [Double] = []
    centers.reserveCapacity(rows + 1)
    var k = 0
    for i in 0...rows {
      let x = Double(i)
      while k + 2 < knots.count && knots[k + 1].x <= x { k += 1 }
      let (a, b) = (knots[k], knots[k + 1])
      let y = b.x > a.x ? a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x) : b.y
      centers.append(min(Double(columns), max(0, y)))
    }
    return centers
  }

  /// Each anchor's sentences, in order, with a sentence listed once per key.
  private static func sentencesByKey(_ table: AnchorTable, count: Int) -> [Int: [Int]] {
    var result: [Int: [Int]] = [:]
    for sentence in 0..<count {
      for index in table.span(sentence..<(sentence + 1)) {
        let key = table.keys[index]
        if result[key]?.last != sentence { result[key, default: []].append(sentence) }
      }
    }
    return result
  }

  /// The longest sequence of points strictly increasing in both coordinates (patience sorting).
  static func longestChain(_ points: [(i: Int, j: Int)]) -> [(i: Int, j: Int)] {
    // Sorted by i, and by j descending within one i, so a chain takes one point per i.
    let sorted = points.sorted { $0.i != $1.i ? $0.i < $1.i : $0.j > $1.j }
    var tails: [Int] = []  // index into `sorted` of the smallest tail of each chain length
    var previous = [Int](repeating: -1, count: sorted.count)
    for (index, point) in sorted.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if sorted[tails[middle]].j < point.j { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[index] = tails[low - 1] }
      if low == tails.count { tails.append(index) } else { tails[low] = index }
    }
    var chain: [(i: Int, j: Int)] = []
    var index = tails.last ?? -1
    while index >= 0 {
      chain.append(sorted[index])
      index = previous[index]
    }
    return chain.reversed()
  }
}
