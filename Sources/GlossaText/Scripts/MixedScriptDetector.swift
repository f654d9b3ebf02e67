import GlossaICU

/// A word that mixes Greek and Latin letters, with the single-script spellings it could be.
public struct MixedScriptWord: Hashable, Sendable {
  /// The word as written.
  public let text: String
  /// How many Greek letters the word has.
  public let greekLetterCount: Int
  /// How many Latin letters the word has.
  public let latinLetterCount: Int
  /// The word with every Latin letter replaced by its Greek look-alike, when each has one.
  public let greekRepair: String?
  /// The word with every Greek letter replaced by its Latin look-alike, when each has one.
  public let latinRepair: String?

  /// Whether the mixing is one of look-alikes: at least one single-script repair exists.
  public var isConfusable: Bool { greekRepair != nil || latinRepair != nil }

  /// The repair into the word's majority script (Greek on a tie), or the only one there is.
  public var suggestedRepair: String? {
    if greekLetterCount >= latinLetterCount { return greekRepair ?? latinRepair }
    return latinRepair ?? greekRepair
  }
}

/// Finds words that mix Greek and Latin letters: `Κρεμλίνo` with a Latin `o`, `ΝAΤΟ` with a
/// Latin `A`.
///
///     let detector = MixedScriptDetector()
///     detector.inspect("Κρεμλίνo")?.suggestedRepair   // "Κρεμλίνο"
///     detector.inspect("drones")                      // nil: all Latin is fine
///     detector.inspect("μg")?.isConfusable            // false: no look-alikes involved
///
/// Look-alike pairs come from ICU's confusables data. The detector is immutable and `Sendable`.
public struct MixedScriptDetector: Sendable {
  private let table = LookAlikeTable.shared

  /// Creates a detector.
  public init() {}

  /// The Greek letter a Latin letter looks like (`H` → `Η`), if there is one.
  package func greekLookAlike(of latin: Unicode.Scalar) -> Unicode.Scalar? { table.greekForLatin[latin] }

  /// The Latin letter a Greek letter looks like (`Ν` → `N`), if there is one.
  package func latinLookAlike(of greek: Unicode.Scalar) -> Unicode.Scalar? { table.latinForGreek[greek] }

  /// Whether `word` has both Greek and Latin letters.
  package func isMixedScript(_ word: String) -> Bool {
    var greek = false
    var latin = false
    for scalar in word.unicodeScalars {
      switch WritingScript(ofLetter: scalar) {
      case .greek?: greek = true
      case .latin?: latin = true
      default: continue
      }
      if greek && latin { return true }
    }
    return false
  }

  /// Returns the details of `word` when it mixes Greek and Latin letters, `nil` otherwise.
  ///
  /// - Complexity: O(*n*) in the length of `word`.
  package func inspect(_ word: String) -> MixedScriptWord? {
    guard isMixedScript(word) else { return nil }
    var greekCount = 0
    var latinCount = 0
    var greekRepair: String.UnicodeScalarView? = .init()
    var latinRepair: String.UnicodeScalarView? = .init()
    for scalar in word.unicodeScalars {
      switch WritingScript(ofLetter: scalar) {
      case .greek?:
        greekCount += 1
        greekRepair?.append(scalar)
        if let latin = table.latinForGreek[scalar] { latinRepair?.append(latin) } else { latinRepair = nil }
      case .latin?:
        latinCount += 1
        latinRepair?.append(scalar)
        if let greek = table.greekForLatin[scalar] { greekRepair?.append(greek) } else { greekRepair = nil }
      default:
        greekRepair?.append(scalar)
        latinRepair?.append(scalar)
      }
    }
    return MixedScriptWord(
      text: word, greekLetterCount: greekCount, latinLetterCount: latinCount,
      greekRepair: greekRepair.map { String($0) }, latinRepair: latinRepair.map { String($0) })
  }
}
