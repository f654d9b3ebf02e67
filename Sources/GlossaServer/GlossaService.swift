import GlossaDiagnostics
import GlossaGlossary
import GlossaLint
import GlossaMemory
import GlossaNames
import GlossaText
import NIOPosix
import Prometheus

/// What the server's routes share: the glossary, the lexicon, the linter and the translation
/// memory, loaded once and used from every request at once.
public final class GlossaService: Sendable {
  /// The glossary names are checked against.
  public let glossary: Glossary
  /// The word list that tells names from common words, if one was found.
  public let lexicon: Lexicon?
  /// The translation memory the `/v1/tm` routes search and add to, if one was given.
  public let memory: TranslationMemory?
  /// What a request that writes must carry as `Authorization: Bearer …`; `nil` when writes need
  /// no token (a server on the loopback address without a token file).
  let writeToken: String?
  /// Whether writes are refused outright: a server beyond loopback without a token.
  let refusesWrites: Bool
  let linter: Linter
  let matcher = VariantMatcher()
  /// Request counts and times, served at `/metrics`.
  let metrics = PrometheusCollectorRegistry()

  /// A service over `glossary`, `lexicon` and `memory`, linting with `configuration`.
  ///
  /// - Parameters:
  ///   - writeToken: The token writes must carry; without one, a server that listens beyond the
  ///     loopback address (`loopbackOnly` false) refuses every write.
  public init(
    glossary: Glossary = .shipped, lexicon: Lexicon?, memory: TranslationMemory? = nil,
    configuration: LintConfiguration = LintConfiguration(), writeToken: String? = nil, loopbackOnly: Bool = true
  ) {
    self.glossary = glossary
    self.lexicon = lexicon
    self.memory = memory
    self.writeToken = writeToken
    refusesWrites = writeToken == nil && !loopbackOnly
    linter = Linter(configuration: configuration, glossary: glossary, lexicon: lexicon)
  }

  /// The findings in `text`, as a document named `name` (its extension says whether it is
  /// Markdown or HTML).
  ///
  /// Linting is work for the processor alone: it runs on a pool of one thread per core that
  /// takes requests in order of arrival, so a burst of requests is answered first come, first
  /// served, and the event loops stay free for the network.
  func lint(_ text: String, name: String) async throws -> (document: Document, findings: [Finding]) {
    let linter = linter
    return try await work {
      let document = Document(path: name, text: text)
      return (document, try linter.lint(document))
    }
  }

  /// Runs `body`, work for the processor or the database, on the pool of one thread per core
  /// that takes work in order of arrival.
  func work<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await NIOThreadPool.singleton.runIfActive(body)
  }

  /// The memory, or the problem of a server started without one.
  func requireMemory() throws -> TranslationMemory {
    guard let memory else {
      throw ProblemDetails(.notFound, "no translation memory: start the server with --tm PATH")
    }
    return memory
  }

  /// Checks that a request may write: it carries the token, when one is needed.
  func authorizeWrite(_ authorization: String?) throws {
    if refusesWrites {
      throw ProblemDetails(.forbidden, "this server takes no writes: start it with --token-file to allow them")
    }
    guard let writeToken else { return }
    guard authorization == "Bearer \(writeToken)" else {
      throw ProblemDetails(.unauthorized, "writing needs 'Authorization: Bearer' with the server's token")
    }
  }
}
