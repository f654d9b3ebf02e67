/// What kind of failure an error is, so that a program can react to the kind without reading
/// the message: the `glossa` command maps each to one exit status.
///
/// | category | meaning | `glossa` exits with |
/// | --- | --- | --- |
/// | ``malformedInput`` | the data is wrong: invalid UTF-8, malformed TMX/TBX, a bad configuration | 65 |
/// | ``missingInput`` | a named input does not exist or cannot be read | 66 |
/// | ``busy`` | a resource is held by another process (a locked memory); try again later | 75 |
/// | ``unavailable`` | a resource cannot serve at all (a memory of a newer schema) | 69 |
/// | ``failure`` | anything else: a failed write, an ICU failure | 1 |
public enum ErrorCategory: String, Hashable, Sendable, CaseIterable {
  case malformedInput
  case missingInput
  case busy
  case unavailable
  case failure
}

/// An error of one of Glossa's modules: a one-line description naming the file (and line
/// where there is one), and a category.
///
/// Every module has one such error type (``TextInputError``, `XMLSyntaxError`,
/// `GlossaryIssue`, `MemoryError`, …), so a caller can handle all of them alike:
///
///     do { … } catch let error as any CategorizedError {
///       print(error.description)
///       if error.category == .busy { retry() }
///     }
public protocol CategorizedError: Error, CustomStringConvertible {
  /// What kind of failure this is.
  var category: ErrorCategory { get }
}

extension TextInputError: CategorizedError {
  /// ``ErrorCategory/malformedInput`` for bad content, ``ErrorCategory/missingInput`` for a
  /// missing or unreadable file.
  public var category: ErrorCategory { isDataError ? .malformedInput : .missingInput }
}

extension TextOutputError: CategorizedError {
  /// Always ``ErrorCategory/failure``.
  public var category: ErrorCategory { .failure }
}
