import GlossaDiagnostics
import GlossaGlossary
import GlossaLint
import GlossaMemory
import GlossaNames
import GlossaText
import Prometheus

/// What the server's routes share: the glossary, the lexicon, the linter and the translation
/// memory, loaded once and used from every request at once.
public final class GlossaService: Sendable {
  /// The glossary and the linter that checks against it: replaced together when an entry is
  /// written.
  private final class Checking: @unchecked Sendable {
    private let lock = Lock()
    // Guarded by `lock`.
    private var current: (glossary: Glossary, linter: Linter)

    init(_ current: (glossary: Glossary, linter: Linter)) { self.current = current }

    var value: (glossary: Glossary, linter: Linter) { lock.withLock { current } }

    func replace(_ value: (glossary: Glossary, linter: Linter)) { lock.withLock { current = value } }
  }

  /// The glossary names are checked against (the latest, when entries are written).
  public var glossary: Glossary { checking.value.glossary }
  /// The glossary file entries are written to, when the server was given exactly one.
  let glossaryFile: String?
  /// The word list that tells names from common words, if one was found.
  public let lexicon: Lexicon?
  /// The translation memory the `/v1/tm` routes search and add to, if one was given.
  package let memory: (any MemoryStore)?
  /// What a request that writes must carry as `Authorization: Bearer …`; `nil` when writes need
  /// no token (a server on the loopback address without a token file).
  let writeToken: String?
  /// Whether writes are refused outright: a server beyond loopback without a token.
  let refusesWrites: Bool
  private let checking: Checking
  private let configuration: LintConfiguration
  /// Writes of the glossary, one at a time.
  private let glossaryWrites = Lock()
  let matcher = VariantMatcher()
  /// How long a request's work may take.
  let budget: TimeBudget
  /// Request counts and times, served at `/metrics`.
  let metrics = PrometheusCollectorRegistry()

  /// A service over `glossary`, `lexicon` and `memory`, linting with `configuration`.
  ///
  /// - Parameters:
  ///   - writeToken: The token writes must carry; without one, a server that listens beyond the
  ///     loopback address (`loopbackOnly` false) refuses every write.
  ///   - glossaryFile: The file `glossary` was read from, when it is one `.glossary` or `.tbx`
  ///     file: entries written through the API go there.
  ///   - budget: How long a request's work may take before it is answered 503.
  package init(
    glossary: Glossary = .shipped, glossaryFile: String? = nil, lexicon: Lexicon?, memory: (any MemoryStore)? = nil,
    configuration: LintConfiguration = LintConfiguration(), writeToken: String? = nil, loopbackOnly: Bool = true,
    budget: TimeBudget = TimeBudget(seconds: 10)
  ) {
    self.budget = budget
    self.glossaryFile = glossaryFile
    self.configuration = configuration
    checking = Checking((glossary, Linter(configuration: configuration, glossary: glossary, lexicon: lexicon)))
    self.lexicon = lexicon
    self.memory = memory
    self.writeToken = writeToken
    refusesWrites = writeToken == nil && !loopbackOnly
  }

  /// The findings in `text`, as a document named `name` (its extension says whether it is
  /// Markdown or HTML).
  ///
  /// Linting is work for the processor alone: it runs on a pool of one thread per core that
  /// takes requests in order of arrival, so a burst of requests is answered first come, first
  /// served, and the event loops stay free for the network.
  func lint(_ text: String, name: String) async throws -> (document: Document, findings: [Finding]) {
    let linter = checking.value.linter
    return try await work {
      let document = Document(path: name, text: text)
      return (document, try linter.lint(document))
    }
  }

  /// Runs `body`, work for the processor or the database, on the pool of one thread per core
  /// that takes work in order of arrival, within the request's time budget.
  ///
  /// - Parameter writes: Whether `body` writes; a write once started is never cut short.
  func work<T: Sendable>(writes: Bool = false, _ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await budget.run(writes: writes, body)
  }

  /// The memory, or the problem of a server started without one.
  func requireMemory() throws -> any MemoryStore {
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

  /// Writes `entry` into the glossary file, as a new entry or in place of the one with its id,
  /// and checks against the new glossary from then on. The file is written atomically; an entry
  /// that breaks the glossary's self-tests (a form another entry claims, an example that does
  /// not behave) is refused and nothing is written.
  ///
  /// - Returns: Whether the entry is new.
  func write(_ entry: GlossaryEntry, replacing: Bool) throws -> Bool {
    guard let glossaryFile else {
      throw ProblemDetails(
        .conflict, "the server's glossary is not one file it can write: start it with --glossary FILE")
    }
    return try glossaryWrites.withLock { () throws -> Bool in
      var entries = glossary.entries
      let index = entries.firstIndex { $0.id == entry.id }
      switch (index, replacing) {
      case (nil, true): throw ProblemDetails(.notFound, "no glossary entry '\(entry.id)'")
      case (.some, false): throw ProblemDetails(.conflict, "an entry '\(entry.id)' exists: update it with PUT")
      case (let index?, true): entries[index] = entry
      case (nil, false): entries.append(entry)
      }
      let updated = Glossary(entries: entries)
      let before = Set(glossary.validationFailures())
      if let failure = updated.validationFailures().first(where: { !before.contains($0) }) {
        throw ProblemDetails(.unprocessableContent, failure)
      }
      let text =
        glossaryFile.hasSuffix(".tbx")
        ? TBXWriter.document(entries, version: .v3) : NativeGlossaryFormat.write(entries)
      do {
        try TextFile.writeAtomically(text, to: glossaryFile)
      } catch {
        throw ProblemDetails(.internalServerError, "\(error)")
      }
      checking.replace((updated, Linter(configuration: configuration, glossary: updated, lexicon: lexicon)))
      return index == nil
    }
  }
}
