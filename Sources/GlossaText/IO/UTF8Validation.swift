/// UTF-8 validation that says where the first bad byte is.
package enum UTF8Validation {
  /// Returns the offset of the first byte that does not start or continue a well-formed
  /// UTF-8 sequence, or `nil` when all of `bytes` is valid.
  ///
  /// Rejects overlong forms, surrogates and code points above U+10FFFF, as the Unicode
  /// standard's well-formed byte sequence table does.
  ///
  /// - Complexity: O(*n*); an ASCII run costs one comparison per byte.
  package static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let width: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: width = 2
      case 0xE0:
        width = 3
        lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: width = 3
      case 0xED:
        width = 3
        upper = 0x9F
      case 0xF0:
        width = 4
        lower = 0x90
      case 0xF1...0xF3: width = 4
      case 0xF4:
        width = 4
        upper = 0x8F
      default: return index
      }
      guard index + width <= count else {
        // A truncated sequence: point at the first byte that is missing or wrong.
        var probe = index + 1
        while probe < count, bytes[probe] & 0xC0 == 0x80 { probe += 1 }
        return probe < count ? probe : index
      }
      let second = bytes[index + 1]
      if second < lower || second > upper { return index + 1 }
      for offset in 2..<width where bytes[index + offset] & 0xC0 != 0x80 {
        return index + offset
      }
      index += width
    }
    return nil
  }
}
