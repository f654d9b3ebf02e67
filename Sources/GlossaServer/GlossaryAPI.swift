import GlossaGlossary
import Hummingbird

/// A glossary entry as the API shows it: id, kind, note and forms.
struct EntryBody: ResponseEncodable {
  struct Form: Codable {
    var text: String
    var language: String
    var status: String
  }

  var id: String
  var kind: String
  var note: String?
  var forms: [Form]

  init(_ entry: GlossaryEntry) {
    id = entry.id
    kind = entry.kind.rawValue
    note = entry.note
    forms = entry.forms.map { Form(text: $0.text, language: $0.language.rawValue, status: $0.status.rawValue) }
  }
}

/// A page of entries: `total` matching, from `offset`.
struct EntriesResponse: ResponseEncodable {
  var total: Int
  var offset: Int
  var entries: [EntryBody]
}

enum GlossaryAPI {
  /// The entries matching `q` (a lookup in any spelling; all entries without it), `limit` (at
  /// most 1,000, 100 by default) from `offset`.
  static func entries(in glossary: Glossary, query: Parameters) throws -> EntriesResponse {
    let offset = Int(query["offset"] ?? "0") ?? -1
    let limit = Int(query["limit"] ?? "100") ?? -1
    guard offset >= 0, (1...1_000).contains(limit) else {
      throw ProblemDetails(.badRequest, "offset must be 0 or more and limit 1 to 1000")
    }
    let matching: [GlossaryEntry]
    if let term = query["q"].map(String.init), !term.isEmpty {
      matching = glossary.matches(for: term).map(\.entry)
    } else {
      matching = glossary.entries
    }
    return EntriesResponse(
      total: matching.count, offset: offset, entries: matching.dropFirst(offset).prefix(limit).map(EntryBody.init))
  }
}
