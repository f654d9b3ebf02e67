import ArgumentParser
import GlossaMemory
import GlossaServer
import GlossaText
import Hummingbird
import Logging

extension GlossaCommand {
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Serve Glossa's checks over HTTP: a JSON API and LanguageTool's /v2/check.",
      discussion: """
        Routes: GET /healthz, GET /openapi.json (the API described), POST /v1/lint, /v1/lookup, \
        /v1/variants, /v1/translit, /v1/normalize, /v1/segment, and with --tm /v1/tm/search, \
        /v1/tm/concordance, /v1/tm/units (POST adds units; GET /v1/tm/units/TUID), \
        /v1/glossary/entries (GET; POST and PUT write to the --glossary file when it is one \
        .glossary or .tbx file), all JSON; \
        and LanguageTool's POST /v2/check and GET /v2/languages, so that tools that can use a \
        LanguageTool server (browser add-ons, LibreOffice, editor plug-ins) show Glossa's \
        findings. Errors are problem+json. The server binds to the loopback address unless \
        --host says otherwise; beyond it, writes need the token of --token-file. Bodies are \
        limited to 2 MB; a request whose work takes longer than --time-limit is answered 503. SIGINT or SIGTERM stops it after the requests in flight are answered.

        Examples:
          glossa serve
          glossa serve --port 8081 --glossary glossaries/ --tm news.sqlite
          curl -s localhost:8080/v2/check -d language=el --data-urlencode text@article.txt
        """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(
      help: ArgumentHelp("A Greek word list (Hunspell el_GR.dic). Default: the installed one.", valueName: "PATH"))
    var lexicon: String?

    @Option(
      help: ArgumentHelp(
        "A translation memory (made by 'glossa tm'), a file or a postgres:// URL, for the /v1/tm routes.",
        valueName: "PATH|URL"))
    var tm: String?

    @Option(
      help: ArgumentHelp(
        "A file holding the token writes must carry (Authorization: Bearer); needed for writes beyond loopback.",
        valueName: "FILE"))
    var tokenFile: String?

    @Option(help: ArgumentHelp("A web origin whose pages may call the server (CORS); repeatable.", valueName: "ORIGIN"))
    var allowOrigin: [String] = []

    @Option(
      help: ArgumentHelp(
        "How long a request's work may take, queueing included, before it is answered 503.", valueName: "SECONDS"))
    var timeLimit = 10.0

    func validate() throws {
      guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
      guard timeLimit > 0, timeLimit <= 3600 else {
        throw ValidationError("--time-limit must be above 0 and at most 3600")
      }
    }

    /// Whether `host` is a loopback address, where only this machine's programs can connect.
    static func isLoopback(_ host: String) -> Bool {
      host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    func run() async throws {
      // Entries written through the API go to the glossary file, when there is exactly one.
      let paths = glossaryOptions.paths
      let glossaryFile =
        paths.count == 1 && FileTree.kind(of: paths[0]) == .file
          && (paths[0].hasSuffix(".glossary") || paths[0].hasSuffix(".tbx")) ? paths[0] : nil
      let service = GlossaService(
        glossary: try glossaryOptions.load(), glossaryFile: glossaryFile, lexicon: try loadLexicon(path: lexicon),
        memory: try openMemory(), writeToken: try readToken(), loopbackOnly: Self.isLoopback(host),
        budget: TimeBudget(seconds: timeLimit))
      var logger = Logger(label: "glossa")
      logger.logLevel = .info
      let app = Application(
        router: GlossaRoutes.router(service: service, allowedOrigins: allowOrigin),
        configuration: .init(address: .hostname(host, port: port), serverName: "glossa/\(Glossa.version)"),
        logger: logger)
      try await app.runService()
    }

    private func readToken() throws -> String? {
      guard let tokenFile else { return nil }
      let token: String
      do {
        token = try TextFile.read(tokenFile).trimmingCharacters(in: .whitespacesAndNewlines)
      } catch {
        throw reported(error)
      }
      guard !token.isEmpty else {
        printDiagnostic("error: \(tokenFile): the token file is empty")
        throw ExitStatus.dataError
      }
      return token
    }

    private func openMemory() throws -> (any MemoryStore)? {
      guard let tm else { return nil }
      // One connection per thread of the pool that runs database work.
      return try MemoryOptions.open(tm, creating: false, connections: System.processorCount + 1)
    }
  }
}
