import GlossaText

/// A problem a check found: the one finding type of every Glossa checker (`glossa lint`,
/// `glossa tm check`). Findings are values, not errors: checks never throw.
///
/// A finding is placed in one of two ways:
/// - in a text document, by ``utf8Range`` (the reporter turns it into lines and columns with
///   the document's ``GlossaText/LineMap``);
/// - at a unit of a memory or a TMX file, by ``unit`` (a TMX line, or a memory row), when
///   there is no text to point into.
public struct Finding: Hashable, Sendable {
  /// The rule that found it, such as `missing-space`.
  public var ruleID: String
  /// How serious it is.
  public var severity: Severity
  /// What is wrong, in one sentence for the reader.
  public var message: String
  /// Where it is in the document: UTF-8 byte offsets (empty at 0 for a finding about a unit).
  public var utf8Range: Range<Int>
  /// Exactly the flagged text (empty for a finding about a unit).
  public var text: String
  /// What to write instead, when there is a clear answer.
  public var suggestion: String?
  /// The edit that fixes it, when the fix is safe to apply without a human.
  public var fix: Replacement?
  /// The glossary entry involved, if any.
  public var entryID: String?
  /// Another place that matters, such as the other spelling of a name.
  public var related: RelatedLocation?
  /// The unit the finding is about, for findings outside a text document.
  public var unit: UnitLocation?

  /// A finding in a text document.
  public init(
    ruleID: String, severity: Severity, message: String, utf8Range: Range<Int>, text: String,
    suggestion: String? = nil, fix: Replacement? = nil, entryID: String? = nil, related: RelatedLocation? = nil
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.utf8Range = utf8Range
    self.text = text
    self.suggestion = suggestion
    self.fix = fix
    self.entryID = entryID
    self.related = related
  }

  /// A finding about a translation unit, with another unit that matters, if any.
  public init(ruleID: String, severity: Severity, message: String, unit: UnitLocation, related: UnitLocation? = nil) {
    self.init(ruleID: ruleID, severity: severity, message: message, utf8Range: 0..<0, text: "")
    self.unit = unit
    self.related = related.map { RelatedLocation(unit: $0, message: "the other unit") }
  }
}

/// A text edit: replace the bytes in `utf8Range` with `text`.
public struct Replacement: Hashable, Sendable {
  /// UTF-8 byte offsets into the document.
  public var utf8Range: Range<Int>
  /// The new text.
  public var text: String

  /// An edit.
  public init(utf8Range: Range<Int>, text: String) {
    self.utf8Range = utf8Range
    self.text = text
  }
}

/// A second place that a finding refers to: in the same document, or another unit.
public struct RelatedLocation: Hashable, Sendable {
  /// UTF-8 byte offsets into the document (empty for a unit).
  public var utf8Range: Range<Int>
  /// Another unit, for findings about units.
  public var unit: UnitLocation?
  /// What is there.
  public var message: String

  /// A place in the same document.
  public init(utf8Range: Range<Int>, message: String) {
    self.utf8Range = utf8Range
    self.message = message
  }

  /// Another unit.
  public init(unit: UnitLocation, message: String) {
    self.utf8Range = 0..<0
    self.unit = unit
    self.message = message
  }
}

/// Where a translation unit is: a line of a TMX file, or a row of a memory.
public struct UnitLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file: a TMX file or the memory's database.
  public var file: String
  /// The `tu`'s line in a TMX file.
  public var line: Int?
  /// The unit's row number in a memory.
  public var unitID: Int64?
  /// The unit's `tuid`.
  public var tuid: String?

  /// A unit's place.
  public init(file: String, line: Int? = nil, unitID: Int64? = nil, tuid: String? = nil) {
    self.file = file
    self.line = line
    self.unitID = unitID
    self.tuid = tuid
  }

  /// `memory.tmx:12` or `memory.sqlite#unit-7`, with the tuid when there is one.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    if let unitID { text += "#unit-\(unitID)" }
    if let tuid { text += " [\(tuid)]" }
    return text
  }
}

/// A file and its findings, as reporters receive them.
public struct FileReport: Sendable {
  /// The file as the user named it.
  public let path: String
  /// The lines of the file's text, for findings placed by offset; `nil` when every finding
  /// is about a unit.
  public let lineMap: LineMap?
  /// The findings, in the order to report them.
  public let findings: [Finding]
  /// What places findings by offset: the line map, or the lines of a file read in pieces.
  private let locator: (any SourceLocator)?

  /// A report for one file.
  public init(path: String, lineMap: LineMap?, findings: [Finding]) {
    self.path = path
    self.lineMap = lineMap
    self.findings = findings
    locator = lineMap
  }

  /// A report for a file whose text is no longer in memory: `locator` reads lines from it.
  package init(path: String, locator: any SourceLocator, findings: [Finding]) {
    self.path = path
    self.lineMap = nil
    self.findings = findings
    self.locator = locator
  }

  /// The line and columns of a UTF-8 offset in the file (1:1 without a line map).
  package func location(ofUTF8Offset offset: Int) -> SourceLocation {
    locator?.location(ofUTF8Offset: offset) ?? SourceLocation(line: 1, column: 1, utf16Column: 1)
  }
}
