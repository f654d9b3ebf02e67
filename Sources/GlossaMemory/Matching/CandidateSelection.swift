import Foundation

/// Which units a fuzzy lookup scores, in the order it scores them, with a bound on the score
/// each can reach: the units that could still reach the minimum score, and no others.
///
/// A query word a unit lacks costs the unit at least something in the word edit distance
/// (see ``WordAlignment``): a whole word, half of one for a number (another number may stand
/// in its place), a fifth for a capitalized word (another spelling of a name may). So the
/// words a unit lacks bound its score from above, whatever else it holds:
///
///     score ≤ 100 × (1 − lost ÷ words in the query)
///
/// and a unit can reach the minimum score only if it lacks little enough. Sorting the query's
/// words by how many units hold them, the rarest few whose costs add up to more than that
/// allowance pick the candidates: a unit in none of their lists has lost too much already.
/// Each further list, read when reading it costs less than checking the candidates it could
/// rule out, takes off the candidates that now lack too much. However many near-identical
/// units share the rare words, the unit that should win is among the candidates, and the
/// lookup checks candidates from the highest bound down until no unchecked one can beat the
/// results it has (see
/// ``TranslationMemory/matches(for:sourceLanguage:targetLanguage:minimumScore:limit:)``).
struct CandidateSelection {
  /// A unit that may reach the minimum score.
  struct Candidate {
    /// The unit's row number.
    var id: UInt32
    /// What the query words it lacks cost at least (summed over the lists read).
    var lost: Float
  }

  /// A posting list of the query: a token, how many units hold it, what lacking it costs.
  private struct List {
    let token: String
    let count: Int
    let cost: Float
  }

  /// The candidates, fewest lost words first (then oldest first).
  private(set) var candidates: [Candidate] = []
  /// Whether every unit that could reach the minimum score is a candidate. It is not
  /// - when the query's words cost too little to rule out a unit sharing none of them (a query
  ///   of one or two names or numbers at a low minimum): then the candidates are the units
  ///   sharing the most of its rarest words, and no bound holds;
  /// - when even its rarest words are so common that picking the candidates would read more
  ///   than ``pickingBudget`` postings: then the candidates are the units holding one of the
  ///   rarest words within the budget.
  private(set) var isComplete = true
  /// The query's word count, which the bounds divide by.
  let queryWords: Int
  /// The lists not read yet, cheapest first.
  private var unread: [List] = []
  /// The largest row number in the memory.
  private var largest = 0
  /// One bit per row number, kept clear between uses.
  private var bits: [UInt64] = []

  /// How many postings reading is taken to cost as much as checking one candidate's row
  /// (reading it, folding its words): a rough ratio, which moved the benchmark little when
  /// set to 150 or 500.
  static let postingsPerCheck = 2_500
  /// How many units a query that cannot rule units out checks.
  static let fallbackLimit = 200
  /// The most postings read to pick the candidates.
  static let pickingBudget = 100_000
  /// The most postings read before sorting a large set of candidates.
  static let refiningBudget = 500_000
  /// The most candidates a lookup checks.
  static let checkLimit = 4_000

  /// What missing a query word costs at least: see the type's description.
  static func cost(of word: String, original: String) -> Float {
    if MatchTokens.isNumber(word) { return Float(WordAlignment.numberCost) }
    if original.unicodeScalars.first.map(MatchTokens.isUppercase) == true { return Float(WordAlignment.nameCost) }
    return 1
  }

  /// The highest score a unit of `unitWords` words that lost `lost` can reach.
  func bound(lost: Float, unitWords: Int? = nil) -> Double {
    let n = Double(max(1, queryWords))
    let kept = max(0, n - Double(lost))
    guard let m = unitWords.map(Double.init) else { return 100 * kept / n }
    // A longer unit has m − n words more, each inserted at a cost; a shorter one misses n − m.
    return 100 * min(kept / n, m > n ? kept / m : m / n)
  }

