import GlossaICU

/// The script a letter, a word or a text is written in: the one classifier every part of
/// Glossa uses, on the Unicode Script property (through ICU).
///
///     WritingScript(ofLetter: "ά")            // .greek
///     WritingScript(ofLetter: "1")            // nil: digits, punctuation and marks have none
///     WritingScript(ofWord: "Κρεμλίνο")       // .greek
///     ScriptCounts("Η Αθήνα και το NATO").majority   // .greek
///
/// Only letters have a script here: combining marks, digits, punctuation and symbols are
/// not counted, so `Κρεμλίνο.` and `Κρεμλίνο` are alike. Greek takes in the Greek and Greek
/// Extended (polytonic) blocks; Latin every block of Latin letters.
public enum WritingScript: String, Hashable, Sendable, CaseIterable {
  case greek
  case latin
  case cyrillic
  /// Letters of any other script; for a word or text, no letters at all.
  case other

  /// The script's English name: `Greek`, `Latin`.
  public var name: String {
    switch self {
    case .greek: "Greek"
    case .latin: "Latin"
    case .cyrillic: "Cyrillic"
    case .other: "another"
    }
  }

  /// The script of a letter, or `nil` for a scalar that is not a letter.
  ///
  /// - Complexity: O(1); ASCII and the basic Greek letters need no ICU call.
  @inline(__always)
  package init?(ofLetter scalar: Unicode.Scalar) {
    let value = scalar.value
    if value < 0x80 {
      guard (value | 0x20) >= 0x61, (value | 0x20) <= 0x7A else { return nil }
      self = .latin
      return
    }
    // α–ω and Α–Ω (with the unassigned U+03A2 between): the bulk of any Greek text.
    if value >= 0x0391, value <= 0x03C9, value != 0x03A2 {
      self = .greek
      return
    }
    guard scalar.properties.isAlphabetic else { return nil }
    switch UnicodeScript(of: scalar) {
    case .greek: self = .greek
    case .latin: self = .latin
    case .cyrillic: self = .cyrillic
    case .common, .inherited: return nil
    default: self = .other
    }
  }

  /// The script of a word: the script of its first letter.
  package init(ofWord word: some StringProtocol) {
    for scalar in word.unicodeScalars {
      if let script = Self(ofLetter: scalar) {
        self = script
        return
      }
    }
    self = .other
  }

  /// The script most of a text's letters are written in, and that script's share of the letters.
  package static func dominant(in text: some Sequence<String>) -> (script: WritingScript, share: Double) {
    var counts = ScriptCounts()
    for line in text { counts.add(line) }
    guard counts.total > 0 else { return (.other, 0) }
    let best = counts.majority
    return (best, Double(counts[best]) / Double(counts.total))
  }

  /// The script usually written for a language code (`el`, `en-GB`, `ru`).
  package init(language: String) {
    let code = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
    switch code {
    case "el", "grc": self = .greek
    case "ru", "uk", "bg", "sr", "mk", "be": self = .cyrillic
    case "": self = .other
    default: self = .latin
    }
  }
}
