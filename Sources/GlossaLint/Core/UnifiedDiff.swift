import GlossaText

/// A unified diff between two texts, as `diff -u` prints it, for `glossa lint --fix --dry-run`.
package enum UnifiedDiff {
  private enum Kind { case same, delete, insert }

  private struct Edit {
    var kind: Kind
    var line: String
    /// Lines of the old and new text before this edit.
    var oldPosition: Int
    var newPosition: Int
  }

  /// The diff of `old` and `new`, labelled with `path`; empty when they are equal.
  ///
  /// - Complexity: O(*m* · *n*) in the numbers of lines; articles are short.
  package static func diff(old: String, new: String, path: String, context: Int = 3) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard a != b else { return "" }
    var edits: [Edit] = []
    var oldPosition = 0
    var newPosition = 0
    for step in LongestCommonSubsequence.edits(from: a, to: b) {
      switch step {
      case .keep(let x, _):
        edits.append(Edit(kind: .same, line: a[x], oldPosition: oldPosition, newPosition: newPosition))
      case .delete(let x):
        edits.append(Edit(kind: .delete, line: a[x], oldPosition: oldPosition, newPosition: newPosition))
      case .insert(let y):
        edits.append(Edit(kind: .insert, line: b[y], oldPosition: oldPosition, newPosition: newPosition))
      }
      if case .insert = step {} else { oldPosition += 1 }
      if case .delete = step {} else { newPosition += 1 }
    }
    // Hunks: changed edits with up to `context` unchanged lines around them, merged when close.
    let changed = edits.indices.filter { edits[$0].kind != .same }
    var hunks: [Range<Int>] = []
    for index in changed {
      let range = max(0, index - context)..<min(edits.count, index + context + 1)
      if let last = hunks.last, range.lowerBound <= last.upperBound {
        hunks[hunks.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        hunks.append(range)
      }
    }
    var output = "--- \(path)\n+++ \(path)\n"
    for hunk in hunks {
      let first = edits[hunk.lowerBound]
      let oldCount = edits[hunk].filter { $0.kind != .insert }.count
      let newCount = edits[hunk].filter { $0.kind != .delete }.count
      output += "@@ -\(first.oldPosition + 1),\(oldCount) +\(first.newPosition + 1),\(newCount) @@\n"
      for edit in edits[hunk] {
        let mark =
          switch edit.kind {
          case .same: " "
          case .delete: "-"
          case .insert: "+"
          }
        output += mark + edit.line + "\n"
      }
    }
    return output
  }
}
