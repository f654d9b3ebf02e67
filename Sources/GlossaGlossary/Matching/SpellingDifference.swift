import GlossaText

/// Names the letters two spellings differ in, as `γκ→γ` or `ω→ο`, for match reasons and
/// lint messages.
enum SpellingDifference {
  /// The differing stretches of the folded spellings, as `a→b` pairs joined by `, `.
  static func describe(_ a: String, _ b: String) -> String {
    let left = Array(TextFolder.shared.folded(a))
    let right = Array(TextFolder.shared.folded(b))
    guard left != right else { return "" }
    // Longest common subsequence table; names are short.
    var table = [[Int]](repeating: [Int](repeating: 0, count: right.count + 1), count: left.count + 1)
    for i in stride(from: left.count - 1, through: 0, by: -1) {
      for j in stride(from: right.count - 1, through: 0, by: -1) {
        table[i][j] = left[i] == right[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var hunks: [String] = []
    var i = 0
    var j = 0
    while i < left.count || j < right.count {
      if i < left.count, j < right.count, left[i] == right[j] {
        i += 1
        j += 1
        continue
      }
      let startI = i
      let startJ = j
      while i < left.count || j < right.count {
        if i < left.count, j < right.count, left[i] == right[j] { break }
        if j == right.count || (i < left.count && table[i + 1][j] >= table[i][j + 1]) { i += 1 } else { j += 1 }
      }
      // Widen a bare insertion or deletion by the letter before it, so that γκ→γ reads as
      // a change of digraph rather than a lone κ.
      let from = startI > 0 && (startI == i || startJ == j) ? startI - 1 : startI
      let to = startJ > 0 && (startI == i || startJ == j) ? startJ - 1 : startJ
      let removed = String(left[from..<i])
      let added = String(right[to..<j])
      let separators: Set<Character> = [" ", "-"]
      if removed.filter({ !separators.contains($0) }) == added.filter({ !separators.contains($0) }) {
        hunks.append("space or hyphen")
      } else {
        hunks.append("\(removed.isEmpty ? "∅" : removed)→\(added.isEmpty ? "∅" : added)")
      }
    }
    return hunks.joined(separator: ", ")
  }
}
