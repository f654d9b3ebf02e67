/// A bounded memo from byte strings to byte strings, for caching per-word results on hot
/// paths without allocating a key per lookup.
///
/// Keys and values live in two flat byte stores; an open-addressing table of entry indices
/// (linear probing, at most half full) finds them by a 64-bit FNV-1a hash. Swift `String`
/// keys would hash under canonical equivalence, which costs more than the work being cached.
/// When the memo holds `entryLimit` entries or `byteLimit` bytes it starts afresh.
struct ByteMemo {
  private struct Entry {
    var hash: UInt64
    var keyStart: Int
    var keyCount: Int
    var valueStart: Int
    var valueCount: Int
  }

  private var slots: [Int32]
  private var entries: [Entry] = []
  private var keyBytes: [UInt8] = []
  private var valueBytes: [UInt8] = []
  private let entryLimit: Int
  private let byteLimit: Int

  init(entryLimit: Int = 200_000, byteLimit: Int = 32 << 20) {
    self.entryLimit = max(entryLimit, 1)
    self.byteLimit = byteLimit
    var capacity = 16
    while capacity < self.entryLimit * 2 { capacity <<= 1 }
    slots = [Int32](repeating: -1, count: capacity)
  }

  /// The number of entries held.
  var count: Int { entries.count }

  /// The hash a key is filed under: ``StableHash`` (FNV-1a) over its bytes.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { StableHash.of(bytes) }

  /// Calls `body` with the value stored for `key`, and returns whether there was one.
  @inline(__always)
  func withValue(
    for key: UnsafeBufferPointer<UInt8>, hash: UInt64, _ body: (ArraySlice<UInt8>) -> Void
  ) -> Bool {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let index = Int(slots[slot])
      if index < 0 { return false }
      let entry = entries[index]
      if entry.hash == hash, entry.keyCount == key.count, matches(entry, key) {
        body(valueBytes[entry.valueStart..<entry.valueStart + entry.valueCount])
        return true
      }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `value` for `key` (which must not be present).
  mutating func insert(key: UnsafeBufferPointer<UInt8>, hash: UInt64, value: some Collection<UInt8>) {
    if entries.count >= entryLimit || keyBytes.count + valueBytes.count > byteLimit {
      removeAll()
    }
    let entry = Entry(
      hash: hash, keyStart: keyBytes.count, keyCount: key.count, valueStart: valueBytes.count,
      valueCount: value.count)
    keyBytes.append(contentsOf: key)
    valueBytes.append(contentsOf: value)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entries.count)
    entries.append(entry)
  }

  /// Forgets every entry, keeping the allocated memory.
  mutating func removeAll() {
    for index in slots.indices { slots[index] = -1 }
    entries.removeAll(keepingCapacity: true)
    keyBytes.removeAll(keepingCapacity: true)
    valueBytes.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  private func matches(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    keyBytes.withUnsafeBufferPointer { stored in
      var offset = 0
      while offset < key.count {
        if stored[entry.keyStart + offset] != key[offset] { return false }
        offset += 1
      }
      return true
    }
  }
}
