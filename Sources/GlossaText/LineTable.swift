/// Where the lines of a text start, and how many columns each line has reached at every 256th
/// byte, gathered in one pass over the bytes, so that a location is found by a binary search and
/// a count of at most 256 bytes, however long its line.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`; a byte order mark at the start takes no column.
/// Columns count Unicode scalars and UTF-16 code units before the offset, plus one.
package struct LineTable: Sendable {
  /// How far apart the column checkpoints are, in bytes (a power of two).
  static let stride = 256

  /// UTF-8 offsets where each line starts; the first is 0.
  package private(set) var lineStarts = [0]
  /// The bytes added so far.
  package private(set) var length = 0
  /// At each multiple of ``stride``: the scalars since its line's start (low 32 bits) and how
  /// many of them take two UTF-16 units (high 32 bits).
  private var checkpoints: [UInt64] = []
  private var scalars: UInt32 = 0
  private var wide: UInt32 = 0

  /// An empty table.
  package init() {}

  /// Adds `bytes`, the piece of the text at `offset`; pieces come in order, each cut after a
  /// line end or at the end of the text.
  package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
    var index = 0
    if offset == 0, Self.startsWithByteOrderMark(bytes) {
      checkpoints.append(0)
      index = 3
    }
    while index < bytes.count {
      let position = offset + index
      if position & (Self.stride - 1) == 0 { checkpoints.append(UInt64(wide) << 32 | UInt64(scalars)) }
      let byte = bytes[index]
      if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
        lineStarts.append(position + 1)
        scalars = 0
        wide = 0
      } else if byte & 0xC0 != 0x80 {
        scalars &+= 1
        if byte >= 0xF0 { wide &+= 1 }
      }
      index += 1
    }
    length = max(length, offset + bytes.count)
  }

  /// The 0-based line holding `offset`.
  ///
  /// - Complexity: O(log *l*).
  package func lineIndex(of offset: Int) -> Int { Self.line(containing: offset, starts: lineStarts) }

  /// The line and columns of `offset`, counting the bytes `read` gives for a range of at most
  /// ``stride`` bytes before it (fewer when the text cannot be read again).
  package func location(ofUTF8Offset offset: Int, read: (Range<Int>) -> [UInt8]) -> SourceLocation {
    let line = lineIndex(of: offset)
    let start = lineStarts[line]
    let end = min(max(offset, start), length)
    var from = start
    var scalars = 0
    var wide = 0
    let checkpoint = min(end / Self.stride, checkpoints.count - 1)
    if checkpoint >= 0, checkpoint * Self.stride >= start {
      from = checkpoint * Self.stride
      scalars = Int(checkpoints[checkpoint] & 0xFFFF_FFFF)
      wide = Int(checkpoints[checkpoint] >> 32)
    }
    let bytes = read(from..<end)
    var index = 0
    if from == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    while index < bytes.count {
      let byte = bytes[index]
      if byte & 0xC0 != 0x80 {
        scalars += 1
        if byte >= 0xF0 { wide += 1 }
      }
      index += 1
    }
    return SourceLocation(line: line + 1, column: scalars + 1, utf16Column: scalars + wide + 1)
  }

  /// The 0-based line holding `offset`, given the offsets where lines start (the first 0).
  ///
  /// - Complexity: O(log *l*).
  package static func line(containing offset: Int, starts: [Int]) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  private static func startsWithByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
  }
}
