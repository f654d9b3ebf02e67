/// Where the lines of a text start, for turning UTF-8 offsets into lines and columns in any
/// order (the tokenizer and segmenter walk forward once with a cursor instead).
///
///     let map = LineMap("Αθήνα\nΚίεβο")
///     map.location(ofUTF8Offset: 11)   // 2:1 (the Κ of Κίεβο)
///
/// Lines end at `\n`, `\r\n` or a lone `\r`; a byte order mark at the start takes no column.
public struct LineMap: Sendable {
  /// The text the map is of.
  public let text: String
  /// UTF-8 offsets where each line starts; the first is 0.
  private let lineStarts: [Int]

  /// Maps the lines of `text`.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  package init(_ text: String) {
    self.text = text
    var starts = [0]
    var index = 0
    var text = text
    text.withUTF8 { bytes in
      while index < bytes.count {
        if bytes[index] == 0x0A {
          starts.append(index + 1)
        } else if bytes[index] == 0x0D, index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
          starts.append(index + 1)
        }
        index += 1
      }
    }
    lineStarts = starts
  }

  /// The number of lines.
  public var lineCount: Int { lineStarts.count }

  /// The line and columns of a UTF-8 offset. Columns count Unicode scalars
  /// (``SourceLocation/column``) and UTF-16 code units (``SourceLocation/utf16Column``).
  ///
  /// - Complexity: O(log *l*) to find the line, plus the length of the line up to the offset.
  package func location(ofUTF8Offset offset: Int) -> SourceLocation {
    let low = Self.line(containing: offset, starts: lineStarts)
    let lineStart = lineStarts[low]
    var column = 1
    var utf16Column = 1
    let utf8 = text.utf8
    var index = utf8.index(utf8.startIndex, offsetBy: lineStart)
    let end = utf8.index(utf8.startIndex, offsetBy: min(offset, utf8.count))
    if lineStart == 0, text.unicodeScalars.first == "\u{FEFF}" {
      index = utf8.index(index, offsetBy: 3)
    }
    for scalar in text.unicodeScalars[index..<end] {
      column += 1
      utf16Column += UTF16.width(scalar)
    }
    return SourceLocation(line: low + 1, column: column, utf16Column: utf16Column)
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
}
