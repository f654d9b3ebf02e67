import GlossaDiagnostics
import GlossaText

/// How the cross-unit checks compare segments: folded (case, accents) with runs of white space
/// made one space, within one language pair.
enum UnitKey {
  /// The folded, spaced form of a segment.
  static func folded(_ text: String) -> String {
    TextFolder.shared.folded(text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
  }

  /// The language pair of a unit, lower case.
  static func pair(_ unit: TranslationUnit) -> String {
    unit.sourceLanguage.lowercased() + "\u{1}" + unit.targetLanguage.lowercased()
  }
}

/// The first counterpart seen for each segment of one side: what the cross-unit checks
/// remember, one entry per distinct segment.
struct FirstCounterparts {
  // Folded segments are in one form: keys are hashed and compared byte by byte.
  private var seen: [FoldedKey: (counterpart: String, location: UnitLocation)] = [:]

  /// Records `counterpart` for `segment` (both folded, of the language pair `pair`) at
  /// `location` the first time, and returns where a different counterpart was recorded
  /// before, if one was.
  mutating func differing(
    segment: String, counterpart: String, pair: String, at location: UnitLocation
  ) -> UnitLocation? {
    let key = FoldedKey(pair + "\u{2}" + segment)
    guard let earlier = seen[key] else {
      seen[key] = (counterpart, location)
      return nil
    }
    return earlier.counterpart.hasSameBytes(as: counterpart) ? nil : earlier.location
  }
}