  /// Selects the candidates for `query` at `minimumScore` from the source-side index.
  init(query: MatchTokens, minimumScore: Double, in index: some UnitIndex) throws {
    queryWords = query.words.count
    // One list per occurrence of a word: its second occurrence is on the list of its repeat
    // token, so a unit holding the word once lacks the second.
    var costs: [String: Float] = [:]
    for (token, (word, original)) in zip(
      MatchTokens.occurrenceTokens(of: query.words), zip(query.words, query.originals))
    {
      costs[token.text, default: 0] += Self.cost(of: word, original: original)
    }
    // Units whose losses exceed the allowance cannot reach the minimum.
    let allowance = Float(Double(queryWords) * (1 - minimumScore / 100)) + 1e-4
    let counts = try index.unitCounts(side: 0, tokens: Array(costs.keys))
    var lists: [List] = []
    var lostEverywhere: Float = 0
    for (token, cost) in costs {
      if let count = counts[token] {
        lists.append(List(token: token, count: count, cost: cost))
      } else {
        lostEverywhere += cost  // no unit holds the word
      }
    }
    guard lostEverywhere <= allowance else { return }
    lists.sort { ($0.count, $0.token) < ($1.count, $1.token) }
    // The rarest lists whose costs add up past the allowance: every unit that can still reach
    // the minimum is in one of them.
    var picking = 0
    var pickedCost: Float = 0
    var pickedPostings = 0
    while picking < lists.count && lostEverywhere + pickedCost <= allowance {
      // A query of the commonest words: past the budget, the units on the rarer lists only.
      if picking > 0 && pickedPostings + lists[picking].count > Self.pickingBudget { break }
      pickedCost += lists[picking].cost
      pickedPostings += lists[picking].count
      picking += 1
    }
    if lostEverywhere + pickedCost <= allowance && picking < lists.count {
      isComplete = false
    } else if lostEverywhere + pickedCost <= allowance {
      isComplete = false
      candidates = try Self.sharingMost(query: query, in: index)
      return
    }
    largest = try index.largestUnitID()
    let base = lostEverywhere + pickedCost
    candidates = try held(lists: lists[..<picking], in: index).compactMap { id, cost in
      let lost = base - cost
      return lost <= allowance ? Candidate(id: id, lost: lost) : nil
    }
    unread = Array(lists[picking...])
    // More candidates than a lookup checks: read lists (within a budget) before sorting, so
    // that the ones checked are the ones that lack least.
    var refined = 0
    while let next = unread.first, candidates.count > Self.checkLimit, refined + next.count <= Self.refiningBudget {
      refined += next.count
      try refine(from: 0, threshold: minimumScore, in: index, sorting: false)
    }
    candidates = candidates.map(Self.order).sorted().map(Self.candidate)
  }

  /// Whether reading the next list costs less than checking `checks` candidates. A long list
  /// has a skip table, so reading it for a few candidates costs a block each.
  func refinementPays(checks: Int) -> Bool {
    guard let next = unread.first else { return false }
    let cost = next.count >= PostingList.skipThreshold ? min(next.count, checks * PostingList.blockSize) : next.count
    return cost <= checks * Self.postingsPerCheck
  }

  /// How many candidates from `start` on can still reach `threshold`.
  func reaching(_ threshold: Double, from start: Int) -> Int {
    var (low, high) = (start, candidates.count)
    while low < high {
      let middle = (low + high) / 2
      if bound(lost: candidates[middle].lost) >= threshold { low = middle + 1 } else { high = middle }
    }
    return low - start
  }

  /// Reads the next list: the candidates from `start` on that lack its word lose its cost, and
  /// those that can no longer reach `threshold` go. Without `sorting`, the candidates are in no
  /// order before and after.
  mutating func refine(from start: Int, threshold: Double, in index: some UnitIndex, sorting: Bool = true) throws {
    guard !unread.isEmpty else { return }
    // Sorted, those that cannot reach the threshold now are at the end; they never will.
    if sorting { candidates.removeSubrange((start + reaching(threshold, from: start))...) }
    let list = unread.removeFirst()
    let (postings, skips) = try Self.postings(of: list.token, in: index)
    let count = candidates.count - start
    var holds = [Bool](repeating: false, count: count)
    if let skips, count * PostingList.blockSize < list.count {
      // Few candidates, a long list: read only the blocks they fall in. Sorted by row number
      // as one integer each: the row number above, the place below.
      let byID = (0..<count).map { UInt64(candidates[start + $0].id) << 32 | UInt64($0) }.sorted()
      let ids = byID.map { UInt32(truncatingIfNeeded: $0 >> 32) }
      PostingList.forEachMember(of: ids, in: postings, skips: skips) {
        holds[Int(truncatingIfNeeded: byID[$0] & 0xFFFF_FFFF)] = true
      }
    } else {
      // Many: one bit per row number, set for the candidates, cleared for the list. (Through
      // raw buffers: the list may hold a million numbers.)
      if bits.isEmpty { bits = [UInt64](repeating: 0, count: largest / 64 + 1) }
      let largest = self.largest
      candidates.withUnsafeBufferPointer { candidates in
        bits.withUnsafeMutableBufferPointer { bits in
          holds.withUnsafeMutableBufferPointer { holds in
            for offset in 0..<count {
              let id = candidates[start + offset].id
              bits[Int(id) >> 6] |= 1 << (UInt64(id) & 63)
            }
            PostingList.forEach(in: postings) { id in
              guard Int(id) <= largest else { return }
              bits[Int(id) >> 6] &= ~(1 << (UInt64(id) & 63))
            }
            for offset in 0..<count {
              let id = candidates[start + offset].id
              let bit: UInt64 = 1 << (UInt64(id) & 63)
              holds[offset] = bits[Int(id) >> 6] & bit == 0
              bits[Int(id) >> 6] &= ~bit  // cleared for the next list
            }
          }
        }
      }
    }
    // Adding one cost keeps each part in order: the ones that lack the word and the others are
    // merged rather than sorted.
    var holding: [Candidate] = []
    var lacked: [Candidate] = []
    holding.reserveCapacity(count)
    lacked.reserveCapacity(count)
    for offset in 0..<count {
      var candidate = candidates[start + offset]
      if !holds[offset] {
        candidate.lost += list.cost
        if bound(lost: candidate.lost) >= threshold { lacked.append(candidate) }
      } else if bound(lost: candidate.lost) >= threshold {
        holding.append(candidate)
      }
    }
    candidates.removeSubrange(start...)
    guard sorting else {
      candidates += holding + lacked
      return
    }
    candidates.reserveCapacity(start + holding.count + lacked.count)
    var (i, j) = (0, 0)
    while i < holding.count || j < lacked.count {
      if j == lacked.count || (i < holding.count && Self.order(holding[i]) < Self.order(lacked[j])) {
        candidates.append(holding[i])
        i += 1
      } else {
        candidates.append(lacked[j])
        j += 1
      }
    }
  }

