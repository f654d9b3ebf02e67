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
  /// Where lines start, and column checkpoints along long lines.
  private let table: LineTable

  /// Maps the lines of `text`.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  package init(_ text: String) {
    self.text = text
    var table = LineTable()
    var text = text
    text.withUTF8 { table.add($0, at: 0) }
    self.table = table
  }

  /// The number of lines.
  public var lineCount: Int { table.lineStarts.count }

  /// The line and columns of a UTF-8 offset. Columns count Unicode scalars
  /// (``SourceLocation/column``) and UTF-16 code units (``SourceLocation/utf16Column``).
  ///
  /// - Complexity: O(log *l*) to find the line, plus at most 256 bytes counted.
  package func location(ofUTF8Offset offset: Int) -> SourceLocation {
    table.location(ofUTF8Offset: offset) { range in
      let utf8 = text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return Array(utf8[lower..<utf8.index(lower, offsetBy: range.count)])
    }
  }

  /// The 0-based line holding `offset`, given the offsets where lines start (the first 0).
  ///
  /// - Complexity: O(log *l*).
  package static func line(containing offset: Int, starts: [Int]) -> Int {
    LineTable.line(containing: offset, starts: starts)
  }
}
