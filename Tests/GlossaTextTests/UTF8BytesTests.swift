import Testing

@testable import GlossaText

@Suite("Byte comparisons of text")
struct UTF8BytesTests {
  @Test("Equal bytes are equal; canonically equivalent texts with other bytes are not")
  func bytesNotEquivalence() {
    let precomposed = "Κορέα"  // έ as one scalar, U+03AD
    let decomposed = "Κορε\u{301}α"  // ε and a combining acute accent
    #expect(precomposed == decomposed)  // Swift's == tests canonical equivalence
    #expect(!UTF8Bytes.equal(precomposed, decomposed))
    #expect(UTF8Bytes.equal(precomposed, "Κορ" + "έα"))
    #expect(!UTF8Bytes.equal("Κορέα", "Κορέας"))
    #expect(UTF8Bytes.equal("", ""))
    #expect(!UTF8Bytes.equal("", "α"))
  }

  @Test("A buffer equals itself and any copy of it, and differs from a buffer one byte off")
  func buffers() {
    let bytes: [UInt8] = Array("Λαβρόφ και Λαβρώφ".utf8)
    var copy = bytes
    copy[copy.count - 1] ^= 1
    bytes.withUnsafeBufferPointer { a in
      #expect(UTF8Bytes.equal(a, a))
      Array(bytes).withUnsafeBufferPointer { #expect(UTF8Bytes.equal(a, $0)) }
      copy.withUnsafeBufferPointer { #expect(!UTF8Bytes.equal(a, $0)) }
      #expect(!UTF8Bytes.equal(a, UnsafeBufferPointer(rebasing: a.dropLast())))
    }
  }
}
