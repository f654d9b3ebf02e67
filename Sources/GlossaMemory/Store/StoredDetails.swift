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

  private enum CodingKeys: String, CodingKey {
    case attributes, properties, notes, source, target
  }

  /// Reads what ``json()`` writes: a missing list is empty.
  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    attributes = try container.decodeIfPresent([XMLAttribute].self, forKey: .attributes) ?? []
    properties = try container.decodeIfPresent([TMXProperty].self, forKey: .properties) ?? []
    notes = try container.decodeIfPresent([TMXNote].self, forKey: .notes) ?? []
    source = try container.decodeIfPresent(VariantDetails.self, forKey: .source) ?? VariantDetails()
    target = try container.decodeIfPresent(VariantDetails.self, forKey: .target) ?? VariantDetails()
  }

  var isEmpty: Bool { attributes.isEmpty && properties.isEmpty && notes.isEmpty && source.isEmpty && target.isEmpty }

  /// JSON text, or `nil` when there is nothing to keep: compact, with empty lists and objects
  /// left out (a memory keeps one per unit). Written by hand (an import writes one per unit);
  /// ``decode(_:)`` reads it with `JSONDecoder`, as well as the spaced form with every field
  /// that memories made before held.
  func json() -> String? {
    guard !isEmpty else { return nil }
    return Self.object([
      ("attributes", Self.json(attributes)), ("notes", Self.json(notes)), ("properties", Self.json(properties)),
      ("source", source.isEmpty ? nil : Self.json(source)), ("target", target.isEmpty ? nil : Self.json(target)),
    ])
  }

  /// An object of the fields that have a value.
  private static func object(_ fields: [(String, String?)]) -> String {
    "{" + fields.compactMap { key, value in value.map { JSONText.quoted(key) + ":" + $0 } }.joined(separator: ",") + "}"
  }

  /// A list, or `nil` when it is empty.
  private static func list<T>(_ items: [T], _ item: (T) -> String) -> String? {
    items.isEmpty ? nil : "[" + items.map(item).joined(separator: ",") + "]"
  }

  private static func json(_ attributes: [XMLAttribute]) -> String? {
    list(attributes) { object([("name", JSONText.quoted($0.name)), ("value", JSONText.quoted($0.value))]) }
  }

  private static func json(_ notes: [TMXNote]) -> String? {
    list(notes) { object([("attributes", json($0.attributes)), ("text", JSONText.quoted($0.text))]) }
  }

  private static func json(_ properties: [TMXProperty]) -> String? {
    list(properties) {
      object([
        ("attributes", json($0.attributes)), ("type", JSONText.quoted($0.type)), ("value", JSONText.quoted($0.value)),
      ])
    }
  }

  private static func json(_ details: VariantDetails) -> String {
    object([
      ("attributes", json(details.attributes)), ("notes", json(details.notes)),
      ("properties", json(details.properties)),
    ])
  }

  static func decode(_ json: String?) -> StoredDetails? {
    guard let json else { return nil }
    return try? JSONDecoder().decode(StoredDetails.self, from: Data(json.utf8))
  }
}
