/// FNV-1a, 64 bits: a hash that is the same in every process and on every machine, for
/// fingerprints, stored content keys and hash tables over bytes. (Swift's `Hasher` is seeded
/// per process, so it cannot be stored.)
///
///     var hash = StableHash()
///     hash.combine("el")
///     hash.combine("Κορέα")
///     hash.value           // the same number on every run
///
/// - Complexity: O(*n*) in the bytes combined.
package struct StableHash: Sendable {
  private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// The hash of everything combined so far.
  package private(set) var value: UInt64 = StableHash.offsetBasis

  /// An empty hash.
  package init() {}

  /// Adds bytes.
  @inline(__always)
  package mutating func combine(bytes: UnsafeBufferPointer<UInt8>) {
    var hash = value
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* Self.prime }
    value = hash
  }

  /// Adds the UTF-8 bytes of `text`.
  package mutating func combine(_ text: String) {
    var text = text
    text.withUTF8 { combine(bytes: $0) }
  }

  /// Adds one byte (a separator between parts, so that `ab`+`c` and `a`+`bc` differ).
  package mutating func combine(byte: UInt8) { value = (value ^ UInt64(byte)) &* Self.prime }

  /// The hash of `bytes` alone.
  @inline(__always)
  package static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = StableHash()
    hash.combine(bytes: bytes)
    return hash.value
  }

  /// The hash of `text`'s UTF-8 bytes as 16 lower-case hexadecimal digits.
  package static func hex(of text: String) -> String {
    var hash = StableHash()
    hash.combine(text)
    return hash.hex
  }

  /// The hash so far as 16 lower-case hexadecimal digits.
  package var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
