import GlossaDiagnostics

/// Applies findings' fixes to a text.
package enum Fixer {
  /// Returns `text` with the fixes of `findings` applied. Fixes that overlap one already
  /// taken are skipped (a second run picks them up).
  ///
  /// - Returns: The new text and how many fixes were applied.
  package static func apply(_ findings: [Finding], to text: String) -> (text: String, applied: Int) {
    let fixes = findings.compactMap(\.fix).sorted {
      ($0.utf8Range.lowerBound, $0.utf8Range.upperBound) < ($1.utf8Range.lowerBound, $1.utf8Range.upperBound)
    }
    var chosen: [Replacement] = []
    var end = -1
    for fix in fixes where fix.utf8Range.lowerBound >= end {
      if fix.utf8Range.isEmpty, fix.utf8Range.lowerBound == end { continue }
      chosen.append(fix)
      end = fix.utf8Range.upperBound
    }
    var bytes = Array(text.utf8)
    for fix in chosen.reversed() {
      bytes.replaceSubrange(fix.utf8Range, with: Array(fix.text.utf8))
    }
    return (String(decoding: bytes, as: UTF8.self), chosen.count)
  }
}
