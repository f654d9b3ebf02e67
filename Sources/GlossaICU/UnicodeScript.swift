internal import CGlossaICU

/// The Unicode Script property of a character (ICU's `UScriptCode`).
package struct UnicodeScript: RawRepresentable, Hashable, Sendable {
  package let rawValue: Int32
  package init(rawValue: Int32) { self.rawValue = rawValue }

  /// Characters shared by many scripts: digits, punctuation, spaces.
  package static let common = UnicodeScript(rawValue: GLOSSA_SCRIPT_COMMON)
  /// Combining marks that take the script of the letter they follow.
  package static let inherited = UnicodeScript(rawValue: GLOSSA_SCRIPT_INHERITED)
  /// Cyrillic.
  package static let cyrillic = UnicodeScript(rawValue: GLOSSA_SCRIPT_CYRILLIC)
  /// Greek, including Greek Extended (polytonic).
  package static let greek = UnicodeScript(rawValue: GLOSSA_SCRIPT_GREEK)
  /// Latin.
  package static let latin = UnicodeScript(rawValue: GLOSSA_SCRIPT_LATIN)

  /// The script of `scalar`.
  package init(of scalar: Unicode.Scalar) {
    self.rawValue = glossa_script(Int32(bitPattern: scalar.value))
  }
}
