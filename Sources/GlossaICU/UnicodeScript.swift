internal import CGlossaICU

/// The Unicode Script property of a character (ICU's `UScriptCode`).
public struct UnicodeScript: RawRepresentable, Hashable, Sendable {
  public let rawValue: Int32
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// Characters shared by many scripts: digits, punctuation, spaces.
  public static let common = UnicodeScript(rawValue: GLOSSA_SCRIPT_COMMON)
  /// Combining marks that take the script of the letter they follow.
  public static let inherited = UnicodeScript(rawValue: GLOSSA_SCRIPT_INHERITED)
  /// Cyrillic.
  public static let cyrillic = UnicodeScript(rawValue: GLOSSA_SCRIPT_CYRILLIC)
  /// Greek, including Greek Extended (polytonic).
  public static let greek = UnicodeScript(rawValue: GLOSSA_SCRIPT_GREEK)
  /// Latin.
  public static let latin = UnicodeScript(rawValue: GLOSSA_SCRIPT_LATIN)

  /// The script of `scalar`.
  public init(of scalar: Unicode.Scalar) {
    self.rawValue = glossa_script(Int32(bitPattern: scalar.value))
  }
}
