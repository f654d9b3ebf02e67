#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the lines of a file start, gathered while the file is read in pieces, so that a
/// long file can be checked without keeping its text: a line's columns are worked out by
/// reading that line from the file again when a location is asked for.
///
///     var index = FileLineIndex(path: "article.txt")
///     index.add(pieceBytes, at: 0)          // each piece, in order
///     index.location(ofUTF8Offset: 120)     // 3:17
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as in ``LineMap``; a byte order mark at the
/// start takes no column. Eight bytes a line, and eight every 256 bytes.
package struct FileLineIndex: SourceLocator {
  /// The file, as opened again to read a line.
  package let path: String
  private var table = LineTable()
  private let reader: LineBytes

  /// An index with no pieces yet.
  package init(path: String) {
    self.path = path
    reader = LineBytes(path: path)
  }

  /// Adds the line starts of `bytes`, the piece of the file at `offset` (pieces are added in
  /// order, each cut after a line end or at the end of the file).
  package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
    table.add(bytes, at: offset)
  }

  /// The number of lines so far.
  package var lineCount: Int { table.lineStarts.count }

  /// The 1-based line of a UTF-8 offset, without reading the file.
  package func line(ofUTF8Offset offset: Int) -> Int { table.lineIndex(of: offset) + 1 }

  /// The line and columns of a UTF-8 offset, at most 256 bytes of its line read from the file
  /// to count columns.
  package func location(ofUTF8Offset offset: Int) -> SourceLocation {
    table.location(ofUTF8Offset: offset) { reader.bytes($0.count, at: $0.lowerBound) }
  }
}

/// The file behind a ``FileLineIndex``, opened once, when a line is first read, and closed
/// with the last copy of the index.
private final class LineBytes: @unchecked Sendable {
  let path: String
  private let lock = Lock()
  // Guarded by `lock`: -1 before the first read, or when the file cannot be opened.
  private var descriptor: Int32 = -1
  private var opened = false

  init(path: String) { self.path = path }

  deinit { if descriptor >= 0 { close(descriptor) } }

  /// Up to `count` bytes at `offset` (fewer, or none, when the file is shorter or unreadable).
  func bytes(_ count: Int, at offset: Int) -> [UInt8] {
    guard count > 0 else { return [] }
    return lock.withLock {
      if !opened {
        opened = true
        descriptor = open(path, O_RDONLY)
      }
      guard descriptor >= 0 else { return [] }
      var bytes = [UInt8](repeating: 0, count: count)
      let read = bytes.withUnsafeMutableBytes { max(0, pread(descriptor, $0.baseAddress!, $0.count, off_t(offset))) }
      return Array(bytes.prefix(read))
    }
  }
}
