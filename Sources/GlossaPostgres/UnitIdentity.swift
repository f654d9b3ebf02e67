import Crypto
import Foundation
import GlossaMemory

/// What makes two units identical, as a key the database can hold unique: the language pair
/// (any case) and both segments' markup, canonically equivalent (NFC), as the SQLite store
/// compares them. Identical units are merged rather than stored twice, by any number of
/// writers at once.
enum UnitIdentity {
  /// The SHA-256 of the unit's identity, its first 16 bytes.
  static func key(of unit: TranslationUnit) -> [UInt8] {
    var text = unit.sourceLanguage.lowercased()
    for part in [unit.targetLanguage.lowercased(), unit.source.markup, unit.target.markup] {
      text.append("\u{0}")
      text.append(part.precomposedStringWithCanonicalMapping)
    }
    return Array(SHA256.hash(data: Data(text.utf8)).prefix(16))
  }
}
