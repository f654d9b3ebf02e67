import GlossaDiagnostics
import GlossaGlossary
import GlossaLint
import GlossaNames
import GlossaText

/// What the server's routes share: the glossary, the lexicon and the linter, loaded once and
/// used from every request at once.
public final class GlossaService: Sendable {
  /// The glossary names are checked against.
  public let glossary: Glossary
  /// The word list that tells names from common words, if one was found.
  public let lexicon: Lexicon?
  let linter: Linter
  let matcher = VariantMatcher()

  /// A service over `glossary` and `lexicon`, linting with `configuration`.
  public init(glossary: Glossary = .shipped, lexicon: Lexicon?, configuration: LintConfiguration = LintConfiguration())
  {
    self.glossary = glossary
    self.lexicon = lexicon
    linter = Linter(configuration: configuration, glossary: glossary, lexicon: lexicon)
  }

  /// The findings in `text`, as a document named `name` (its extension says whether it is
  /// Markdown or HTML).
  func lint(_ text: String, name: String) throws -> (document: Document, findings: [Finding]) {
    let document = Document(path: name, text: text)
    return (document, try linter.lint(document))
  }
}
