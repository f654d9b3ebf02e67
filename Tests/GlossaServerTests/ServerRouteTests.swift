import Foundation
import GlossaGlossary
import GlossaMemory
import GlossaServer
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route of `glossa serve`, through Hummingbird's router test framework (no sockets).
@Suite("Server routes")
struct ServerRouteTests {
  static let service = GlossaService(glossary: .shipped, lexicon: nil)

  static func app() -> some ApplicationProtocol { Application(router: GlossaRoutes.router(service: service)) }

  static func json(_ body: ByteBuffer) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(String(buffer: body).utf8)) as? [String: Any])
  }

  static func post(_ client: some TestClientProtocol, _ uri: String, json: String) async throws -> TestResponse {
    try await client.execute(
      uri: uri, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: json))
  }

  @Test("The page is served whole, with nothing fetched from elsewhere")
  func page() async throws {
    try await Self.app().test(.router) { client in
      let response = try await client.execute(uri: "/", method: .get)
      #expect(response.status == .ok)
      #expect(response.headers[.contentType] == "text/html; charset=utf-8")
      let html = String(buffer: response.body)
      #expect(html.hasPrefix("<!doctype html>"))
      for part in [
        #"<textarea id="text""#, #"id="findings""#, #"fetch(path"#, #""/v1/lint""#, #"<label for="text""#,
        #"id="align-view""#, #""/v1/align""#, #""/v1/tm/units""#, #"<label for="source""#, #"<label for="target""#,
      ] {
        #expect(html.contains(part), "\(part)")
      }
      #expect(!html.contains("http://") && !html.contains("https://"))
    }
  }

  @Test("healthz answers")
  func health() async throws {
    try await Self.app().test(.router) { client in
      let response = try await client.execute(uri: "/healthz", method: .get)
      #expect(response.status == .ok)
      #expect(String(buffer: response.body) == "ok\n")
    }
  }

  @Test("lint gives the command's findings, with UTF-16 offsets and fixes")
  func lint() async throws {
    // An emoji before the names: UTF-16 offsets differ from scalar columns by one after it.
    let text = "😀 Η Πιονγκγιάνγκ και η Πιονγιάνγκ."
    try await Self.app().test(.router) { client in
      let response = try await Self.post(client, "/v1/lint", json: #"{"text": "\#(text)"}"#)
      #expect(response.status == .ok)
      let findings = try #require(try Self.json(response.body)["findings"] as? [[String: Any]])
      let finding = try #require(findings.first { $0["rule"] as? String == "inconsistent-spelling" })
      let offset = try #require(finding["offset"] as? Int)
      let length = try #require(finding["length"] as? Int)
      let units = Array(text.utf16)
      #expect(String(decoding: units[offset..<offset + length], as: UTF16.self) == "Πιονγιάνγκ")
      #expect(finding["column"] as? Int == offset)  // one scalar fewer than UTF-16 units
      #expect(finding["suggestion"] as? String == "Πιονγκγιάνγκ")
      let fix = try #require(finding["fix"] as? [String: Any])
      #expect(fix["text"] as? String == "Πιονγκγιάνγκ")
    }
  }

  @Test("lookup, variants and translit answer as the commands do")
  func names() async throws {
    try await Self.app().test(.router) { client in
      let lookup = try Self.json(
        try await Self.post(client, "/v1/lookup", json: #"{"terms": ["Κρεμλίνου", "Χωριουδάκι"]}"#).body)
      let results = try #require(lookup["results"] as? [[String: Any]])
      #expect(results.count == 2)
      #expect(results[0]["match"] as? String == "kremlin")
      #expect(results[0]["reason"] as? String == "inflection")
      #expect(results[1]["match"] is NSNull)
      let names = try Self.json(
        try await Self.post(client, "/v1/names", json: #"{"text": "😀 Στην Πιονγιάνγκ και στο Κρεμλίνο."}"#).body)
      let found = try #require(names["names"] as? [[String: Any]])
      #expect(found.map { $0["entry"] as? String } == ["pyongyang", "kremlin"])
      #expect(found.first?["offset"] as? Int == 8)
      #expect((found.first?["forms"] as? [String])?.contains("Πιονγκγιάνγκ") == true)
      let variants = try Self.json(
        try await Self.post(client, "/v1/variants", json: #"{"a": "Πιονγκγιάνγκ", "b": "Πιονγιάνγκ"}"#).body)
      #expect(variants["same"] as? Bool == true)
      #expect(variants["relation"] as? String == "variant")
      let translit = try Self.json(try await Self.post(client, "/v1/translit", json: #"{"text": "Αθήνα"}"#).body)
      #expect(translit["text"] as? String == "Athina")
    }
  }

  @Test("LanguageTool's check and languages, from a form with text or annotated data")
  func languageTool() async throws {
    try await Self.app().test(.router) { client in
      let form =
        "language=el-GR&text=" + "Η Πιονγκγιάνγκ και η Πιονγιάνγκ."
        .addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
      let response = try await client.execute(
        uri: "/v2/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(string: form))
      #expect(response.status == .ok)
      let answer = try Self.json(response.body)
      #expect((answer["software"] as? [String: Any])?["name"] as? String == "Glossa")
      let match = try #require((answer["matches"] as? [[String: Any]])?.first)
      #expect(match["offset"] as? Int == 21)
      #expect(match["length"] as? Int == 10)
      #expect((match["replacements"] as? [[String: Any]])?.first?["value"] as? String == "Πιονγκγιάνγκ")
      #expect((match["rule"] as? [String: Any])?["id"] as? String == "inconsistent-spelling")
      let context = try #require(match["context"] as? [String: Any])
      #expect(context["length"] as? Int == 10)

      // Markup counts in the offsets but is not checked.
      let data = #"{"annotation":[{"markup":"<b>"},{"text":"Η Πιονγκγιάνγκ και η Πιονγιάνγκ."},{"markup":"</b>"}]}"#
      let annotated = try Self.json(
        try await client.execute(
          uri: "/v2/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(
            string: "language=el&data=" + data.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        ).body)
      #expect((annotated["matches"] as? [[String: Any]])?.first?["offset"] as? Int == 24)

      let languages = try await client.execute(uri: "/v2/languages", method: .get)
      let list = try #require(
        try JSONSerialization.jsonObject(with: Data(String(buffer: languages.body).utf8)) as? [[String: Any]])
      #expect(list.contains { $0["code"] as? String == "el" })
    }
  }

  @Test("Bad input is answered with problem details, never a crash")
  func badInput() async throws {
    try await Self.app().test(.router) { client in
      for (uri, body) in [
        ("/v1/lint", "{not json"), ("/v1/lint", #"{"text": 5}"#), ("/v1/lint", #"{"text": "x", "format": "pdf"}"#),
        ("/v1/variants", #"{"a": "x"}"#), ("/v1/translit", #"{"text": "x", "scheme": "nope"}"#),
      ] {
        let response = try await Self.post(client, uri, json: body)
        #expect(response.status == .badRequest, "\(uri) \(body)")
        #expect(response.headers[.contentType] == "application/problem+json")
        let problem = try Self.json(response.body)
        #expect(problem["status"] as? Int == 400)
        #expect(!(problem["detail"] as? String ?? "").isEmpty)
      }
      // Invalid UTF-8 in the text of a form.
      let invalid = try await client.execute(
        uri: "/v2/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
        body: ByteBuffer(bytes: Array("language=el&text=".utf8) + [0xFF, 0xFE]))
      #expect(invalid.status == .ok || invalid.status == .badRequest)
      // A body over the limit.
      let huge = String(repeating: "α", count: 1_100_000)
      let tooLarge = try await Self.post(client, "/v1/lint", json: #"{"text": "\#(huge)"}"#)
      #expect(tooLarge.status == .contentTooLarge)
      #expect(tooLarge.headers[.contentType] == "application/problem+json")
      let missing = try await client.execute(uri: "/v1/nothing", method: .get)
      #expect(missing.status == .notFound)
    }
  }

  /// A memory in a temporary file with one unit, and a service over it.
  static func serviceWithMemory(token: String? = nil, loopbackOnly: Bool = true) throws -> GlossaService {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-serve-\(UUID().uuidString).sqlite")
      .path
    let memory = try TranslationMemory(path: path)
    _ = try memory.add([
      TranslationUnit(
        source: "Ο πρωθυπουργός επισκέφθηκε την Πιονγκγιάνγκ.", target: "The prime minister visited Pyongyang.",
        sourceLanguage: "el", targetLanguage: "en", id: "t1")
    ])
    return GlossaService(lexicon: nil, memory: memory, writeToken: token, loopbackOnly: loopbackOnly)
  }

  @Test("normalize and segment")
  func text() async throws {
    try await Self.app().test(.router) { client in
      let folded = try Self.json(
        try await Self.post(client, "/v1/normalize", json: #"{"text": "ΚΟΡΕΑΣ", "form": "fold"}"#).body)
      #expect(folded["text"] as? String == "κορεας")
      let segmented = try Self.json(
        try await Self.post(client, "/v1/segment", json: #"{"text": "Ο κ. Παπαδόπουλος ήρθε. Έφυγε νωρίς."}"#).body)
      let sentences = try #require(segmented["sentences"] as? [[String: Any]])
      #expect(sentences.map { $0["text"] as? String } == ["Ο κ. Παπαδόπουλος ήρθε.", "Έφυγε νωρίς."])
      #expect(sentences[1]["offset"] as? Int == 24)
    }
  }

  @Test("The memory: search, concordance, units by tuid, and adding units")
  func memory() async throws {
    let app = Application(router: GlossaRoutes.router(service: try Self.serviceWithMemory()))
    try await app.test(.router) { client in
      let search = try Self.json(
        try await Self.post(client, "/v1/tm/search", json: #"{"text": "Ο πρωθυπουργός επισκέφθηκε την Πιονγκγιάνγκ."}"#)
          .body)
      let match = try #require((search["matches"] as? [[String: Any]])?.first)
      #expect(match["score"] as? Double == 100)
      #expect((match["unit"] as? [String: Any])?["target"] as? String == "The prime minister visited Pyongyang.")
      let concordance = try Self.json(
        try await Self.post(client, "/v1/tm/concordance", json: #"{"text": "Pyongyang", "side": "target"}"#).body)
      #expect((concordance["hits"] as? [[String: Any]])?.count == 1)
      let added = try Self.json(
        try await Self.post(
          client, "/v1/tm/units",
          json:
            #"{"units": [{"source": "Καλημέρα.", "target": "Good morning.", "sourceLanguage": "el", "targetLanguage": "en", "tuid": "t2"}]}"#
        ).body)
      #expect(added["added"] as? Int == 1)
      let units = try Self.json(try await client.execute(uri: "/v1/tm/units/t2", method: .get).body)
      #expect((units["units"] as? [[String: Any]])?.first?["source"] as? String == "Καλημέρα.")
      let unknown = try await client.execute(uri: "/v1/tm/units/none", method: .get)
      #expect(unknown.status == .notFound)
      #expect(unknown.headers[.contentType] == "application/problem+json")
    }
    // Without a memory, the routes say how to get one.
    try await Self.app().test(.router) { client in
      let response = try await Self.post(client, "/v1/tm/search", json: #"{"text": "x"}"#)
      #expect(response.status == .notFound)
      #expect((try Self.json(response.body)["detail"] as? String)?.contains("--tm") == true)
    }
  }

  @Test("Work over the time budget is answered 503; a write is either done whole or not at all")
  func timeBudget() async throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glossa-budget-\(UUID().uuidString).sqlite"
    )
    .path
    let memory = try TranslationMemory(path: path)
    let service = GlossaService(lexicon: nil, memory: memory, budget: TimeBudget(seconds: 0.001))
    let article = String(repeating: "Ο Λαβρόφ συναντήθηκε με τον Λαβρώφ στην Πιονγκγιάνγκ. ", count: 300)
    let units = (0..<300).map {
      #"{"source": "Πρόταση \#($0).", "target": "Sentence \#($0).", "sourceLanguage": "el", "targetLanguage": "en"}"#
    }
    try await Application(router: GlossaRoutes.router(service: service)).test(.router) { client in
      let lint = try await Self.post(client, "/v1/lint", json: #"{"text": "\#(article)"}"#)
      #expect(lint.status == .serviceUnavailable)
      #expect(lint.headers[.contentType] == "application/problem+json")
      #expect((try Self.json(lint.body)["detail"] as? String)?.contains("budget of 0.001 s") == true)
      let added = try await Self.post(client, "/v1/tm/units", json: #"{"units": [\#(units.joined(separator: ","))]}"#)
      let stored = try memory.statistics().units as Int
      switch added.status {
      case .ok: #expect(stored == 300)
      case .serviceUnavailable: #expect(stored == 0)
      default: Issue.record("unexpected status \(added.status)")
      }
    }
    // Within the default budget the same article is checked.
    try await Self.app().test(.router) { client in
      let response = try await Self.post(client, "/v1/lint", json: #"{"text": "\#(article)"}"#)
      #expect(response.status == .ok)
    }
  }

  @Test("Writes need the token beyond loopback, and are refused there without one")
  func writeToken() async throws {
    let body = #"{"units": [{"source": "α.", "target": "a.", "sourceLanguage": "el", "targetLanguage": "en"}]}"#
    let open = Application(router: GlossaRoutes.router(service: try Self.serviceWithMemory(loopbackOnly: false)))
    try await open.test(.router) { client in
      let refused = try await Self.post(client, "/v1/tm/units", json: body)
      #expect(refused.status == .forbidden)
    }
    let guarded = Application(
      router: GlossaRoutes.router(service: try Self.serviceWithMemory(token: "s3cret", loopbackOnly: false)))
    try await guarded.test(.router) { client in
      let anonymous = try await Self.post(client, "/v1/tm/units", json: body)
      #expect(anonymous.status == .unauthorized)
      let authorized = try await client.execute(
        uri: "/v1/tm/units", method: .post,
        headers: [.contentType: "application/json", .authorization: "Bearer s3cret"],
        body: ByteBuffer(string: body))
      #expect(authorized.status == .ok)
      // Reading needs no token.
      let read = try await Self.post(client, "/v1/tm/search", json: #"{"text": "α."}"#)
      #expect(read.status == .ok)
    }
  }

  @Test("Cross-origin calls only from the origins allowed")
  func origins() async throws {
    let app = Application(router: GlossaRoutes.router(service: Self.service, allowedOrigins: ["https://desk.example"]))
    try await app.test(.router) { client in
      let allowed = try await client.execute(uri: "/healthz", method: .get, headers: [.origin: "https://desk.example"])
      #expect(allowed.headers[.accessControlAllowOrigin] == "https://desk.example")
      let other = try await client.execute(
        uri: "/healthz", method: .get, headers: [.origin: "https://elsewhere.example"])
      #expect(other.headers[.accessControlAllowOrigin] == nil)
      let preflight = try await client.execute(
        uri: "/v1/lint", method: .options, headers: [.origin: "https://desk.example"])
      #expect(preflight.status == .noContent)
    }
  }

  @Test("align gives beads as JSON or units as TMX; glossary entries by page, by term and by id")
  func alignAndGlossary() async throws {
    let body =
      #"{"source": "Ο πρωθυπουργός έφτασε στην Πιονγκγιάνγκ. Η επίσκεψη κράτησε δύο μέρες.", "#
      + #""target": "The prime minister arrived in Pyongyang. The visit lasted two days.", "#
      + #""sourceLanguage": "el", "targetLanguage": "en""#
    try await Self.app().test(.router) { client in
      let aligned = try Self.json(try await Self.post(client, "/v1/align", json: body + "}").body)
      let beads = try #require(aligned["beads"] as? [[String: Any]])
      #expect(beads.count == 2)
      #expect(beads.first?["target"] as? String == "The prime minister arrived in Pyongyang.")
      let tmx = try await Self.post(client, "/v1/align", json: body + #", "format": "tmx"}"#)
      #expect(tmx.headers[.contentType] == "application/x-tmx+xml")
      #expect(String(buffer: tmx.body).components(separatedBy: "</tu>").count - 1 == 2)

      let page = try Self.json(
        try await client.execute(uri: "/v1/glossary/entries?limit=3&offset=1", method: .get).body)
      #expect(page["total"] as? Int == Glossary.shipped.entries.count)
      #expect((page["entries"] as? [[String: Any]])?.count == 3)
      let found = try Self.json(try await client.execute(uri: "/v1/glossary/entries?q=Pyongyang", method: .get).body)
      #expect((found["entries"] as? [[String: Any]])?.first?["id"] as? String == "pyongyang")
      let entry = try Self.json(try await client.execute(uri: "/v1/glossary/entries/pyongyang", method: .get).body)
      #expect((entry["forms"] as? [[String: Any]])?.contains { $0["text"] as? String == "Πιονγκγιάνγκ" } == true)
      let missing = try await client.execute(uri: "/v1/glossary/entries/no-such-entry", method: .get)
      #expect(missing.status == .notFound)
      let badPage = try await client.execute(uri: "/v1/glossary/entries?limit=0", method: .get)
      #expect(badPage.status == .badRequest)
    }
  }

  @Test("Entries written through the API go to the glossary file and are checked against at once")
  func glossaryWrites() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("names.glossary").path
    try "[kremlin]\nkind: organization\nel: Κρεμλίνο\nen: Kremlin\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    let glossary = try Glossary.load(paths: [file]).glossary
    let service = GlossaService(glossary: glossary, glossaryFile: file, lexicon: nil)
    let entry =
      #"{"id": "annika-vestergaard", "kind": "person", "forms": [{"text": "Άνικα Βέστεργκααρντ", "language": "el"}, "#
      + #"{"text": "Annika Vestergaard", "language": "en"}]}"#
    try await Application(router: GlossaRoutes.router(service: service)).test(.router) { client in
      let created = try await Self.post(client, "/v1/glossary/entries", json: entry)
      #expect(created.status == .created)
      #expect(try String(contentsOfFile: file, encoding: .utf8).contains("[annika-vestergaard]"))
      let again = try await Self.post(client, "/v1/glossary/entries", json: entry)
      #expect(again.status == .conflict)
      // The linter knows the entry now.
      let lint = try Self.json(
        try await Self.post(client, "/v1/lint", json: #"{"text": "Η Άνικα Βέστεργκααρντ και η Βέστεργκαρντ."}"#).body)
      let findings = try #require(lint["findings"] as? [[String: Any]])
      #expect(findings.contains { $0["entry"] as? String == "annika-vestergaard" })
      // An update replaces the entry; a form another entry has is refused, and nothing written.
      let updated = try await client.execute(
        uri: "/v1/glossary/entries/annika-vestergaard", method: .put, headers: [.contentType: "application/json"],
        body: ByteBuffer(
          string: entry.replacingOccurrences(
            of: #"{"text": "Annika"#,
            with: #"{"text": "Βέστεργκαρντ", "language": "el", "status": "admitted"}, {"text": "Annika"#)))
      #expect(updated.status == .ok)
      #expect(try String(contentsOfFile: file, encoding: .utf8).contains("el admitted: Βέστεργκαρντ"))
      let clash = try await Self.post(
        client, "/v1/glossary/entries",
        json: #"{"id": "kremlin-2", "kind": "organization", "forms": [{"text": "Κρεμλίνο", "language": "el"}]}"#)
      #expect(clash.status == .unprocessableContent)
      #expect(!(try String(contentsOfFile: file, encoding: .utf8).contains("kremlin-2")))
      let wrongID = try await client.execute(
        uri: "/v1/glossary/entries/other", method: .put, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: entry))
      #expect(wrongID.status == .badRequest)
    }
    // The shipped glossary is not a file the server can write.
    try await Self.app().test(.router) { client in
      let refused = try await Self.post(client, "/v1/glossary/entries", json: entry)
      #expect(refused.status == .conflict)
    }
  }

  @Test("Metrics count requests per route and status, and time them")
  func metrics() async throws {
    let service = GlossaService(lexicon: nil)
    try await Application(router: GlossaRoutes.router(service: service)).test(.router) { client in
      _ = try await Self.post(client, "/v1/lint", json: #"{"text": "Καλημέρα."}"#)
      _ = try await Self.post(client, "/v1/lint", json: #"{"text": "Καλησπέρα."}"#)
      _ = try await Self.post(client, "/v1/lint", json: "{")
      let response = try await client.execute(uri: "/metrics", method: .get)
      let text = String(buffer: response.body)
      #expect(text.contains(#"glossa_http_requests_total{route="/v1/lint",method="POST",status="200"} 2"#))
      #expect(text.contains(#"glossa_http_requests_total{route="/v1/lint",method="POST",status="400"} 1"#))
      #expect(text.contains(#"glossa_http_request_duration_seconds_count{route="/v1/lint",method="POST"} 3"#))
    }
  }

  @Test("Every route is in the OpenAPI document the server serves")
  func openAPI() async throws {
    let app = Application(router: GlossaRoutes.router(service: try Self.serviceWithMemory()))
    try await app.test(.router) { client in
      let response = try await client.execute(uri: "/openapi.json", method: .get)
      let document = try Self.json(response.body)
      #expect(document["openapi"] as? String == "3.1.0")
      let paths = try #require(document["paths"] as? [String: [String: Any]])
      for (method, path) in GlossaRoutes.published {
        #expect(paths[path]?[method] != nil, "\(method) \(path) is not in the document")
        // The list is the router's: each route answers, if only to say the body is missing.
        let uri = path.replacingOccurrences(of: "{tuid}", with: "t1").replacingOccurrences(
          of: "{id}", with: "pyongyang")
        let answer = try await client.execute(uri: uri, method: method == "get" ? .get : method == "put" ? .put : .post)
        #expect(answer.status != .notFound, "\(method) \(path) is not served")
      }
      #expect(paths.count == Set(GlossaRoutes.published.map(\.path)).count)
      #expect(paths.values.reduce(0) { $0 + $1.count } == GlossaRoutes.published.count)
    }
  }
}
