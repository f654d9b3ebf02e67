import GlossaText

/// A token of the index, compared and hashed by its UTF-8 bytes.
///
/// Tokens are folded and in NFC already, so bytes are the right equality, and hashing bytes
/// skips the normalization Swift's own string hashing does: an import hashes a few dozen
/// tokens per unit.
struct IndexToken: Hashable, Sendable {
  let text: String
  /// The bytes' hash, worked out once: tokens are hashed on the import's busiest thread.
  let bytesHash: UInt64

  init(_ text: String) {
    var text = text
    bytesHash = text.withUTF8 { StableHash.of($0) }
    self.text = text
  }

  /// A token whose bytes' hash (``StableHash/of(_:)``) is known already.
  init(_ text: String, bytesHash: UInt64) {
    self.text = text
    self.bytesHash = bytesHash
  }

  static func == (a: Self, b: Self) -> Bool {
    guard a.bytesHash == b.bytesHash else { return false }
    return UTF8Bytes.equal(a.text, b.text)
  }

  func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
}
