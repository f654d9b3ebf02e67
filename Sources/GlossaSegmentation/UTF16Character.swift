/// Character classes the sentence rules need, read straight off UTF-16 code units.
enum UTF16Character {
  /// Spaces, tabs, line breaks, the Unicode space separators, and the invisible characters
  /// that never belong to a sentence's text (zero-width space, byte order mark).
  @inline(__always)
  static func isWhitespace(_ unit: UInt16) -> Bool {
    switch unit {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029,
      0x202F, 0x205F, 0x3000, 0xFEFF:
      return true
    default:
      return false
    }
  }

  /// Whether `unit` is a line break (paragraph boundary when paragraphs are lines).
  @inline(__always)
  static func isLineBreak(_ unit: UInt16) -> Bool {
    unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x85
  }

  /// Closing quotes and brackets that stay with the sentence they end: » ” ’ " ' ) ] } ›.
  @inline(__always)
  static func isCloser(_ unit: UInt16) -> Bool {
    switch unit {
    case 0xBB, 0x201D, 0x2019, 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x203A, 0x201C:
      return true
    default:
      return false
    }
  }

  /// Opening quotes, brackets and dialogue dashes that may start a sentence.
  @inline(__always)
  static func isOpener(_ unit: UInt16) -> Bool {
    switch unit {
    case 0xAB, 0x201C, 0x201E, 0x2018, 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2039, 0x2014, 0x2013, 0x2D,
      0xBF, 0xA1:
      return true
    default:
      return false
    }
  }

  /// The letter case of the character at `unit`, or `nil` for non-letters.
  static func letterCase(_ unit: UInt16) -> LetterCase? {
    if unit < 0x80 {
      switch unit {
      case 0x41...0x5A: return .upper
      case 0x61...0x7A: return .lower
      case 0x30...0x39: return .digit
      default: return nil
      }
    }
    guard let scalar = Unicode.Scalar(UInt32(unit)) else { return nil }
    let properties = scalar.properties
    if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
    if properties.isLowercase { return .lower }
    if properties.numericType != nil { return .digit }
    if properties.isAlphabetic { return .uncased }
    return nil
  }

  /// What the first letter or digit of a word looks like.
  enum LetterCase {
    case upper, lower, digit, uncased
  }
}
