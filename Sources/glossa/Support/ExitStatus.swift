import ArgumentParser
import GlossaText

/// The sysexits values `glossa` uses beyond 0, 1 and ArgumentParser's 64 (usage).
enum ExitStatus {
  /// `EX_DATAERR`: an input was malformed (invalid UTF-8, bad TMX/TBX).
  static let dataError = ExitCode(65)
  /// `EX_NOINPUT`: an input file was missing or unreadable.
  static let noInput = ExitCode(66)

  /// The status for a failed input: 66 when it is missing or unreadable, 65 otherwise.
  static func forInputError(_ error: any Error) -> ExitCode {
    if let error = error as? TextInputError { return error.isDataError ? dataError : noInput }
    return dataError
  }
}
