/// A folded string used as a dictionary key, hashed and compared byte by byte.
///
/// Swift's `String` hashes and compares by canonical equivalence, which costs a
/// normalization check on every non-ASCII key. Folded keys are already in one form, so
/// their bytes can be compared directly.
package struct FoldedKey: Hashable, Sendable {
  // Inlinable: dictionary lookups in other modules hash and compare keys in their hot loops.
  package let text: String

  @inlinable package init(_ text: String) { self.text = text }

  @inlinable package static func == (lhs: FoldedKey, rhs: FoldedKey) -> Bool {
    lhs.text.utf8.elementsEqual(rhs.text.utf8)
  }

  @inlinable package func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

extension String {
  /// Byte-wise equality, for strings known to be in the same normalization form.
  @inlinable @inline(__always)
  package func hasSameBytes(as other: String) -> Bool { utf8.elementsEqual(other.utf8) }

  /// The pieces between spaces, split on bytes rather than characters.
  @inlinable package func splitOnSpaces() -> [String] {
    utf8.split(separator: 0x20).map { String(Substring($0)) }
  }
}
