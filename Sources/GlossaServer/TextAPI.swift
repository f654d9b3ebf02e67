import GlossaICU
import GlossaSegmentation
import GlossaText
import Hummingbird

/// `POST /v1/normalize`: `{"text", "form": "nfc" | "nfd" | "nfkc" | "nfkd" | "fold" | "key"}`.
struct NormalizeRequest: Decodable {
  var text: String
  var form: String?
}

/// The text in the form asked for.
struct NormalizeResponse: ResponseEncodable {
  var text: String
  var form: String
}

/// `POST /v1/segment`: `{"text", "language": "el" | "en"}`.
struct SegmentRequest: Decodable {
  var text: String
  var language: String?
}

/// The sentences, each with its place in UTF-16 code units.
struct SegmentResponse: ResponseEncodable {
  struct Sentence: Codable, Equatable {
    var text: String
    var offset: Int
    var length: Int
  }

  var sentences: [Sentence]
}

enum TextAPI {
  static func normalize(_ request: NormalizeRequest) throws -> NormalizeResponse {
    let form = request.form ?? "nfc"
    switch form {
    case "fold": return NormalizeResponse(text: TextFolder.shared.folded(request.text), form: form)
    case "key": return NormalizeResponse(text: TextFolder.shared.key(request.text), form: form)
    default:
      guard let normalization = NormalizationForm(rawValue: form) else {
        throw ProblemDetails(.badRequest, "form must be nfc, nfd, nfkc, nfkd, fold or key")
      }
      return NormalizeResponse(text: try Normalizer.shared(normalization).normalized(request.text), form: form)
    }
  }

  static func segment(_ request: SegmentRequest) throws -> SegmentResponse {
    let code = request.language ?? "el"
    guard let language = SegmentationLanguage(rawValue: code) else {
      throw ProblemDetails(.badRequest, "language must be el or en")
    }
    let segmenter = try SentenceSegmenter(language: language, options: SegmentationOptions())
    return SegmentResponse(
      sentences: segmenter.sentences(in: request.text).map {
        .init(text: $0.text, offset: $0.utf16Range.lowerBound, length: $0.utf16Range.count)
      })
  }
}
