import ArgumentParser
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
    return glossary
  } catch {
    throw reported(error)
  }
}
