#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte-for-byte comparisons of UTF-8 text, for hot paths: `==` on strings tests canonical
/// equivalence, which normalizes non-ASCII text, and `elementsEqual` compares one byte at a time.
package enum UTF8Bytes {
  /// Whether two buffers hold the same bytes (at once when they are the same memory).
  @inline(__always)
  package static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress, x != y else { return true }
    return memcmp(x, y, a.count) == 0
  }

  /// Whether two strings have the same UTF-8 bytes.
  package static func equal(_ a: String, _ b: String) -> Bool {
    var (a, b) = (a, b)
    return a.withUTF8 { x in b.withUTF8 { y in equal(x, y) } }
  }
}
