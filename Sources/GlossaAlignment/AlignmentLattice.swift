import Foundation

/// The dynamic program over bead shapes, restricted to a band around the diagonal.
///
/// Cells are sentence boundaries (i, j): i source and j target sentences consumed. A bead moves
/// from one cell to another. The lattice finds the cheapest path (Viterbi) and each bead's
/// posterior probability (forward–backward over all paths in the band).
///
/// - Complexity: O((*m* + *n*) · *w* · *k*) time and memory for *m* and *n* sentences, a band
///   *w* cells wide and *k* bead shapes.
struct AlignmentLattice {
  let rows: Int
  let columns: Int
  /// First and last column of each row inside the band.
  let low: [Int]
  let high: [Int]
  /// Columns either side of the diagonal.
  let halfWidth: Int
  /// Where each row's cells start in the flat arrays.
  private let rowStart: [Int]

  /// Builds a band of `halfWidth` columns either side of `centers`, the target position at each
  /// source boundary (the straight diagonal when `nil`). Neighbouring rows always overlap, so the
  /// band holds a path from (0, 0) to (rows, columns).
  init(rows: Int, columns: Int, halfWidth: Int, centers: [Double]? = nil) {
    self.rows = rows
    self.columns = columns
    self.halfWidth = halfWidth
    var low: [Int] = []
    var high: [Int] = []
    var rowStart: [Int] = []
    var total = 0
    for i in 0...rows {
      let center = centers?[i] ?? (rows == 0 ? 0 : Double(i) * Double(columns) / Double(rows))
      var lo = max(0, Int(center.rounded(.down)) - halfWidth)
      var hi = min(columns, Int(center.rounded(.up)) + halfWidth)
      if rows == 0 { (lo, hi) = (0, columns) }
      if i == 0 { lo = 0 }
      if i == rows { hi = columns }
      if let previousHigh = high.last { lo = min(lo, previousHigh) }
      hi = max(hi, lo)
      low.append(lo)
      high.append(hi)
      rowStart.append(total)
      total += hi - lo + 1
    }
    self.low = low
    self.high = high
    self.rowStart = rowStart
  }

  /// Whether the band already holds every cell.
  var isComplete: Bool { low.allSatisfy { $0 == 0 } && high.allSatisfy { $0 == columns } }

  var cellCount: Int { rowStart.last! + high.last! - low.last! + 1 }

  @inline(__always) func index(_ i: Int, _ j: Int) -> Int? {
    guard i >= 0, i <= rows, j >= low[i], j <= high[i] else { return nil }
    return rowStart[i] + j - low[i]
  }

  /// The best path's beads with their posteriors, and whether the path touched the band's edge
  /// (within a quarter of its half-width: a wider band might find a better path).
  func solve(_ scorer: BeadScorer, temperature: Double) -> (beads: [Bead], touchesEdge: Bool) {
    let shapes = scorer.shapes.map(\.shape)
    let count = cellCount
    var best = [Double](repeating: .infinity, count: count)
    var back = [UInt8](repeating: .max, count: count)
    var forward = [Double](repeating: .infinity, count: count)
    var terms = [Double](repeating: 0, count: shapes.count)
    // Each bead's cost, by the cell it ends in and its shape: computed once, read three times.
    var costs = [Float](repeating: .infinity, count: count * shapes.count)
    best[0] = 0
    forward[0] = 0
    for i in 0...rows {
      for j in low[i]...high[i] where i > 0 || j > 0 {
        let here = index(i, j)!
        var termCount = 0
        for (s, shape) in shapes.enumerated() {
          guard let from = index(i - shape.source, j - shape.target), forward[from] < .infinity else { continue }
          let cost = scorer.cost(s, i - shape.source, j - shape.target)
          costs[here * shapes.count + s] = Float(cost)
          if best[from] + cost < best[here] {
            best[here] = best[from] + cost
            back[here] = UInt8(s)
          }
          terms[termCount] = forward[from] + cost / temperature
          termCount += 1
        }
        forward[here] = Self.negativeLogSumExp(terms[0..<termCount])
      }
    }

    var backward = [Double](repeating: .infinity, count: count)
    backward[count - 1] = 0
    for i in stride(from: rows, through: 0, by: -1) {
      for j in stride(from: high[i], through: low[i], by: -1) where i < rows || j < columns {
        let here = index(i, j)!
        var termCount = 0
        for (s, shape) in shapes.enumerated() {
          guard let to = index(i + shape.source, j + shape.target), backward[to] < .infinity else { continue }
          terms[termCount] = backward[to] + Double(costs[to * shapes.count + s]) / temperature
          termCount += 1
        }
        backward[here] = Self.negativeLogSumExp(terms[0..<termCount])
      }
    }

    let total = forward[count - 1]
    var beads: [Bead] = []
    var touchesEdge = false
    // A path this close to the band's edge may be bent by it.
    let edgeMargin = max(2, halfWidth / 4)
    var (i, j) = (rows, columns)
    while i > 0 || j > 0 {
      let here = index(i, j)!
      if (j - low[i] < edgeMargin && low[i] > 0) || (high[i] - j < edgeMargin && high[i] < columns) {
        touchesEdge = true
      }
      let s = Int(back[here])
      guard s < shapes.count else { break }
      let shape = shapes[s]
      let (fromI, fromJ) = (i - shape.source, j - shape.target)
      let from = index(fromI, fromJ)!
      let cost = Double(costs[here * shapes.count + s])
      let posterior = exp(-(forward[from] + cost / temperature + backward[here] - total))
      beads.append(Bead(source: fromI..<i, target: fromJ..<j, confidence: min(1, max(0, posterior))))
      (i, j) = (fromI, fromJ)
    }
    return (beads.reversed(), touchesEdge)
  }

  /// −ln Σ e^(−x) over the terms, computed stably.
  static func negativeLogSumExp(_ terms: ArraySlice<Double>) -> Double {
    guard let smallest = terms.min(), smallest < .infinity else { return .infinity }
    var sum = 0.0
    for term in terms { sum += exp(smallest - term) }
    return smallest - log(sum)
  }
}
