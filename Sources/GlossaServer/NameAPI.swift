import GlossaGlossary
import GlossaNames
import GlossaText
import Hummingbird

/// `POST /v1/lookup`: `{"terms": ["…"]}`.
struct LookupRequest: Decodable {
  var terms: [String]
}

/// The answer of `POST /v1/lookup`: one result per term, in order, as `glossa lookup --format
/// jsonl` writes them (`match` null when nothing matches).
struct LookupResponse: ResponseEncodable {
  struct Result: Codable, Equatable {
    var query: String
    var match: String?
    var kind: String?
    var canonicalGreek: String?
    var canonicalEnglish: String?
    var matchedForm: String?
    var score: Double?
    var reason: String?
    var detail: String?

    enum CodingKeys: String, CodingKey {
      case query, match, kind, score, reason, detail
      case canonicalGreek = "canonical_el"
      case canonicalEnglish = "canonical_en"
      case matchedForm = "matched_form"
    }

    /// Absent values are written as `null`, as `glossa lookup --format jsonl` writes them.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(query, forKey: .query)
      try container.encode(match, forKey: .match)
      try container.encode(kind, forKey: .kind)
      try container.encode(canonicalGreek, forKey: .canonicalGreek)
      try container.encode(canonicalEnglish, forKey: .canonicalEnglish)
      try container.encode(matchedForm, forKey: .matchedForm)
      try container.encode(score, forKey: .score)
      try container.encode(reason, forKey: .reason)
      try container.encode(detail, forKey: .detail)
    }
  }

  var results: [Result]
}

extension LookupResponse.Result {
  init(query: String, match: GlossaryMatch?) {
    self.query = query
    self.match = match?.entry.id
    kind = match?.entry.kind.rawValue
    canonicalGreek = match?.entry.canonicalGreek
    canonicalEnglish = match?.entry.canonicalEnglish
    matchedForm = match?.form.text
    score = match?.score
    reason = match?.reason.rawValue
    detail = match?.detail
  }
}

/// `POST /v1/variants`: `{"a": "…", "b": "…"}`.
struct VariantsRequest: Decodable {
  var a: String
  var b: String
}

/// Whether two spellings are one name, as `glossa variants` says.
struct VariantsResponse: ResponseEncodable {
  var same: Bool
  var relation: String
  var score: Double
  var detail: String
}

/// `POST /v1/translit`: `{"text": "…", "scheme": "elot743" | "ungegn" | "bgn" | "icu" | "latin-greek"}`.
struct TranslitRequest: Decodable {
  var text: String
  var scheme: String?
}

/// The transliterated text.
struct TranslitResponse: ResponseEncodable {
  var text: String
  var scheme: String
}

/// `POST /v1/names`: `{"text": "…"}`: the glossary's names found in a text.
struct NamesRequest: Decodable {
  var text: String
}

/// The names found, in text order, each with its place in UTF-16 code units and its entry.
struct NamesResponse: ResponseEncodable {
  struct Name: Codable {
    var text: String
    var offset: Int
    var length: Int
    var entry: String
    var kind: String
    var canonicalGreek: String?
    var canonicalEnglish: String?
    var reason: String
    /// Every form of the entry, as written in the glossary.
    var forms: [String]

    enum CodingKeys: String, CodingKey {
      case text, offset, length, entry, kind, reason, forms
      case canonicalGreek = "canonical_el"
      case canonicalEnglish = "canonical_en"
    }
  }

  var names: [Name]
}

extension NamesResponse {
  /// The mentions of `glossary`'s names in `text`.
  init(text: String, glossary: Glossary) {
    var offsets = UTF16Offsets(text)
    names = glossary.mentions(in: text).sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }.map { mention in
      let offset = offsets.offset(ofUTF8: mention.utf8Range.lowerBound)
      return Name(
        text: mention.text, offset: offset, length: offsets.offset(ofUTF8: mention.utf8Range.upperBound) - offset,
        entry: mention.entry.id, kind: mention.entry.kind.rawValue, canonicalGreek: mention.entry.canonicalGreek,
        canonicalEnglish: mention.entry.canonicalEnglish, reason: mention.reason.rawValue,
        forms: mention.entry.forms.map(\.text))
    }
  }
}
