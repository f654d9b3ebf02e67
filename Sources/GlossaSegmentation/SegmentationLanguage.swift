/// The languages the sentence segmenter has rules for.
public enum SegmentationLanguage: String, Sendable, CaseIterable {
  /// Greek: `;` and U+037E are question marks, the ano teleia is a semicolon.
  case greek = "el"
  /// English.
  case english = "en"

  /// The ICU locale the sentence break iterator opens with.
  var icuLocale: String {
    switch self {
    case .greek: "el"
    case .english: "en@ss=standard"
    }
  }
}