  /// A source-side list and its skip table, if it has one.
  private static func postings(of token: String, in index: some UnitIndex) throws -> (Data, Data?) {
    guard let list = try index.postings(side: 0, token: token) else { return (Data(), nil) }
    return (list.postings, list.skips)
  }

  /// The units on `lists`, each with the cost of the lists it is on, in no order.
  private func held(lists: ArraySlice<List>, in index: some UnitIndex) throws -> [(UInt32, Float)] {
    let postings = lists.reduce(0) { $0 + $1.count }
    guard postings > 4096 && postings > largest / 32 else {
      var held: [UInt32: Float] = [:]
      for list in lists {
        PostingList.forEach(in: try Self.postings(of: list.token, in: index).0) { held[$0, default: 0] += list.cost }
      }
      return held.map { ($0.key, $0.value) }
    }
    // Many postings: a flat array by row number costs less than a dictionary.
    var held = [Float](repeating: 0, count: largest + 1)
    var touched: [UInt32] = []
    touched.reserveCapacity(min(postings, largest + 1))
    for list in lists {
      let bytes = try Self.postings(of: list.token, in: index).0
      held.withUnsafeMutableBufferPointer { held in
        PostingList.forEach(in: bytes) { id in
          guard Int(id) < held.count else { return }
          if held[Int(id)] == 0 { touched.append(id) }
          held[Int(id)] += list.cost
        }
      }
    }
    return held.withUnsafeBufferPointer { held in touched.map { ($0, held[Int($0)]) } }
  }

  /// Losses are sums of tenths: sorted as whole tenths and row numbers in one integer.
  private static func order(_ candidate: Candidate) -> UInt64 {
    UInt64((candidate.lost * 10).rounded()) << 32 | UInt64(candidate.id)
  }

  /// The candidate ``order(_:)`` packed.
  private static func candidate(_ order: UInt64) -> Candidate {
    Candidate(id: UInt32(truncatingIfNeeded: order), lost: Float(order >> 32) / 10)
  }

  /// For queries whose words cannot rule units out: the units sharing the most of the query's
  /// rarest words and name sounds, weighted by rarity, within ``fallbackLimit``.
  private static func sharingMost(query: MatchTokens, in index: some UnitIndex) throws -> [Candidate] {
    var lists: [(count: Int, bytes: Data)] = []
    for token in query.indexTokens {
      if let list = try index.postings(side: 0, token: token) { lists.append((list.count, list.postings)) }
    }
    lists.sort { $0.count < $1.count }
    let total = Double(max(1, try index.largestUnitID()))
    var weights: [UInt32: Float] = [:]
    var decoded = 0
    for (index, list) in lists.prefix(8).enumerated() {
      if index >= 3 && decoded + list.count > 300_000 { break }
      decoded += list.count
      let weight = Float(log(1 + total / Double(list.count)))
      PostingList.forEach(in: list.bytes) { weights[$0, default: 0] += weight }
    }
    // The best by weight (ties: oldest first), without sorting them all.
    var best: [(id: UInt32, weight: Float)] = []
    for (id, weight) in weights {
      guard
        best.count < fallbackLimit || weight > best[best.count - 1].weight
          || (weight == best[best.count - 1].weight && id < best[best.count - 1].id)
      else { continue }
      let index = best.firstIndex { weight > $0.weight || (weight == $0.weight && id < $0.id) } ?? best.endIndex
      best.insert((id, weight), at: index)
      if best.count > fallbackLimit { best.removeLast() }
    }
    // No bound holds here: every candidate is checked.
    return best.map { Candidate(id: $0.id, lost: 0) }
  }
}
