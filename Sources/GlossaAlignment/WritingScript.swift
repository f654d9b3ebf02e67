/// The script a word or a document is written in, as far as alignment cares.
public enum WritingScript: String, Hashable, Sendable {
  case greek
  case latin
  case cyrillic
  /// Digits, symbols, or a script the aligner does not tell apart.
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

  /// The script of a word: the script of its first letter that has one.
  init(ofWord word: String) {
    for scalar in word.unicodeScalars {
      if let script = Self(ofLetter: scalar) { self = script; return }
    }
    self = .other
  }

  /// The script most of a text's letters are written in, and that script's share of the letters.
  public static func dominant(in text: some Sequence<String>) -> (script: WritingScript, share: Double) {
    var counts: [WritingScript: Int] = [:]
    var total = 0
    for line in text {
      for scalar in line.unicodeScalars {
        if let script = Self(ofLetter: scalar) {
          counts[script, default: 0] += 1
        } else if scalar.value < 0x80 || !scalar.properties.isAlphabetic {
          continue
        } else {
          counts[.other, default: 0] += 1
        }
        total += 1
      }
    }
    guard let best = counts.max(by: { $0.value < $1.value }), total > 0 else { return (.other, 0) }
    return (best.key, Double(best.value) / Double(total))
  }

  /// The script usually written for a language code (`el`, `en-GB`, `ru`).
  public init(language: String) {
    let code = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
    switch code {
    case "el", "grc": self = .greek
    case "ru", "uk", "bg", "sr", "mk", "be": self = .cyrillic
    case "": self = .other
    default: self = .latin
    }
  }

  init?(ofLetter scalar: Unicode.Scalar) {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: self = .latin
    case 0x386, 0x388...0x3FF, 0x1F00...0x1FFF: self = .greek
    case 0x400...0x52F: self = .cyrillic
    default: return nil
    }
  }
}
