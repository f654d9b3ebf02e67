internal import CGlossaICU

/// An ICU break iterator (`UBreakIterator`) over a text it owns.
///
///     let words = try BreakIterator(kind: .word, locale: "el")
///     try words.setText(utf16: Array("Καλή μέρα".utf16))
///     var start = words.first()
///     while let end = words.next() { …; start = end }
///
/// ICU keeps a pointer to the text rather than a copy, so the iterator copies the text into
/// a buffer it owns for as long as it uses it. Not safe to share between tasks.
package final class BreakIterator {
  /// What kind of boundaries to find.
  public enum Kind: Sendable {
    /// Word boundaries (UAX #29), with a rule status telling words from spaces and punctuation.
    case word
    /// Sentence boundaries (UAX #29).
    case sentence

    fileprivate var cValue: glossa_break_kind {
      switch self {
      case .word: GLOSSA_BREAK_WORD
      case .sentence: GLOSSA_BREAK_SENTENCE
      }
    }
  }

  private let handle: OpaquePointer
  private var text: UnsafeMutableBufferPointer<UInt16>

  /// The kind of boundaries this iterator finds.
  package let kind: Kind
  /// The locale the iterator was opened with, such as `el` or `en@ss=standard`.
  package let locale: String

  /// Opens a break iterator for `locale` with an empty text.
  package init(kind: Kind, locale: String) throws(ICUError) {
    var status: Int32 = 0
    let opened = glossa_breakiter_open(kind.cValue, locale, nil, 0, &status)
    guard let opened, status <= 0 else {
      glossa_breakiter_close(opened)
      throw ICUError(code: status > 0 ? status : GLOSSA_STATUS_ILLEGAL_ARGUMENT)
    }
    self.handle = opened
    self.text = UnsafeMutableBufferPointer(start: nil, count: 0)
    self.kind = kind
    self.locale = locale
  }

  deinit {
    glossa_breakiter_close(handle)
    text.deallocate()
  }

  /// Replaces the text to iterate over and moves to its start.
  package func setText(utf16 units: some Collection<UInt16>) throws(ICUError) {
    let length = try icuLength(units.count)
    let newText = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(units.count, 1))
    _ = newText.initialize(from: units)
    var status: Int32 = 0
    glossa_breakiter_set_text(handle, newText.baseAddress, length, &status)
    guard status <= 0 else {
      newText.deallocate()
      throw ICUError(code: status)
    }
    text.deallocate()
    text = newText
  }

  /// Moves to the start of the text and returns offset 0.
  @discardableResult
  package func first() -> Int { Int(glossa_breakiter_first(handle)) }

  /// Moves to the next boundary and returns its UTF-16 offset, or `nil` at the end.
  package func next() -> Int? {
    let offset = glossa_breakiter_next(handle)
    return offset == GLOSSA_BREAK_DONE ? nil : Int(offset)
  }

  /// The rule status of the boundary last returned. For words, ICU's `UWordBreak` ranges:
  /// 0–99 none (spaces, punctuation), 100–199 number, 200–299 letter, 300–399 kana,
  /// 400–499 ideographic.
  package var ruleStatus: Int32 { glossa_breakiter_rule_status(handle) }

  /// All boundaries of the current text, as UTF-16 offsets, starting with 0.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  package func boundaries() -> [Int] {
    var result = [first()]
    while let offset = next() { result.append(offset) }
    return result
  }
}
