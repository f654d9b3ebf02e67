import Foundation
import GlossaText
import GlossaXML

/// What a unit's row keeps as JSON besides its columns, so a unit comes back out exactly as
/// it went in: every `tu` attribute in order, properties, notes and what each `tuv` carried.
struct StoredDetails: Codable, Equatable {
  var attributes: [XMLAttribute]
  var properties: [TMXProperty]
  var notes: [TMXNote]
  var source: VariantDetails
  var target: VariantDetails

  init(_ unit: TranslationUnit) {
    attributes = unit.attributes
    properties = unit.properties
    notes = unit.notes
    source = unit.sourceDetails
    target = unit.targetDetails
  }

  var isEmpty: Bool { attributes.isEmpty && properties.isEmpty && notes.isEmpty && source.isEmpty && target.isEmpty }

  /// JSON text, or `nil` when there is nothing to keep. Written by hand (an import writes one
  /// per unit); ``decode(_:)`` reads it with `JSONDecoder`.
  func json() -> String? {
    guard !isEmpty else { return nil }
    return JSONText.object([
      ("attributes", Self.json(attributes)), ("notes", Self.json(notes)), ("properties", Self.json(properties)),
      ("source", Self.json(source)), ("target", Self.json(target)),
    ])
  }

  private static func json(_ attributes: [XMLAttribute]) -> String {
    "["
      + attributes.map { JSONText.object([("name", JSONText.quoted($0.name)), ("value", JSONText.quoted($0.value))]) }
      .joined(separator: ",") + "]"
  }

  private static func json(_ notes: [TMXNote]) -> String {
    "["
      + notes.map { JSONText.object([("attributes", json($0.attributes)), ("text", JSONText.quoted($0.text))]) }
      .joined(separator: ",") + "]"
  }

  private static func json(_ properties: [TMXProperty]) -> String {
    "["
      + properties.map {
        JSONText.object([
          ("attributes", json($0.attributes)), ("type", JSONText.quoted($0.type)), ("value", JSONText.quoted($0.value)),
        ])
      }.joined(separator: ",") + "]"
  }

  private static func json(_ details: VariantDetails) -> String {
    JSONText.object([
      ("attributes", json(details.attributes)), ("notes", json(details.notes)),
      ("properties", json(details.properties)),
    ])
  }

  static func decode(_ json: String?) -> StoredDetails? {
    guard let json else { return nil }
    return try? JSONDecoder().decode(StoredDetails.self, from: Data(json.utf8))
  }
}
