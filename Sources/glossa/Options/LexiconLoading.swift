import GlossaText

/// The lexicon named with `--lexicon`, else the installed one; without one, the command still
/// runs and says so once on standard error.
///
/// - Throws: `ExitCode` 65 or 66 after printing the error, when the named list cannot be read.
func loadLexicon(path: String?) throws -> Lexicon? {
  if let path {
    do {
      return try Lexicon(contentsOf: path)
    } catch {
      throw reported(error)
    }
  }
  if let installed = Lexicon.installed() { return installed }
  printDiagnostic(
    "warning: no Greek lexicon found (install hunspell-el, or pass --lexicon PATH); "
      + "names are told from common words less well")
  return nil
}
