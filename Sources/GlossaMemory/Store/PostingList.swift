import Foundation

/// Sorted unit numbers packed as variable-length deltas: small, and read in one pass.
enum PostingList {
  /// Packs increasing numbers.
  static func encode(_ ids: [UInt32]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(ids.count * 2)
    append(ids, to: &bytes, last: 0)
    return bytes
  }

  /// Unpacks what ``encode(_:)`` packed.
  static func decode(_ bytes: Data) -> [UInt32] {
    var ids: [UInt32] = []
    ids.reserveCapacity(bytes.count)
    forEach(in: bytes) { ids.append($0) }
    return ids
  }

  /// Calls `body` with each packed number, in order, without building an array.
  static func forEach(in bytes: Data, _ body: (UInt32) -> Void) {
    bytes.withUnsafeBytes { raw in
      var value: UInt32 = 0
      var shift: UInt32 = 0
      var previous: UInt32 = 0
      for byte in raw {
        value |= UInt32(byte & 0x7F) << shift
        if byte & 0x80 == 0 {
          previous &+= value
          body(previous)
          value = 0
          shift = 0
        } else {
          shift += 7
        }
      }
    }
  }

  /// Appends numbers larger than any already packed, without unpacking.
  static func append(_ ids: [UInt32], to bytes: inout [UInt8], last: UInt32) {
    var previous = last
    for id in ids {
      var delta = id &- previous
      previous = id
      while delta >= 0x80 {
        bytes.append(UInt8(delta & 0x7F) | 0x80)
        delta >>= 7
      }
      bytes.append(UInt8(delta))
    }
  }
}
