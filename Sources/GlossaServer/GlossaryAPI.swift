import Foundation
import GlossaGlossary
import Hummingbird

/// A glossary entry as the API shows it and takes it: id, kind, note and forms.
struct EntryBody: ResponseEncodable, Decodable {
  struct Form: Codable {
    var text: String
    var language: String
    var status: String?
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

extension EntryBody {
  /// The entry the body describes.
  func entry() throws -> GlossaryEntry {
    guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
      throw ProblemDetails(.badRequest, "an entry id is letters, digits, '-' and '_'")
    }
    guard let kind = EntryKind(rawValue: kind) else {
      throw ProblemDetails(.badRequest, "kind must be person, place, organization or other")
    }
    guard !forms.isEmpty else { throw ProblemDetails(.badRequest, "an entry needs at least one form") }
    let forms = try forms.map { form throws -> TermForm in
      guard let language = TermLanguage(rawValue: form.language) else {
        throw ProblemDetails(.badRequest, "language must be el or en")
      }
      guard let status = TermStatus(rawValue: form.status ?? "preferred") else {
        throw ProblemDetails(.badRequest, "status must be preferred, admitted, deprecated or superseded")
      }
      guard !form.text.trimmingCharacters(in: .whitespaces).isEmpty, !form.text.contains("\n") else {
        throw ProblemDetails(.badRequest, "a form is one line of text")
      }
      return TermForm(text: form.text, language: language, status: status)
    }
    return GlossaryEntry(id: id, kind: kind, forms: forms, note: note)
  }
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
