import GlossaText

/// Lists of numbers filed under byte-string keys, compiled into one flat array of bytes that
/// is looked up as it is: a glossary's index is built once, stored in the cache folder, and
/// read back on later runs without rebuilding a single hash table.
///
/// Layout (all numbers little-endian):
///
/// | bytes | what |
/// | --- | --- |
/// | 16 | slot count (a power of two), key bytes, value count, zero |
/// | 20 per slot | hash (never 0; 0 marks an empty slot), key offset, key length, first value, value count |
/// | key bytes | the keys, one after another, padded to a multiple of 8 |
/// | 8 per value | the lists, one after another |
///
/// Keys are found by open addressing with linear probing from their FNV-1a hash; at most half
/// the slots are used, so a probe touches one or two slots.
struct PostingTable: Sendable {
  /// The compiled table.
  let bytes: [UInt8]
  private let slotMask: Int
  private let keysStart: Int
  private let valuesStart: Int

  private static let headerSize = 16
  private static let slotSize = 20

  /// Compiles `lists`, whose keys are distinct.
  init(lists: [(key: [UInt8], values: [UInt64])]) {
    var slotCount = 8
    while slotCount < 2 * lists.count { slotCount <<= 1 }
    let keyBytes = lists.reduce(0) { $0 + $1.key.count }
    let valueCount = lists.reduce(0) { $0 + $1.values.count }
    var slots = [UInt32](repeating: 0, count: 5 * slotCount)
    var keys: [UInt8] = []
    keys.reserveCapacity(keyBytes + 8)
    var values: [UInt64] = []
    values.reserveCapacity(valueCount)
    for (key, list) in lists {
      let hash = key.withUnsafeBufferPointer { StableHash.of($0) }
      var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
      while slots[5 * slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
      slots[5 * slot] = Self.tag(hash)
      slots[5 * slot + 1] = UInt32(keys.count)
      slots[5 * slot + 2] = UInt32(key.count)
      slots[5 * slot + 3] = UInt32(values.count)
      slots[5 * slot + 4] = UInt32(list.count)
      keys += key
      values += list
    }
    while keys.count % 8 != 0 { keys.append(0) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Self.headerSize + Self.slotSize * slotCount + keys.count + 8 * values.count)
    for number in [UInt32(slotCount), UInt32(keyBytes), UInt32(values.count), 0] { bytes.appendLittleEndian(number) }
    for number in slots { bytes.appendLittleEndian(number) }
    bytes += keys
    for number in values { bytes.appendLittleEndian(number) }
    self.init(checked: bytes)!
  }

  /// A table from its compiled bytes; `nil` when they are not one (a damaged file): every
  /// slot's key and list must lie inside the table.
  init?(checked bytes: [UInt8]) {
    guard bytes.count >= Self.headerSize else { return nil }
    let (slotCount, keyBytes, valueCount, zero) = bytes.withUnsafeBytes { raw in
      (raw.littleEndian32(at: 0), raw.littleEndian32(at: 4), raw.littleEndian32(at: 8), raw.littleEndian32(at: 12))
    }
    let paddedKeys = (keyBytes + 7) & ~7
    guard zero == 0, slotCount >= 8, slotCount & (slotCount - 1) == 0,
      bytes.count == Self.headerSize + Self.slotSize * slotCount + paddedKeys + 8 * valueCount
    else { return nil }
    let valid = bytes.withUnsafeBytes { raw in
      (0..<slotCount).allSatisfy { slot in
        let base = Self.headerSize + Self.slotSize * slot
        guard raw.littleEndian32(at: base) != 0 else { return true }
        let keyEnd = raw.littleEndian32(at: base + 4) + raw.littleEndian32(at: base + 8)
        let valueEnd = raw.littleEndian32(at: base + 12) + raw.littleEndian32(at: base + 16)
        return keyEnd <= keyBytes && valueEnd <= valueCount
      }
    }
    guard valid else { return nil }
    self.bytes = bytes
    slotMask = slotCount - 1
    keysStart = Self.headerSize + Self.slotSize * slotCount
    valuesStart = keysStart + paddedKeys
  }

  /// Every value of every list, for checking them against what they refer to.
  var allValues: [UInt64] {
    bytes.withUnsafeBytes { raw in
      stride(from: valuesStart, to: raw.count, by: 8).map { raw.littleEndian64(at: $0) }
    }
  }

  /// The list filed under `key`, empty when there is none.
  func values(for key: UnsafeRawBufferPointer) -> [UInt64] {
    let hash = StableHash.of(key.assumingMemoryBound(to: UInt8.self))
    let tag = Self.tag(hash)
    return bytes.withUnsafeBytes { raw in
      var slot = Int(truncatingIfNeeded: hash) & slotMask
      while true {
        let base = Self.headerSize + Self.slotSize * slot
        let found = raw.littleEndian32(at: base)
        if found == 0 { return [] }
        if found == tag,
          UTF8Bytes.equal(
            UnsafeBufferPointer(
              start: (raw.baseAddress! + keysStart + raw.littleEndian32(at: base + 4)).assumingMemoryBound(
                to: UInt8.self),
              count: raw.littleEndian32(at: base + 8)), key.assumingMemoryBound(to: UInt8.self))
        {
          let first = valuesStart + 8 * raw.littleEndian32(at: base + 12)
          return (0..<raw.littleEndian32(at: base + 16)).map { raw.littleEndian64(at: first + 8 * $0) }
        }
        slot = (slot + 1) & slotMask
      }
    }
  }

  /// The list filed under the UTF-8 bytes of `key`.
  func values(for key: FoldedKey) -> [UInt64] {
    var text = key.text
    return text.withUTF8 { values(for: UnsafeRawBufferPointer($0)) }
  }

  /// The list filed under the eight bytes of `key`.
  func values(for key: UInt64) -> [UInt64] {
    withUnsafeBytes(of: key.littleEndian) { values(for: $0) }
  }

  /// A slot's tag: the hash's high half, never zero.
  private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) | 1 }
}

extension [UInt8] {
  /// Appends `number`'s bytes, least significant first.
  mutating func appendLittleEndian<T: FixedWidthInteger>(_ number: T) {
    Swift.withUnsafeBytes(of: number.littleEndian) { append(contentsOf: $0) }
  }
}

extension UnsafeRawBufferPointer {
  /// The little-endian 32-bit number at `offset`, as an `Int`.
  @inline(__always)
  func littleEndian32(at offset: Int) -> Int {
    Int(UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
  }

  /// The little-endian 64-bit number at `offset`.
  @inline(__always)
  func littleEndian64(at offset: Int) -> UInt64 {
    UInt64(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }
}
