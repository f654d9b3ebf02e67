import GlossaText

/// A token of the index, compared and hashed by its UTF-8 bytes.
///
/// Tokens are folded and in NFC already, so bytes are the right equality, and hashing bytes
/// skips the normalization Swift's own string hashing does: an import hashes a few dozen
/// tokens per unit. A word token is a range of its segment's folded key, which it shares: an
/// import makes no string per word, only for the few tokens new to the index (see ``text``).
struct IndexToken: Hashable, Sendable {
  /// The text the token's bytes are in: the token itself, or a whole folded key.
  private let storage: String
  private let start: Int32
  private let count: Int32
  /// The bytes' hash, worked out once: tokens are hashed on the import's busiest thread.
  let bytesHash: UInt64

  init(_ text: String) {
    var text = text
    bytesHash = text.withUTF8 { StableHash.of($0) }
    storage = text
    start = 0
    count = Int32(text.utf8.count)
  }

  /// The token of `count` bytes of `key` from `start`, whose hash (``StableHash/of(_:)``) is
  /// known already.
  init(in key: String, start: Int, count: Int, bytesHash: UInt64) {
    storage = key
    self.start = Int32(start)
    self.count = Int32(count)
    self.bytesHash = bytesHash
  }

  /// The token as a string of its own.
  var text: String {
    start == 0 && Int(count) == storage.utf8.count
      ? storage : withBytes { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with the token's bytes.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var storage = storage
    return storage.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(start + count)])) }
  }

  static func == (a: Self, b: Self) -> Bool {
    guard a.bytesHash == b.bytesHash, a.count == b.count else { return false }
    return a.withBytes { x in b.withBytes { y in UTF8Bytes.equal(x, y) } }
  }

  func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
}
