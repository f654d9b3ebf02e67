internal import CGlossaICU

/// An error reported by ICU, carrying its `UErrorCode` value.
///
///     do { _ = try Transliterator(id: "No-Such-Transform") }
///     catch { print(error) }   // U_INVALID_ID
public struct ICUError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The raw `UErrorCode` value: positive for errors.
  public let code: Int32

  /// Where ICU found a syntax error in transform rules, as 1-based line and 0-based offset.
  public let ruleLine: Int?
  /// The 0-based offset of a rule syntax error within its line, when ICU reported one.
  public let ruleOffset: Int?

  /// Creates an error for a raw ICU status code.
  package init(code: Int32, ruleLine: Int? = nil, ruleOffset: Int? = nil) {
    self.code = code
    self.ruleLine = ruleLine
    self.ruleOffset = ruleOffset
  }

  /// The ICU name of the code, such as `U_BUFFER_OVERFLOW_ERROR`.
  public var name: String { String(cString: glossa_status_name(code)) }

  /// The code's ICU name, with the rule line and offset for a rule that did not compile.
  public var description: String {
    guard let ruleLine else { return name }
    return "\(name) at rule line \(ruleLine), offset \(ruleOffset ?? 0)"
  }

  /// Equality compares the ICU code only, as GRDB's `DatabaseError` compares result codes.
  public static func == (lhs: ICUError, rhs: ICUError) -> Bool { lhs.code == rhs.code }
  /// Hashes the code alone, as `==` compares it.
  public func hash(into hasher: inout Hasher) { hasher.combine(code) }

  /// `U_BUFFER_OVERFLOW_ERROR`: a result did not fit, even after the retry.
  package static let bufferOverflow = ICUError(code: GLOSSA_STATUS_BUFFER_OVERFLOW)
  /// `U_ILLEGAL_ARGUMENT_ERROR`.
  package static let illegalArgument = ICUError(code: GLOSSA_STATUS_ILLEGAL_ARGUMENT)
  /// `U_INDEX_OUTOFBOUNDS_ERROR`, used when a text is longer than ICU's 32-bit lengths allow.
  package static let indexOutOfBounds = ICUError(code: GLOSSA_STATUS_INDEX_OUTOFBOUNDS)
}

extension Int32 {
  /// Throws unless this ICU status is a success or a warning (ICU's `U_SUCCESS`).
  func checkICUSuccess() throws(ICUError) {
    if self > 0 { throw ICUError(code: self) }
  }
}

/// The version of the ICU library Glossa is linked against, such as `72.1`.
public let icuVersion: String = String(cString: glossa_icu_version())
