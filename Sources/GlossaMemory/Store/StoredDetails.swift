import Foundation

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

  /// JSON text, or `nil` when there is nothing to keep.
  func json() -> String? {
    guard !isEmpty else { return nil }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) }
  }

  static func decode(_ json: String?) -> StoredDetails? {
    guard let json else { return nil }
    return try? JSONDecoder().decode(StoredDetails.self, from: Data(json.utf8))
  }
}
