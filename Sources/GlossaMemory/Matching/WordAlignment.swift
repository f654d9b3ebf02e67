import GlossaNames
import GlossaText

/// How a query's words line up with a unit's: a weighted edit distance over folded words, and
/// the differences it found.
///
/// Inserting or deleting a word costs 1, replacing it 1, but replacing a number with another
/// number costs ½ and a name with another spelling of the same name (Πιονγιάνγκ for
/// Πιονγκγιάνγκ, compared by ``VariantMatcher``) costs ⅕: the unit is still the right one.
struct WordAlignment {
  /// One difference between the query and the unit.
  struct Difference: Hashable, Sendable {
    enum Kind: String, Hashable, Sendable {
      case missing  // in the query, not in the unit
      case extra  // in the unit, not in the query
      case replaced
      case number
      case name
    }

    var kind: Kind
    var query: String?
    var unit: String?
  }

  static let numberCost = 0.5
  static let nameCost = 0.2

  /// The total cost.
  let distance: Double
  /// The differences, in order.
  let differences: [Difference]

  init(query: MatchTokens, unit: MatchTokens, names: NameComparisons) {
    let a = query.words
    let b = unit.words
    let n = a.count
    let m = b.count
    // Words compared by hash, then bytes: cheaper than comparing strings.
    let x = a.map(Self.hash)
    let y = b.map(Self.hash)
    let aIsNumber = a.map(MatchTokens.isNumber)
    let bIsNumber = b.map(MatchTokens.isNumber)
    let aIsName = query.originals.map { $0.unicodeScalars.first.map(MatchTokens.isUppercase) ?? false }
    let bIsName = unit.originals.map { $0.unicodeScalars.first.map(MatchTokens.isUppercase) ?? false }
    // Costs of replacing a[i] with b[j]. Names are compared only when they could be one name:
    // the same first letter, folded, and lengths not far apart.
    func substitution(_ i: Int, _ j: Int) -> (Double, Difference.Kind?) {
      if x[i] == y[j] && a[i].utf8.elementsEqual(b[j].utf8) { return (0, nil) }
      if aIsNumber[i] && bIsNumber[j] { return (Self.numberCost, .number) }
      if aIsName[i] && bIsName[j] && a[i].utf8.first == b[j].utf8.first {
        let (lengthA, lengthB) = (a[i].utf8.count, b[j].utf8.count)
        if 2 * lengthA >= lengthB && 2 * lengthB >= lengthA
          && names.sameName(queryIndex: i, unitWord: unit.originals[j])
        {
          return (Self.nameCost, .name)
        }
      }
      return (1, .replaced)
    }
    var table = [Double](repeating: 0, count: (n + 1) * (m + 1))
    for i in 0...n { table[i * (m + 1)] = Double(i) }
    for j in 0...m { table[j] = Double(j) }
    if n > 0 && m > 0 {
      for i in 1...n {
        for j in 1...m {
          let replace = table[(i - 1) * (m + 1) + j - 1] + substitution(i - 1, j - 1).0
          let delete = table[(i - 1) * (m + 1) + j] + 1
          let insert = table[i * (m + 1) + j - 1] + 1
          table[i * (m + 1) + j] = min(replace, delete, insert)
        }
      }
    }
    distance = table[n * (m + 1) + m]
    // Walk back for the differences.
    var differences: [Difference] = []
    var (i, j) = (n, m)
    while i > 0 || j > 0 {
      let here = table[i * (m + 1) + j]
      if i > 0 && j > 0 {
        let (cost, kind) = substitution(i - 1, j - 1)
        if abs(table[(i - 1) * (m + 1) + j - 1] + cost - here) < 1e-9 {
          if let kind {
            differences.append(Difference(kind: kind, query: query.originals[i - 1], unit: unit.originals[j - 1]))
          }
          (i, j) = (i - 1, j - 1)
          continue
        }
      }
      if i > 0 && abs(table[(i - 1) * (m + 1) + j] + 1 - here) < 1e-9 {
        differences.append(Difference(kind: .missing, query: query.originals[i - 1], unit: nil))
        i -= 1
      } else {
        differences.append(Difference(kind: .extra, query: nil, unit: unit.originals[j - 1]))
        j -= 1
      }
    }
    self.differences = differences.reversed()
  }

  /// A word's hash, for comparing words quickly.
  static func hash(_ word: String) -> UInt64 {
    var word = word
    return word.withUTF8 { StableHash.of($0) }
  }
}
