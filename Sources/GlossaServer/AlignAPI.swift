import GlossaAlignment
import GlossaGlossary
import GlossaMemory
import GlossaSegmentation
import Hummingbird

/// `POST /v1/align`: `{"source", "target", "sourceLanguage", "targetLanguage", "format": "json" |
/// "tmx", "minConfidence"}`: both texts cut into sentences and aligned.
struct AlignRequest: Decodable {
  var source: String
  var target: String
  var sourceLanguage: String
  var targetLanguage: String
  var format: String?
  var minConfidence: Double?
}

/// The beads of an alignment, 1-0 and 0-1 included, as `glossa align --format jsonl` gives them.
struct AlignResponse: ResponseEncodable {
  struct Bead: Codable {
    var shape: String
    var source: String
    var target: String
    var confidence: Double
  }

  var beads: [Bead]
}

enum AlignAPI {
  /// The aligned document of a request.
  static func document(_ request: AlignRequest, glossary: Glossary) throws -> AlignedDocument {
    func sentences(_ text: String, _ code: String) throws -> [String] {
      let language = SegmentationLanguage(rawValue: String(code.prefix(2)).lowercased()) ?? .english
      return try SentenceSegmenter(language: language, options: SegmentationOptions()).sentences(in: text).map(\.text)
    }
    for code in [request.sourceLanguage, request.targetLanguage]
    where code.isEmpty || !code.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) {
      throw ProblemDetails(.badRequest, "'\(code)' is not a language code such as el or en")
    }
    let source = try sentences(request.source, request.sourceLanguage)
    let target = try sentences(request.target, request.targetLanguage)
    let alignment = Aligner(glossary: glossary).align(
      source: source, target: target, sourceLanguage: request.sourceLanguage, targetLanguage: request.targetLanguage)
    return AlignedDocument(
      name: "request", source: source, target: target, sourceLanguage: request.sourceLanguage,
      targetLanguage: request.targetLanguage, alignment: alignment)
  }

  /// The answer: beads as JSON, or the units of those at or above the confidence as TMX.
  static func response(
    _ request: AlignRequest, document: AlignedDocument, for httpRequest: Request, context: some RequestContext
  ) throws -> Response {
    let minimum = request.minConfidence ?? 0
    guard (0...1).contains(minimum) else { throw ProblemDetails(.badRequest, "minConfidence must be 0 to 1") }
    switch request.format ?? "json" {
    case "json":
      let beads = document.beads(minimumConfidence: minimum).map {
        AlignResponse.Bead(
          shape: $0.shape.description, source: document.sourceText(of: $0), target: document.targetText(of: $0),
          confidence: $0.confidence)
      }
      return try AlignResponse(beads: beads).response(from: httpRequest, context: context)
    case "tmx":
      var writer = TMXWriter(sourceLanguage: request.sourceLanguage)
      for unit in document.translationUnits(minimumConfidence: minimum) { writer.append(unit) }
      return Response(
        status: .ok, headers: [.contentType: "application/x-tmx+xml"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: writer.document())))
    default:
      throw ProblemDetails(.badRequest, "format must be json or tmx")
    }
  }
}
