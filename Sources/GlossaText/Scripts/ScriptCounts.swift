/// How many letters of each script a piece of text has (see ``WritingScript``).
///
///     let counts = ScriptCounts("Το NATO στη Βαρσοβία")
///     counts.greek     // 13
///     counts.latin     // 4
///     counts.majority  // .greek
package struct ScriptCounts: Hashable, Sendable {
  /// Greek letters.
  package private(set) var greek = 0
  /// Latin letters.
  package private(set) var latin = 0
  /// Cyrillic letters.
  package private(set) var cyrillic = 0
  /// Letters of other scripts.
  package private(set) var other = 0

  /// No letters yet.
  package init() {}

  /// The letters of `text`.
  ///
  /// - Complexity: O(*n*) in the scalars of `text`.
  package init(_ text: some StringProtocol) { add(text) }

  /// Counts the letters of `text` too.
  package mutating func add(_ text: some StringProtocol) {
    for scalar in text.unicodeScalars {
      switch WritingScript(ofLetter: scalar) {
      case .greek?: greek += 1
      case .latin?: latin += 1
      case .cyrillic?: cyrillic += 1
      case .other?: other += 1
      case nil: continue
      }
    }
  }

  /// All letters counted.
  package var total: Int { greek + latin + cyrillic + other }

  /// The count of one script's letters.
  package subscript(script: WritingScript) -> Int {
    switch script {
    case .greek: greek
    case .latin: latin
    case .cyrillic: cyrillic
    case .other: other
    }
  }

  /// The script with the most letters (in the order Greek, Latin, Cyrillic on a tie), or
  /// `.other` when there are no letters.
  package var majority: WritingScript {
    var best = WritingScript.other
    var bestCount = 0
    for script in [WritingScript.greek, .latin, .cyrillic, .other] where self[script] > bestCount {
      best = script
      bestCount = self[script]
    }
    return best
  }

  /// Whether the text has Greek letters and letters of no other script.
  package var isGreekOnly: Bool { greek > 0 && greek == total }
}
