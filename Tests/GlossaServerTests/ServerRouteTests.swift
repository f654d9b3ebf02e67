import Foundation
import GlossaGlossary
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

  @Test("Every route is in the OpenAPI document the server serves")
  func openAPI() async throws {
    try await Self.app().test(.router) { client in
      let response = try await client.execute(uri: "/openapi.json", method: .get)
      let document = try Self.json(response.body)
      #expect(document["openapi"] as? String == "3.1.0")
      let paths = try #require(document["paths"] as? [String: [String: Any]])
      for (method, path) in GlossaRoutes.published {
        #expect(paths[path]?[method] != nil, "\(method) \(path) is not in the document")
        // The list is the router's: each route answers, if only to say the body is missing.
        let answer = try await client.execute(uri: path, method: method == "get" ? .get : .post)
        #expect(answer.status != .notFound, "\(method) \(path) is not served")
      }
      #expect(paths.count == Set(GlossaRoutes.published.map(\.path)).count)
    }
  }
}
