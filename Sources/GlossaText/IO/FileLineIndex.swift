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
/// start takes no column. Eight bytes a line.
package struct FileLineIndex: SourceLocator {
  /// The file, as opened again to read a line.
  package let path: String
  private var lineStarts = [0]
  private var length = 0

  /// An index with no pieces yet.
  package init(path: String) { self.path = path }

  /// Adds the line starts of `bytes`, the piece of the file at `offset` (pieces are added in
  /// order, each cut after a line end or at the end of the file).
  package mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
    for index in bytes.indices {
      if bytes[index] == 0x0A {
        lineStarts.append(offset + index + 1)
      } else if bytes[index] == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
        lineStarts.append(offset + index + 1)
      }
    }
    length = max(length, offset + bytes.count)
  }

  /// The number of lines so far.
  package var lineCount: Int { lineStarts.count }

  /// The 1-based line of a UTF-8 offset, without reading the file.
  package func line(ofUTF8Offset offset: Int) -> Int { lineIndex(of: offset) + 1 }

  /// The line and columns of a UTF-8 offset, the line read from the file to count columns
  /// (1 when the file cannot be read again).
  package func location(ofUTF8Offset offset: Int) -> SourceLocation {
    let line = lineIndex(of: offset)
    let start = lineStarts[line]
    let end = min(max(offset, start), length)
    var bytes = [UInt8](repeating: 0, count: end - start)
    var read = 0
    if !bytes.isEmpty {
      let descriptor = open(path, O_RDONLY)
      if descriptor >= 0 {
        read = bytes.withUnsafeMutableBytes { max(0, pread(descriptor, $0.baseAddress!, $0.count, off_t(start))) }
        close(descriptor)
      }
    }
    var column = 1
    var utf16Column = 1
    var scalars = String(decoding: bytes[..<read], as: UTF8.self).unicodeScalars[...]
    if start == 0, scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    for scalar in scalars {
      column += 1
      utf16Column += UTF16.width(scalar)
    }
    return SourceLocation(line: line + 1, column: column, utf16Column: utf16Column)
  }

  private func lineIndex(of offset: Int) -> Int { LineMap.line(containing: offset, starts: lineStarts) }
}
