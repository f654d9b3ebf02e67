import GlossaMemory
import Hummingbird

/// `POST /v1/tm/search`: `{"text", "sourceLanguage", "targetLanguage", "minScore", "limit"}`.
struct SearchRequest: Decodable {
  var text: String
  var sourceLanguage: String?
  var targetLanguage: String?
  var minScore: Double?
  var limit: Int?
}

/// A unit as the API shows it.
struct UnitBody: Codable, Equatable {
  var tuid: String?
  var source: String
  var target: String
  var sourceLanguage: String
  var targetLanguage: String

  init(_ unit: TranslationUnit) {
    tuid = unit.id
    source = unit.source.text
    target = unit.target.text
    sourceLanguage = unit.sourceLanguage
    targetLanguage = unit.targetLanguage
  }
}

/// The matches of a search, best first.
struct SearchResponse: ResponseEncodable {
  struct Match: Codable {
    var score: Double
    var unit: UnitBody
  }

  var matches: [Match]
}

/// `POST /v1/tm/concordance`: `{"text", "side": "source" | "target" | "both", "limit"}`.
struct ConcordanceRequest: Decodable {
  var text: String
  var side: String?
  var limit: Int?
}

/// The units holding the words, and on which side.
struct ConcordanceResponse: ResponseEncodable {
  struct Hit: Codable {
    var side: String
    var unit: UnitBody
  }

  var hits: [Hit]
}

/// `POST /v1/tm/units`: `{"units": [{"source", "target", "sourceLanguage", "targetLanguage", "tuid"}]}`.
struct AddUnitsRequest: Decodable {
  struct Unit: Decodable {
    var source: String
    var target: String
    var sourceLanguage: String
    var targetLanguage: String
    var tuid: String?
  }

  var units: [Unit]
}

/// What adding units did: added, merged with identical units, skipped.
struct AddUnitsResponse: ResponseEncodable {
  var added: Int
  var merged: Int
  var skipped: Int
}

/// The units with one `tuid`.
struct UnitsResponse: ResponseEncodable {
  var units: [UnitBody]
}

enum MemoryAPI {
  /// At most this many matches, hits or units a request.
  static let maximumLimit = 1_000

  static func search(_ request: SearchRequest, in memory: any MemoryStore) throws -> SearchResponse {
    let limit = request.limit ?? 5
    guard (1...maximumLimit).contains(limit) else { throw ProblemDetails(.badRequest, "limit must be 1 to 1000") }
    let minimum = request.minScore ?? 70
    guard (0...100).contains(minimum) else { throw ProblemDetails(.badRequest, "minScore must be 0 to 100") }
    let matches = try memory.matches(
      for: request.text, sourceLanguage: request.sourceLanguage, targetLanguage: request.targetLanguage,
      minimumScore: minimum, limit: limit)
    return SearchResponse(matches: matches.map { .init(score: $0.score, unit: UnitBody($0.unit)) })
  }

  static func concordance(_ request: ConcordanceRequest, in memory: any MemoryStore) throws -> ConcordanceResponse {
    let limit = request.limit ?? 20
    guard (1...maximumLimit).contains(limit) else { throw ProblemDetails(.badRequest, "limit must be 1 to 1000") }
    guard let side = TranslationMemory.Side(rawValue: request.side ?? "both") else {
      throw ProblemDetails(.badRequest, "side must be source, target or both")
    }
    let hits = try memory.concordance(request.text, side: side, limit: limit)
    return ConcordanceResponse(hits: hits.map { .init(side: $0.side.rawValue, unit: UnitBody($0.unit)) })
  }

  static func add(_ request: AddUnitsRequest, to memory: any MemoryStore) throws -> AddUnitsResponse {
    guard request.units.count <= 10_000 else {
      throw ProblemDetails(.contentTooLarge, "at most 10,000 units a request")
    }
    let units = request.units.map {
      TranslationUnit(
        source: $0.source, target: $0.target, sourceLanguage: $0.sourceLanguage, targetLanguage: $0.targetLanguage,
        id: $0.tuid)
    }
    let report = try memory.add(units)
    return AddUnitsResponse(added: report.added, merged: report.merged, skipped: report.skipped)
  }

  static func units(withTuid tuid: String, in memory: any MemoryStore) throws -> UnitsResponse {
    let ids = try memory.unitIDs(withTuid: tuid)
    let units = try ids.prefix(maximumLimit).compactMap { try memory.unit(id: $0) }
    guard !units.isEmpty else { throw ProblemDetails(.notFound, "no unit with tuid '\(tuid)'") }
    return UnitsResponse(units: units.map(UnitBody.init))
  }
}
