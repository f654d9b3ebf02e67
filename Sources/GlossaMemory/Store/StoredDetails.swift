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
    var text = "{"
    var comma = false
    Self.append(list: "attributes", attributes, Self.append(attribute:to:), to: &text, comma: &comma)
    Self.append(list: "notes", notes, Self.append(note:to:), to: &text, comma: &comma)
    Self.append(list: "properties", properties, Self.append(property:to:), to: &text, comma: &comma)
    for (name, details) in [("source", source), ("target", target)] where !details.isEmpty {
      Self.append(key: name, to: &text, comma: &comma)
      Self.append(details: details, to: &text)
    }
    text += "}"
    return text
  }

  /// A key (a plain ASCII name) and its colon, after a comma unless it is the first.
  private static func append(key: String, to text: inout String, comma: inout Bool) {
    if comma { text += "," }
    comma = true
    text += "\""
    text += key
    text += "\":"
  }

  /// A key and its list, unless the list is empty.
  private static func append<T>(
    list key: String, _ items: [T], _ item: (T, inout String) -> Void, to text: inout String, comma: inout Bool
  ) {
    guard !items.isEmpty else { return }
    append(key: key, to: &text, comma: &comma)
    text += "["
    for (index, element) in items.enumerated() {
      if index > 0 { text += "," }
      item(element, &text)
    }
    text += "]"
  }

  private static func append(attribute: XMLAttribute, to text: inout String) {
    text += "{\"name\":"
    text += JSONText.quoted(attribute.name)
    text += ",\"value\":"
    text += JSONText.quoted(attribute.value)
    text += "}"
  }

  private static func append(note: TMXNote, to text: inout String) {
    text += "{"
    var comma = false
    append(list: "attributes", note.attributes, append(attribute:to:), to: &text, comma: &comma)
    append(key: "text", to: &text, comma: &comma)
    text += JSONText.quoted(note.text)
    text += "}"
  }

  private static func append(property: TMXProperty, to text: inout String) {
    text += "{"
    var comma = false
    append(list: "attributes", property.attributes, append(attribute:to:), to: &text, comma: &comma)
    append(key: "type", to: &text, comma: &comma)
    text += JSONText.quoted(property.type)
    append(key: "value", to: &text, comma: &comma)
    text += JSONText.quoted(property.value)
    text += "}"
  }

  private static func append(details: VariantDetails, to text: inout String) {
    text += "{"
    var comma = false
    append(list: "attributes", details.attributes, append(attribute:to:), to: &text, comma: &comma)
    append(list: "notes", details.notes, append(note:to:), to: &text, comma: &comma)
    append(list: "properties", details.properties, append(property:to:), to: &text, comma: &comma)
    text += "}"
  }

  static func decode(_ json: String?) -> StoredDetails? {
    guard let json else { return nil }
    return try? JSONDecoder().decode(StoredDetails.self, from: Data(json.utf8))
  }
}
