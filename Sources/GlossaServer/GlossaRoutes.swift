import Foundation
import GlossaNames
import GlossaText
import Hummingbird

/// The server's routes: the JSON API under `/v1`, LanguageTool's `/v2/check` and
/// `/v2/languages`, `/healthz` and `/openapi.json`.
public enum GlossaRoutes {
  /// A router serving `service`; every error is answered as problem details.
  ///
  /// - Parameter allowedOrigins: Web origins whose pages may call the server (CORS); none by
  ///   default.
  public static func router(service: GlossaService, allowedOrigins: [String] = []) -> Router<BasicRequestContext> {
    let router = Router()
    if !allowedOrigins.isEmpty { router.add(middleware: AllowedOrigins(origins: Set(allowedOrigins))) }
    router.add(middleware: RequestMetrics(registry: service.metrics))
    router.add(middleware: ProblemMiddleware())
    router.add(middleware: LogRequestsMiddleware(.info))
    router.get("/") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }
    router.get("healthz") { _, _ in "ok\n" }
    router.get("metrics") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: service.metrics.emitToString())))
    }
    router.get("openapi.json") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "application/json"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: openAPIDocument)))
    }
    router.post("v1/lint") { request, context -> LintResponse in
      let body = try await request.decode(as: LintRequest.self, context: context)
      let name =
        switch body.format {
        case nil, "text": "text.txt"
        case "markdown": "text.md"
        case "html": "text.html"
        default: throw ProblemDetails(.badRequest, "format must be text, markdown or html")
        }
      let (document, findings) = try await service.lint(body.text, name: name)
      return LintResponse(findings: findings, in: document)
    }
    router.post("v1/lookup") { request, context -> LookupResponse in
      let body = try await request.decode(as: LookupRequest.self, context: context)
      guard body.terms.count <= 10_000 else { throw ProblemDetails(.contentTooLarge, "at most 10,000 terms a request") }
      let glossary = service.glossary
      return try await service.work {
        LookupResponse(results: body.terms.map { .init(query: $0, match: glossary.bestMatch(for: $0)) })
      }
    }
    router.post("v1/names") { request, context -> NamesResponse in
      let body = try await request.decode(as: NamesRequest.self, context: context)
      let glossary = service.glossary
      return try await service.work { NamesResponse(text: body.text, glossary: glossary) }
    }
    router.post("v1/variants") { request, context -> VariantsResponse in
      let body = try await request.decode(as: VariantsRequest.self, context: context)
      let comparison = service.matcher.compare(body.a, body.b)
      return VariantsResponse(
        same: comparison.relation.isSameName, relation: comparison.relation.rawValue, score: comparison.score,
        detail: comparison.detail)
    }
    router.post("v1/translit") { request, context -> TranslitResponse in
      let body = try await request.decode(as: TranslitRequest.self, context: context)
      let name = body.scheme ?? TransliterationScheme.elot743.rawValue
      guard let scheme = TransliterationScheme(rawValue: name) else {
        let known = TransliterationScheme.allCases.map(\.rawValue).joined(separator: ", ")
        throw ProblemDetails(.badRequest, "unknown scheme '\(name)'; known: \(known)")
      }
      return TranslitResponse(text: try scheme.makeTransliterator().transliterated(body.text), scheme: scheme.rawValue)
    }
    router.post("v1/normalize") { request, context -> NormalizeResponse in
      try TextAPI.normalize(try await request.decode(as: NormalizeRequest.self, context: context))
    }
    router.post("v1/segment") { request, context -> SegmentResponse in
      try TextAPI.segment(try await request.decode(as: SegmentRequest.self, context: context))
    }
    router.post("v1/tm/search") { request, context -> SearchResponse in
      let body = try await request.decode(as: SearchRequest.self, context: context)
      let memory = try service.requireMemory()
      return try await service.work { try MemoryAPI.search(body, in: memory) }
    }
    router.post("v1/tm/concordance") { request, context -> ConcordanceResponse in
      let body = try await request.decode(as: ConcordanceRequest.self, context: context)
      let memory = try service.requireMemory()
      return try await service.work { try MemoryAPI.concordance(body, in: memory) }
    }
    router.post("v1/tm/units") { request, context -> AddUnitsResponse in
      try service.authorizeWrite(request.headers[.authorization])
      let body = try await request.decode(as: AddUnitsRequest.self, context: context)
      let memory = try service.requireMemory()
      return try await service.work(writes: true) { try MemoryAPI.add(body, to: memory) }
    }
    router.get("v1/tm/units/:tuid") { _, context -> UnitsResponse in
      let tuid = try context.parameters.require("tuid")
      let memory = try service.requireMemory()
      return try await service.work { try MemoryAPI.units(withTuid: tuid, in: memory) }
    }
    router.post("v1/align") { request, context -> Response in
      let body = try await request.decode(as: AlignRequest.self, context: context)
      let glossary = service.glossary
      let document = try await service.work { try AlignAPI.document(body, glossary: glossary) }
      return try AlignAPI.response(body, document: document, for: request, context: context)
    }
    router.get("v1/glossary/entries") { request, _ -> EntriesResponse in
      try GlossaryAPI.entries(in: service.glossary, query: request.uri.queryParameters)
    }
    router.post("v1/glossary/entries") { request, context -> Response in
      try service.authorizeWrite(request.headers[.authorization])
      let entry = try await request.decode(as: EntryBody.self, context: context).entry()
      _ = try await service.work(writes: true) { try service.write(entry, replacing: false) }
      var response = try EntryBody(entry).response(from: request, context: context)
      response.status = .created
      return response
    }
    router.put("v1/glossary/entries/:id") { request, context -> EntryBody in
      try service.authorizeWrite(request.headers[.authorization])
      let entry = try await request.decode(as: EntryBody.self, context: context).entry()
      guard entry.id == context.parameters.get("id") else {
        throw ProblemDetails(.badRequest, "the entry's id must be the one in the path")
      }
      _ = try await service.work(writes: true) { try service.write(entry, replacing: true) }
      return EntryBody(entry)
    }
    router.get("v1/glossary/entries/:id") { _, context -> EntryBody in
      let id = try context.parameters.require("id")
      guard let entry = service.glossary.entry(withID: id) else {
        throw ProblemDetails(.notFound, "no glossary entry '\(id)'")
      }
      return EntryBody(entry)
    }
    router.post("v2/check") { request, context -> CheckResponse in
      var request = request
      let buffer = try await request.collectBody(upTo: context.maxUploadSize)
      let form: CheckForm
      do {
        form = try URLEncodedFormDecoder().decode(CheckForm.self, from: String(buffer: buffer))
      } catch {
        throw ProblemDetails(.badRequest, "the body is not a form with 'text' or 'data'")
      }
      let text = try LanguageToolCheck.text(of: form)
      let (_, findings) = try await service.lint(text, name: "text.txt")
      return LanguageToolCheck.response(findings: findings, text: text, language: form.language ?? "el")
    }
    router.get("v2/languages") { _, _ in LanguageList(languages: LanguageToolCheck.languages) }
    return router
  }

  /// Every route the router serves, as method and path: what the OpenAPI document must describe.
  public static let published: [(method: String, path: String)] = [
    ("get", "/"), ("get", "/healthz"), ("get", "/metrics"), ("get", "/openapi.json"), ("post", "/v1/lint"),
    ("post", "/v1/lookup"), ("post", "/v1/names"),
    ("post", "/v1/variants"), ("post", "/v1/translit"), ("post", "/v1/normalize"), ("post", "/v1/segment"),
    ("post", "/v1/align"), ("get", "/v1/glossary/entries"), ("post", "/v1/glossary/entries"),
    ("get", "/v1/glossary/entries/{id}"), ("put", "/v1/glossary/entries/{id}"),
    ("post", "/v1/tm/search"), ("post", "/v1/tm/concordance"), ("post", "/v1/tm/units"), ("get", "/v1/tm/units/{tuid}"),
    ("post", "/v2/check"), ("get", "/v2/languages"),
  ]

  /// The checker's page (`Embedded/index.html`): static HTML, CSS and JavaScript, no network
  /// beyond this server.
  static var page: String { EmbeddedData.files["index.html"] ?? "" }

  /// The OpenAPI 3.1 document describing the routes (`Embedded/openapi.json`).
  public static var openAPIDocument: String { EmbeddedData.files["openapi.json"] ?? "{}" }
}
