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
  public init(line: Int, column: Int, utf16Column: Int) {
    self.line = line
    self.column = column
    self.utf16Column = utf16Column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// Walks a text scalar by scalar, keeping every offset unit and the line and column in step.
///
/// Used to turn offsets from one unit (ICU's UTF-16) into the others without a second pass.
struct TextCursor {
  /// Offset of the current position in UTF-8 bytes.
  private(set) var utf8Offset = 0
  /// Offset of the current position in UTF-16 code units.
  private(set) var utf16Offset = 0
  /// Offset of the current position in Unicode scalars.
  private(set) var scalarOffset = 0
  /// The line and columns of the current position.
  private(set) var location = SourceLocation(line: 1, column: 1, utf16Column: 1)

  private let scalars: String.UnicodeScalarView
  private var index: String.UnicodeScalarView.Index
  private var previousWasCR = false

  init(_ text: String) {
    self.scalars = text.unicodeScalars
    self.index = scalars.startIndex
  }

  /// Moves forward until the UTF-16 offset reaches `target`.
  mutating func advance(toUTF16Offset target: Int) {
    while utf16Offset < target, index < scalars.endIndex {
      step()
    }
  }

  /// Moves forward until the UTF-8 offset reaches `target`.
  mutating func advance(toUTF8Offset target: Int) {
    while utf8Offset < target, index < scalars.endIndex {
      step()
    }
  }

  private mutating func step() {
    let scalar = scalars[index]
    scalars.formIndex(after: &index)
    utf8Offset += UTF8.width(scalar)
    utf16Offset += UTF16.width(scalar)
    scalarOffset += 1
    switch scalar {
    case "\n":
      if !previousWasCR { newLine() }
      previousWasCR = false
    case "\r":
      newLine()
      previousWasCR = true
    case "\u{FEFF}" where scalarOffset == 1:
      previousWasCR = false  // a byte order mark takes no column
    default:
      location.column += 1
      location.utf16Column += UTF16.width(scalar)
      previousWasCR = false
    }
  }

  private mutating func newLine() {
    location.line += 1
    location.column = 1
    location.utf16Column = 1
  }
}
