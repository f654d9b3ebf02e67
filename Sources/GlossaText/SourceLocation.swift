/// A position in a text as people and editors count it.
///
/// Lines are 1-based and end at `\n`, `\r\n` or a lone `\r`. Columns are 1-based; ``column``
/// counts Unicode scalars (what `glossa` prints and its JSON reports) and ``utf16Column``
/// counts UTF-16 code units (what SARIF viewers and LSP editors expect). A byte order mark
/// at the start of the text takes no column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, counted in Unicode scalars.
  public var column: Int
  /// The 1-based column, counted in UTF-16 code units.
  public var utf16Column: Int

  /// Creates a location from its line and its columns in both units.
  package init(line: Int, column: Int, utf16Column: Int) {
    self.line = line
    self.column = column
    self.utf16Column = utf16Column
  }

  /// Orders locations by line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  /// `line:column`, the column in Unicode scalars.
  public var description: String { "\(line):\(column)" }
}

/// Walks a text's UTF-16 code units forward, keeping every offset unit and the line and
/// column in step, so offsets from ICU (UTF-16) turn into the others without a second pass.
///
///     let units = Array(text.utf16)
///     var cursor = TextCursor(units)
///     cursor.advance(toUTF16Offset: 42)
///     cursor.utf8Offset; cursor.scalarOffset; cursor.location
///
/// - Complexity: Each advance is O(distance moved); a whole pass is O(*n*).
package struct TextCursor {
  /// Offset of the current position in UTF-8 bytes.
  package private(set) var utf8Offset = 0
  /// Offset of the current position in UTF-16 code units.
  package private(set) var utf16Offset = 0
  /// Offset of the current position in Unicode scalars.
  package private(set) var scalarOffset = 0
  /// The line and columns of the current position.
  package private(set) var location = SourceLocation(line: 1, column: 1, utf16Column: 1)

  private let units: [UInt16]
  private var previousWasCR = false

  /// Starts a cursor at the beginning of `units`.
  ///
  /// - Parameter start: Offsets and location of the first unit, for texts that continue an
  ///   earlier one (a stream read line by line).
  package init(_ units: [UInt16], start: TextCursor.Start = .init()) {
    self.units = units
    self.utf8Offset = start.utf8Offset
    self.scalarOffset = start.scalarOffset
    self.location = SourceLocation(line: start.line, column: 1, utf16Column: 1)
    self.skipsByteOrderMark = start.utf8Offset == 0
  }

  /// Where a cursor's text begins within a larger input.
  package struct Start: Sendable {
    /// UTF-8 offset of the text's first byte in the input.
    package var utf8Offset: Int
    /// Scalar offset of the text's first scalar in the input.
    package var scalarOffset: Int
    /// The 1-based line the text starts on (at column 1).
    package var line: Int

    /// A start at the given offsets and line (by default the start of the input).
    package init(utf8Offset: Int = 0, scalarOffset: Int = 0, line: Int = 1) {
      self.utf8Offset = utf8Offset
      self.scalarOffset = scalarOffset
      self.line = line
    }
  }

  private var skipsByteOrderMark: Bool

  /// Moves forward until the UTF-16 offset reaches `target` (or the end of the text).
  package mutating func advance(toUTF16Offset target: Int) {
    let end = min(target, units.count)
    while utf16Offset < end {
      let unit = units[utf16Offset]
      utf16Offset += 1
      if unit < 0x80 {
        utf8Offset += 1
        scalarOffset += 1
        switch unit {
        case 0x0A:
          if !previousWasCR { newLine() }
          previousWasCR = false
        case 0x0D:
          newLine()
          previousWasCR = true
        default:
          location.column += 1
          location.utf16Column += 1
          previousWasCR = false
        }
        continue
      }
      previousWasCR = false
      if unit & 0xFC00 == 0xDC00 {
        // The second half of a surrogate pair: the scalar was counted with the first half.
        location.utf16Column += 1
        continue
      }
      scalarOffset += 1
      if unit & 0xFC00 == 0xD800 {
        utf8Offset += 4
      } else {
        utf8Offset += unit < 0x800 ? 2 : 3
      }
      if unit == 0xFEFF, skipsByteOrderMark, utf16Offset == 1 { continue }
      location.column += 1
      location.utf16Column += 1
    }
  }

  private mutating func newLine() {
    location.line += 1
    location.column = 1
    location.utf16Column = 1
  }
}
