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
/// the slots are used, so a probe touches one or two slots. Most keys a lookup asks for are
/// absent (a name's phonetic neighbours): a bit per hash, four for each slot and set from the
/// slots' tags when the table is read, says so without touching the slots, whose memory is
/// far larger.
struct PostingTable: Sendable {
  /// The compiled table.
  let bytes: [UInt8]
  private let slotMask: Int
  /// The presence bits: bit `tag >> 1 & presenceMask` is set when some key has that tag.
  private let presence: [UInt64]
  private let presenceMask: Int
  private let keysStart: Int
  private let valuesStart: Int

  private static let headerSize = 16
  private static let slotSize = 20

  /// Compiles `lists`, whose keys are distinct.
  init(lists: [(key: [UInt8], values: [UInt64])]) {
    self.init(lists: lists, length: \.count, bytes: { key, body in key.withUnsafeBytes(body) })
  }

  /// Compiles `lists` under the UTF-8 bytes of their keys, which are distinct.
  init(lists: [(key: FoldedKey, values: [UInt64])]) {
    self.init(
      lists: lists, length: \.text.utf8.count,
      bytes: { key, body in
        var text = key.text
        text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
      })
  }

  /// Compiles `lists` under the eight bytes of their keys, which are distinct.
  init(lists: [(key: UInt64, values: [UInt64])]) {
    self.init(lists: lists, length: { _ in 8 }, bytes: { key, body in withUnsafeBytes(of: key.littleEndian, body) })
  }

  /// Compiles `lists`, reading each key's bytes through `bytes`, into a buffer of the final size:
  /// slots, keys and values each written at their offset, numbers little-endian.
  private init<Key>(
    lists: [(key: Key, values: [UInt64])], length: (Key) -> Int,
    bytes withBytes: (Key, (UnsafeRawBufferPointer) -> Void) -> Void
  ) {
    var slotCount = 8
    while slotCount < 2 * lists.count { slotCount <<= 1 }
    let keyBytes = lists.reduce(0) { $0 + length($1.key) }
    let valueCount = lists.reduce(0) { $0 + $1.values.count }
    let keysStart = Self.headerSize + Self.slotSize * slotCount
    let valuesStart = keysStart + (keyBytes + 7) & ~7
    let bytes = [UInt8](unsafeUninitializedCapacity: valuesStart + 8 * valueCount) { buffer, count in
      let raw = UnsafeMutableRawBufferPointer(buffer)
      raw.initializeMemory(as: UInt8.self, repeating: 0)
      func store32(_ value: Int, at offset: Int) {
        raw.storeBytes(of: UInt32(value).littleEndian, toByteOffset: offset, as: UInt32.self)
      }
      store32(slotCount, at: 0)
      store32(keyBytes, at: 4)
      store32(valueCount, at: 8)
      var keyOffset = 0
      var valueOffset = 0
      for (key, list) in lists {
        withBytes(key) { key in
          let hash = StableHash.of(key.assumingMemoryBound(to: UInt8.self))
          var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
          while raw.load(fromByteOffset: Self.headerSize + Self.slotSize * slot, as: UInt32.self) != 0 {
            slot = (slot + 1) & (slotCount - 1)
          }
          let base = Self.headerSize + Self.slotSize * slot
          raw.storeBytes(of: Self.tag(hash).littleEndian, toByteOffset: base, as: UInt32.self)
          store32(keyOffset, at: base + 4)
          store32(key.count, at: base + 8)
          store32(valueOffset, at: base + 12)
          store32(list.count, at: base + 16)
          if let source = key.baseAddress {
            (raw.baseAddress! + keysStart + keyOffset).copyMemory(from: source, byteCount: key.count)
          }
          keyOffset += key.count
        }
        for (index, value) in list.enumerated() {
          raw.storeBytes(of: value.littleEndian, toByteOffset: valuesStart + 8 * (valueOffset + index), as: UInt64.self)
        }
        valueOffset += list.count
      }
      count = raw.count
    }
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
    // Four bits a slot (eight or more a key), in whole words.
    let presenceWords = max(1, 4 * slotCount / 64)
    let presenceMask = 64 * presenceWords - 1
    var presence = [UInt64](repeating: 0, count: presenceWords)
    let valid = bytes.withUnsafeBytes { raw in
      (0..<slotCount).allSatisfy { slot in
        let base = Self.headerSize + Self.slotSize * slot
        let tag = raw.littleEndian32(at: base)
        guard tag != 0 else { return true }
        let bit = tag >> 1 & presenceMask
        presence[bit >> 6] |= 1 << (bit & 63)
        let keyEnd = raw.littleEndian32(at: base + 4) + raw.littleEndian32(at: base + 8)
        let valueEnd = raw.littleEndian32(at: base + 12) + raw.littleEndian32(at: base + 16)
        return keyEnd <= keyBytes && valueEnd <= valueCount
      }
    }
    guard valid else { return nil }
    self.bytes = bytes
    self.presence = presence
    self.presenceMask = presenceMask
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
    bytes.withUnsafeBytes { raw in
      guard let (first, count) = list(for: key, in: raw) else { return [] }
      return (0..<count).map { raw.littleEndian64(at: first + 8 * $0) }
    }
  }

  /// Appends to `list` the values filed under the eight bytes of `key` that it does not hold
  /// yet, without building the list filed: candidate lists are short, and a linear check
  /// dedupes them faster than a set.
  func addValues(for key: UInt64, to list: inout [UInt64]) {
    withUnsafeBytes(of: key.littleEndian) { key in
      bytes.withUnsafeBytes { raw in
        guard let (first, count) = self.list(for: key, in: raw) else { return }
        for index in 0..<count {
          let value = raw.littleEndian64(at: first + 8 * index)
          if !list.contains(value) { list.append(value) }
        }
      }
    }
  }

  /// Where the list filed under `key` starts in `raw` (the table's bytes), and its length.
  @inline(__always)
  private func list(for key: UnsafeRawBufferPointer, in raw: UnsafeRawBufferPointer) -> (start: Int, count: Int)? {
    let hash = StableHash.of(key.assumingMemoryBound(to: UInt8.self))
    let tag = Self.tag(hash)
    let bit = Int(tag >> 1) & presenceMask
    guard presence[bit >> 6] & 1 << (bit & 63) != 0 else { return nil }
    var slot = Int(truncatingIfNeeded: hash) & slotMask
    while true {
      let base = Self.headerSize + Self.slotSize * slot
      let found = raw.littleEndian32(at: base)
      if found == 0 { return nil }
      if found == tag,
        UTF8Bytes.equal(
          UnsafeBufferPointer(
            start: (raw.baseAddress! + keysStart + raw.littleEndian32(at: base + 4)).assumingMemoryBound(
              to: UInt8.self),
            count: raw.littleEndian32(at: base + 8)), key.assumingMemoryBound(to: UInt8.self))
      {
        return (valuesStart + 8 * raw.littleEndian32(at: base + 12), raw.littleEndian32(at: base + 16))
      }
      slot = (slot + 1) & slotMask
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
