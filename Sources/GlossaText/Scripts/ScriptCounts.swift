/// How many letters of each script a piece of text has (see ``WritingScript``).
///
///     let counts = ScriptCounts("Το NATO στη Βαρσοβία")
///     counts.greek     // 13
///     counts.latin     // 4
///     counts.majority  // .greek
public struct ScriptCounts: Hashable, Sendable {
  /// Greek letters.
  public private(set) var greek = 0
  /// Latin letters.
  public private(set) var latin = 0
  /// Cyrillic letters.
  public private(set) var cyrillic = 0
  /// Letters of other scripts.
  public private(set) var other = 0

  /// No letters yet.
  public init() {}

  /// The letters of `text`.
  ///
  /// - Complexity: O(*n*) in the scalars of `text`.
  public init(_ text: some StringProtocol) { add(text) }

  /// Counts the letters of `text` too.
  public mutating func add(_ text: some StringProtocol) {
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
  public var total: Int { greek + latin + cyrillic + other }

  /// The count of one script's letters.
  public subscript(script: WritingScript) -> Int {
    switch script {
    case .greek: greek
    case .latin: latin
    case .cyrillic: cyrillic
    case .other: other
    }
  }

  /// The script with the most letters (in the order Greek, Latin, Cyrillic on a tie), or
  /// `.other` when there are no letters.
  public var majority: WritingScript {
    var best = WritingScript.other
    var bestCount = 0
    for script in [WritingScript.greek, .latin, .cyrillic, .other] where self[script] > bestCount {
      best = script
      bestCount = self[script]
    }
    return best
  }

  /// Whether the text has Greek letters and letters of no other script.
  public var isGreekOnly: Bool { greek > 0 && greek == total }
}
