import ArgumentParser
import GlossaText

/// The exit statuses `glossa` uses beyond 0 and ArgumentParser's 64 (usage), from the
/// sysexits values: the one place where an error's category becomes a status.
enum ExitStatus {
  /// `EX_DATAERR`: an input was malformed (invalid UTF-8, bad TMX/TBX, a bad configuration).
  static let dataError = ExitCode(65)
  /// `EX_NOINPUT`: an input file was missing or unreadable.
  static let noInput = ExitCode(66)
  /// `EX_UNAVAILABLE`: a resource cannot serve (a memory from a newer Glossa).
  static let unavailable = ExitCode(69)
  /// `EX_SOFTWARE`: Glossa caught itself about to write something wrong.
  static let internalError = ExitCode(70)
  /// `EX_TEMPFAIL`: a resource is busy (a memory locked by another process); try again.
  static let temporaryFailure = ExitCode(75)

  /// The status for an error: by its ``ErrorCategory`` when it has one, 1 otherwise.
  static func code(for error: any Error) -> ExitCode {
    if let code = error as? ExitCode { return code }
    guard let error = error as? any CategorizedError else { return .failure }
    return code(for: error.category)
  }

  /// The status for a category of failure.
  static func code(for category: ErrorCategory) -> ExitCode {
    switch category {
    case .malformedInput: dataError
    case .missingInput: noInput
    case .busy: temporaryFailure
    case .unavailable: unavailable
    case .failure: .failure
    }
  }
}

/// Prints `error` on standard error and returns the status it calls for, to be thrown.
func reported(_ error: any Error) -> ExitCode {
  printDiagnostic("error: \(error)")
  return ExitStatus.code(for: error)
}
