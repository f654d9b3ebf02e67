import ArgumentParser
import Foundation
import GlossaGlossary

/// `--glossary PATH…`: which glossaries to use; the shipped ones when none is given.
struct GlossaryOptions: ParsableArguments {
  @Option(
    name: .customLong("glossary"),
    help: ArgumentHelp(
      "A glossary file (.glossary, .tbx, .tsv, .csv) or a folder of them; repeatable. Default: the shipped glossaries.",
      valueName: "PATH"))
  var paths: [String] = []

  /// Loads the glossaries, printing warnings to standard error.
  ///
  /// - Throws: `ExitCode` 65 (malformed) or 66 (missing) after printing the error.
  func load() throws -> Glossary {
    guard !paths.isEmpty else { return Glossary.shipped }
    return try loadGlossary(paths: paths)
  }
}

/// Loads glossary files or folders, printing warnings to standard error.
///
/// - Throws: `ExitCode` 65 (malformed) or 66 (missing) after printing the error.
func loadGlossary(paths: [String]) throws -> Glossary {
  do {
    let (glossary, warnings) = try Glossary.load(paths: paths)
    for warning in warnings { printDiagnostic(warning.description) }
    LoadedGlossaries.shared.keep(glossary)
    return glossary
  } catch {
    throw reported(error)
  }
}

/// Glossaries loaded by this run, held until the process exits. A large glossary's index is
/// hundreds of thousands of small objects: letting the exit reclaim the memory at once is
/// faster than releasing them one by one when the command returns.
private final class LoadedGlossaries: @unchecked Sendable {
  static let shared = LoadedGlossaries()
  private let lock = NSLock()
  private var glossaries: [Glossary] = []

  func keep(_ glossary: Glossary) {
    lock.lock()
    defer { lock.unlock() }
    glossaries.append(glossary)
  }
}
