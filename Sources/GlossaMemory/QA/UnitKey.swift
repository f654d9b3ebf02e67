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
  private var seen: [String: (counterpart: String, location: UnitLocation)] = [:]

  /// Records `counterpart` for `segment` (of `unit`'s language pair) at `location` the first
  /// time, and returns where a different counterpart was recorded before, if one was.
  mutating func differing(
    segment: String, counterpart: String, of unit: TranslationUnit, at location: UnitLocation
  ) -> UnitLocation? {
    let key = UnitKey.pair(unit) + "\u{2}" + UnitKey.folded(segment)
    let folded = UnitKey.folded(counterpart)
    guard let earlier = seen[key] else {
      seen[key] = (folded, location)
      return nil
    }
    return earlier.counterpart == folded ? nil : earlier.location
  }
}
