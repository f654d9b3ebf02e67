/// The edit script between two sequences, from their longest common subsequence: which
/// elements stay, which go, which come. Used for spelling differences and text diffs.
package enum LongestCommonSubsequence {
  /// One step of the script, with positions in the old and new sequence.
  package enum Edit: Equatable, Sendable {
    case keep(old: Int, new: Int)
    case delete(old: Int)
    case insert(new: Int)
  }

  /// The steps that turn `old` into `new`, deletions before insertions at each change.
  ///
  /// - Complexity: O(*m* · *n*) time and memory; meant for lines of an article or letters
  ///   of a name.
  package static func edits<Element: Equatable>(from old: [Element], to new: [Element]) -> [Edit] {
    var table = [[Int]](repeating: [Int](repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        edits.append(.keep(old: i, new: j))
        i += 1
        j += 1
      } else if j == new.count || (i < old.count && table[i + 1][j] >= table[i][j + 1]) {
        edits.append(.delete(old: i))
        i += 1
      } else {
        edits.append(.insert(new: j))
        j += 1
      }
    }
    return edits
  }
}
