import ArgumentParser
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
        /v1/variants, /v1/translit (JSON in and out), and LanguageTool's POST /v2/check and GET \
        /v2/languages, so that tools that can use a LanguageTool server (browser add-ons, \
        LibreOffice, editor plug-ins) show Glossa's findings. Errors are problem+json. The \
        server binds to the loopback address unless --host says otherwise; bodies are limited \
        to 2 MB. SIGINT or SIGTERM stops it after the requests in flight are answered.

        Examples:
          glossa serve
          glossa serve --port 8081 --glossary glossaries/
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

    func validate() throws {
      guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func run() async throws {
      let service = GlossaService(glossary: try glossaryOptions.load(), lexicon: try loadLexicon(path: lexicon))
      var logger = Logger(label: "glossa")
      logger.logLevel = .info
      let app = Application(
        router: GlossaRoutes.router(service: service),
        configuration: .init(address: .hostname(host, port: port), serverName: "glossa/\(Glossa.version)"),
        logger: logger)
      try await app.runService()
    }
  }
}
