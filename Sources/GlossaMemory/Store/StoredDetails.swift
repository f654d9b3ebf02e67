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
    Self.append(lists: (attributes, notes, properties), to: &text, comma: &comma)
    for (name, details) in [("source", source), ("target", target)] where !details.isEmpty {
      Self.append(key: name, to: &text, comma: &comma)
      text += "{"
      var inner = false
      Self.append(lists: (details.attributes, details.notes, details.properties), to: &text, comma: &inner)
      text += "}"
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

  /// The lists of a unit or of one of its variants, each unless it is empty.
  private static func append(
    lists: (attributes: [XMLAttribute], notes: [TMXNote], properties: [TMXProperty]), to text: inout String,
    comma: inout Bool
  ) {
    append(list: "attributes", lists.attributes, append(attribute:to:), to: &text, comma: &comma)
    append(
      list: "notes", lists.notes, { append(object: $0.attributes, ["text": $0.text], to: &$1) }, to: &text,
      comma: &comma)
    append(
      list: "properties", lists.properties,
      { append(object: $0.attributes, ["type": $0.type, "value": $0.value], to: &$1) },
      to: &text, comma: &comma)
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

  /// A note or a property: its attributes unless there are none, then its strings, by key.
  private static func append(
    object attributes: [XMLAttribute], _ strings: KeyValuePairs<String, String>, to text: inout String
  ) {
    text += "{"
    var comma = false
    append(list: "attributes", attributes, append(attribute:to:), to: &text, comma: &comma)
    for (key, value) in strings {
      append(key: key, to: &text, comma: &comma)
      text += JSONText.quoted(value)
    }
    text += "}"
  }

  static func decode(_ json: String?) -> StoredDetails? {
    guard let json else { return nil }
    return try? JSONDecoder().decode(StoredDetails.self, from: Data(json.utf8))
  }
}

extension TranslationUnit {
  /// The unit's details as a store's `details` column holds them.
  package var storedDetails: String? { StoredDetails(self).json() }
}
