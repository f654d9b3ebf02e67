import Testing

@testable import GlossaGlossary

@Suite("Compiled posting table")
struct PostingTableTests {
  /// Keys of several lengths and scripts, with lists of several lengths.
  static let lists: [(key: [UInt8], values: [UInt64])] = (0..<500).map { number in
    let key = Array((number % 3 == 0 ? "Λαβρόφ\(number)" : "name-\(number)").utf8)
    return (key, (0..<UInt64(number % 7)).map { UInt64(number) << 32 | $0 })
  }

  @Test("Every key finds its own list, in order; other keys find nothing")
  func lookups() {
    let table = PostingTable(lists: Self.lists)
    for (key, values) in Self.lists {
      #expect(key.withUnsafeBytes { table.values(for: $0) } == values)
    }
    for missing in ["Λαβρόφ1", "name-500", "", "name-1 "] {
      #expect(Array(missing.utf8).withUnsafeBytes { table.values(for: $0) }.isEmpty)
    }
  }

  @Test("Eight-byte keys are looked up by their number")
  func numericKeys() {
    let numbers: [UInt64] = [0, 1, 0xFF, 1 << 56 | 0x1234, .max]
    let table = PostingTable(
      lists: numbers.map { number in
        var bytes: [UInt8] = []
        bytes.appendLittleEndian(number)
        return (bytes, [number &+ 1])
      })
    for number in numbers { #expect(table.values(for: number) == [number &+ 1]) }
    #expect(table.values(for: 2).isEmpty)
  }

  @Test("Adding a key's list skips values already held and adds nothing for absent keys")
  func addingValues() throws {
    let numbers = (0..<2000).map { UInt64($0) * 7919 }
    let table = PostingTable(
      lists: numbers.map { number in
        var bytes: [UInt8] = []
        bytes.appendLittleEndian(number)
        return (bytes, [number % 5, number % 3, 99])
      })
    // Read back, as a cached index is: the presence bits are rebuilt from the slots.
    let copy = try #require(PostingTable(checked: table.bytes))
    for lookup in [table, copy] {
      var list: [UInt64] = [2]
      lookup.addValues(for: numbers[1], to: &list)  // 7919: 4, 2, 99
      #expect(list == [2, 4, 99])
      lookup.addValues(for: numbers[3], to: &list)  // 23757: 2, 0, 99
      #expect(list == [2, 4, 99, 0])
      for absent in [UInt64(1), 7920, .max] { lookup.addValues(for: absent, to: &list) }
      #expect(list == [2, 4, 99, 0])
      var found = 0
      for number in numbers {
        var fresh: [UInt64] = []
        lookup.addValues(for: number, to: &fresh)
        if fresh.last == 99 { found += 1 }
      }
      #expect(found == numbers.count)
    }
  }

  @Test("The compiled bytes read back into the same table; damaged bytes do not")
  func checkedBytes() throws {
    let table = PostingTable(lists: Self.lists)
    let copy = try #require(PostingTable(checked: table.bytes))
    #expect(Array("name-1".utf8).withUnsafeBytes { copy.values(for: $0) } == [1 << 32])
    #expect(PostingTable(checked: Array(table.bytes.dropLast())) == nil)
    #expect(PostingTable(checked: []) == nil)
    // A slot whose list runs past the values: find a used slot and lengthen its list.
    var damaged = table.bytes
    let slot = try #require(
      stride(from: 16, to: damaged.count, by: 20).first { offset in damaged[offset..<offset + 4].contains { $0 != 0 } })
    damaged[slot + 19] = 0x7F
    #expect(PostingTable(checked: damaged) == nil)
  }

  @Test("An empty table finds nothing")
  func empty() {
    let table = PostingTable(lists: [] as [(key: [UInt8], values: [UInt64])])
    #expect(table.values(for: 7).isEmpty)
    #expect(table.allValues.isEmpty)
  }
}
