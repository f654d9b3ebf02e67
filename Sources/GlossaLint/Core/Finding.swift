/// A problem a rule found in a document. Findings are values, not errors: rules never throw.
public struct Finding: Hashable, Sendable {
  /// The rule that found it, such as `missing-space`.
  public var ruleID: String
  /// How serious it is.
  public var severity: Severity
  /// What is wrong, in one sentence for the reader.
  public var message: String
  /// Where it is: UTF-8 byte offsets into the document.
  public var utf8Range: Range<Int>
  /// Exactly the flagged text.
  public var text: String
  /// What to write instead, when there is a clear answer.
  public var suggestion: String?
  /// The edit that fixes it, when the fix is safe to apply without a human.
  public var fix: Replacement?
  /// The glossary entry involved, if any.
  public var entryID: String?
  /// Another place that matters, such as the other spelling of a name.
  public var related: RelatedLocation?

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
}

/// A text edit: replace the bytes in `utf8Range` with `text`.
public struct Replacement: Hashable, Sendable {
  /// UTF-8 byte offsets into the document.
  public var utf8Range: Range<Int>
  /// The new text.
  public var text: String

  public init(utf8Range: Range<Int>, text: String) {
    self.utf8Range = utf8Range
    self.text = text
  }
}

/// A second place in the document that a finding refers to.
public struct RelatedLocation: Hashable, Sendable {
  /// UTF-8 byte offsets into the document.
  public var utf8Range: Range<Int>
  /// What is there.
  public var message: String

  public init(utf8Range: Range<Int>, message: String) {
    self.utf8Range = utf8Range
    self.message = message
  }
}
