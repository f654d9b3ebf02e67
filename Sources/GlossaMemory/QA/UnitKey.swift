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
