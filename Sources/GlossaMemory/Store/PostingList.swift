import Foundation

/// Sorted unit numbers packed as variable-length deltas: small, and read in one pass.
///
/// A long list also has a skip table: for every ``blockSize``-th number, the number before it
/// and where it starts, as two little-endian 32-bit values. A lookup that wants to know which
/// of a few hundred units are on a list of half a million reads only the blocks they fall in.
package enum PostingList {
  /// How many numbers a block of the skip table covers.
  static let blockSize = 128
  /// Lists shorter than this have no skip table: reading them whole is as quick.
  package static let skipThreshold = 2048

  /// Packs increasing numbers.
  package static func encode(_ ids: [UInt32]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(ids.count * 2)
    var skips: [UInt8] = []
    append(ids, to: &bytes, skips: &skips, count: 0, last: 0)
    return bytes
  }

  /// Unpacks what ``encode(_:)`` packed.
  package static func decode(_ bytes: Data) -> [UInt32] {
    var ids: [UInt32] = []
    ids.reserveCapacity(bytes.count)
    forEach(in: bytes) { ids.append($0) }
    return ids
  }

  /// Calls `body` with each packed number, in order, without building an array.
  static func forEach(in bytes: Data, _ body: (UInt32) -> Void) {
    bytes.withUnsafeBytes { raw in
      _ = decode(raw[...], after: 0, limit: .max, body)
    }
  }

  /// Decodes up to `limit` numbers from `raw`, the first a delta from `previous`.
  @inline(__always)
  private static func decode(
    _ raw: Slice<UnsafeRawBufferPointer>, after previous: UInt32, limit: Int, _ body: (UInt32) -> Void
  ) -> Int {
    var value: UInt32 = 0
    var shift: UInt32 = 0
    var previous = previous
    var count = 0
    for byte in raw {
      value |= UInt32(byte & 0x7F) << shift
      if byte & 0x80 == 0 {
        previous &+= value
        body(previous)
        count += 1
        if count == limit { break }
        value = 0
        shift = 0
      } else {
        shift += 7
      }
    }
    return count
  }

  /// Appends numbers larger than any already packed, without unpacking; `skips` gets the skip
  /// entries of the blocks that start among them. `count` is how many numbers were packed
  /// already, `last` the largest.
  package static func append(_ ids: [UInt32], to bytes: inout [UInt8], skips: inout [UInt8], count: Int, last: UInt32) {
    var previous = last
    var position = count
    for id in ids {
      if position > 0 && position % blockSize == 0 {
        appendLittleEndian(previous, to: &skips)
        appendLittleEndian(UInt32(bytes.count), to: &skips)
      }
      position += 1
      appendDelta(id &- previous, to: &bytes)
      previous = id
    }
  }

  /// Appends one number larger than any already packed, with its skip entry when it starts a
  /// block: ``append(_:to:skips:count:last:)`` for one number, without an array.
  @inline(__always)
  package static func append(_ id: UInt32, to bytes: inout [UInt8], skips: inout [UInt8], count: Int, last: UInt32) {
    if count > 0 && count % blockSize == 0 {
      appendLittleEndian(last, to: &skips)
      appendLittleEndian(UInt32(bytes.count), to: &skips)
    }
    appendDelta(id &- last, to: &bytes)
  }

  /// Appends one delta in seven-bit groups, low group first; returns how many bytes it took.
  @inline(__always) @discardableResult
  static func appendDelta(_ delta: UInt32, to bytes: inout [UInt8]) -> Int {
    var delta = delta
    var size = 1
    while delta >= 0x80 {
      bytes.append(UInt8(delta & 0x7F) | 0x80)
      delta >>= 7
      size += 1
    }
    bytes.append(UInt8(delta))
    return size
  }

  /// The skip table of a whole list, for lists packed before they had one.
  package static func skipTable(of bytes: Data) -> [UInt8] {
    var skips: [UInt8] = []
    var rebuilt: [UInt8] = []
    append(decode(bytes), to: &rebuilt, skips: &skips, count: 0, last: 0)
    return skips
  }

  /// Calls `body` with the position in `sortedIDs` of each of them that is on the list.
  ///
  /// With a skip table only the blocks the numbers fall in are read.
  static func forEachMember(of sortedIDs: [UInt32], in bytes: Data, skips: Data?, _ body: (Int) -> Void) {
    guard !sortedIDs.isEmpty else { return }
    guard let skips, skips.count >= 8 else {
      var index = 0
      forEach(in: bytes) { id in
        while index < sortedIDs.count && sortedIDs[index] < id { index += 1 }
        if index < sortedIDs.count && sortedIDs[index] == id { body(index) }
      }
      return
    }
    bytes.withUnsafeBytes { raw in
      skips.withUnsafeBytes { table in
        let blocks = table.count / 8 + 1
        // Block k starts after `previous(k)` at `offset(k)`; block 0 after 0 at 0.
        func previous(_ k: Int) -> UInt32 {
          k == 0 ? 0 : table.loadUnaligned(fromByteOffset: (k - 1) * 8, as: UInt32.self).littleEndian
        }
        func offset(_ k: Int) -> Int {
          k == 0 ? 0 : Int(table.loadUnaligned(fromByteOffset: (k - 1) * 8 + 4, as: UInt32.self).littleEndian)
        }
        var index = 0
        var block = 0
        while index < sortedIDs.count && block < blocks {
          let target = sortedIDs[index]
          // The last block that starts after a number below the target.
          var (low, high) = (block, blocks - 1)
          while low < high {
            let middle = (low + high + 1) / 2
            if previous(middle) < target { low = middle } else { high = middle - 1 }
          }
          block = low
          let end = block + 1 < blocks ? offset(block + 1) : raw.count
          var last = previous(block)
          _ = decode(raw[offset(block)..<end], after: last, limit: .max) { id in
            last = id
            while index < sortedIDs.count && sortedIDs[index] < id { index += 1 }
            if index < sortedIDs.count && sortedIDs[index] == id {
              body(index)
              index += 1
            }
          }
          // Numbers up to the block's last are done with; the rest fall in later blocks.
          while index < sortedIDs.count && sortedIDs[index] <= last { index += 1 }
          block += 1
        }
      }
    }
  }

  private static func appendLittleEndian(_ value: UInt32, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }
}
