import Crypto
import Foundation
import GlossaICU
import GlossaMemory
import NIOCore

/// What makes two units identical, as a key the database can hold unique: the language pair
/// (any case) and both segments' markup, canonically equivalent (NFC), as the SQLite store
/// compares them. Identical units are merged rather than stored twice, by any number of
/// writers at once. The key is the first 16 bytes of the SHA-256 of those, held as two numbers
/// so that an import hashes and compares keys cheaply.
struct UnitIdentity: Hashable {
  private let high: UInt64
  private let low: UInt64

  /// The identity of `unit`.
  init(of unit: TranslationUnit) {
    var text = unit.sourceLanguage.lowercased()
    for part in [unit.targetLanguage.lowercased(), unit.source.markup, unit.target.markup] {
      text.append("\u{0}")
      // ICU's quick check first: news copy is almost always NFC already.
      text.append((try? Normalizer.nfc.normalized(part)) ?? part.precomposedStringWithCanonicalMapping)
    }
    self.init(bytes: Array(SHA256.hash(data: Data(text.utf8)).prefix(16)))
  }

  /// The identity stored as `buffer`'s 16 bytes.
  init(_ buffer: ByteBuffer) {
    self.init(bytes: Array(buffer.readableBytesView))
  }

  private init(bytes: [UInt8]) {
    var high: UInt64 = 0
    var low: UInt64 = 0
    for (index, byte) in bytes.prefix(16).enumerated() {
      if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
    }
    self.high = high
    self.low = low
  }

  /// The 16 bytes, as the `identity` column holds them.
  var buffer: ByteBuffer {
    var buffer = ByteBuffer()
    buffer.writeInteger(high)
    buffer.writeInteger(low)
    return buffer
  }
}
