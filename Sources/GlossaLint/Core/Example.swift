/// A sentence that shows a rule at work, with `↓` marking where each finding starts.
///
///     Example("Ο ↓Κρεμλίνo ανακοίνωσε.")
///
/// Rule examples are documentation and tests at once: the registry's tests check that every
/// triggering example yields a finding at each marker and nothing else, that non-triggering
/// ones yield nothing, and that corrections produce the expected text.
package struct Example: Hashable, Sendable {
  /// The text with `↓` markers.
  package let marked: String
  /// Where the example is written, for test failures.
  package let file: String
  /// The line of the example.
  package let line: Int

  /// An example; `file` and `line` default to where it is written.
  package init(_ marked: String, file: String = #filePath, line: Int = #line) {
    self.marked = marked
    self.file = file
    self.line = line
  }

  /// The text without markers.
  package var text: String { String(marked.filter { $0 != "↓" }) }

  /// The UTF-8 offsets of the markers in ``text``.
  package var markerOffsets: [Int] {
    var offsets: [Int] = []
    var offset = 0
    for character in marked {
      if character == "↓" {
        offsets.append(offset)
      } else {
        offset += character.utf8.count
      }
    }
    return offsets
  }

  /// Examples are equal when their marked texts are.
  package static func == (lhs: Example, rhs: Example) -> Bool { lhs.marked == rhs.marked }
  /// Hashes the marked text.
  package func hash(into hasher: inout Hasher) { hasher.combine(marked) }
}
