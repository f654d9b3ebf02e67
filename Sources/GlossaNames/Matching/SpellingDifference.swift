import GlossaText

/// Names the letters two spellings differ in, as `γκ→γ` or `ω→ο`, for match reasons and
/// lint messages.
package enum SpellingDifference {
  /// The differing stretches of the folded spellings, as `a→b` pairs joined by `, `.
  package static func describe(_ a: String, _ b: String) -> String {
    let left = Array(TextFolder.shared.folded(a))
    let right = Array(TextFolder.shared.folded(b))
    guard left != right else { return "" }
    // Runs of deletions and insertions between kept letters are the differences.
    var hunks: [String] = []
    var removed: [Character] = []
    var added: [Character] = []
    var previous: Character?
    func flush() {
      guard !removed.isEmpty || !added.isEmpty else { return }
      // A bare insertion or deletion reads better with the letter before it: γκ→γ, not κ→∅.
      let context = (removed.isEmpty || added.isEmpty) ? previous.map { String($0) } ?? "" : ""
      let from = context + String(removed)
      let to = context + String(added)
      let separators: Set<Character> = [" ", "-"]
      if from.filter({ !separators.contains($0) }) == to.filter({ !separators.contains($0) }) {
        hunks.append("space or hyphen")
      } else {
        hunks.append("\(from.isEmpty ? "∅" : from)→\(to.isEmpty ? "∅" : to)")
      }
      removed = []
      added = []
    }
    for step in LongestCommonSubsequence.edits(from: left, to: right) {
      switch step {
      case .keep(let i, _):
        flush()
        previous = left[i]
      case .delete(let i): removed.append(left[i])
      case .insert(let j): added.append(right[j])
      }
    }
    flush()
    return hunks.joined(separator: ", ")
  }
}
