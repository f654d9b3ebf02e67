import GlossaText
import GlossaXML

/// A `prop` of a unit, a variant or a header: a typed value (`x-glossa-confidence` → `0.95`).
package struct TMXProperty: Hashable, Sendable, Codable {
  /// The `type` attribute (`x-glossa-confidence`).
  package var type: String
  /// The value.
  package var value: String
  /// Other attributes (`xml:lang`, `o-encoding`), in order.
  package var attributes: [XMLAttribute]

  /// A property.
  package init(type: String, value: String, attributes: [XMLAttribute] = []) {
    self.type = type
    self.value = value
    self.attributes = attributes
  }

  private enum CodingKeys: String, CodingKey {
    case type, value, attributes
  }

  /// Reads a property stored as JSON; missing attributes are none.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    type = try container.decode(String.self, forKey: .type)
    value = try container.decode(String.self, forKey: .value)
    attributes = try container.decodeIfPresent([XMLAttribute].self, forKey: .attributes) ?? []
  }
}

/// A `note`: a comment on a unit, a variant or the whole file.
package struct TMXNote: Hashable, Sendable, Codable {
  /// The note's text.
  package var text: String
  /// Attributes such as `xml:lang`, in order.
  package var attributes: [XMLAttribute]

  /// A note.
  package init(_ text: String, attributes: [XMLAttribute] = []) {
    self.text = text
    self.attributes = attributes
  }

  private enum CodingKeys: String, CodingKey {
    case text, attributes
  }

  /// Reads a note stored as JSON; missing attributes are none.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    text = try container.decode(String.self, forKey: .text)
    attributes = try container.decodeIfPresent([XMLAttribute].self, forKey: .attributes) ?? []
  }
}

/// One language version of a unit: TMX's `tuv`.
package struct TMXVariant: Hashable, Sendable {
  /// The language tag as written (`el`, `EN-GB`).
  package var language: String
  /// The segment; `nil` for a `tuv` that had no `seg`.
  package var segment: Segment?
  /// Attributes besides the language (`creationdate`, `creationid`, `changedate` …), in order.
  package var attributes: [XMLAttribute]
  /// The `tuv`'s properties.
  package var properties: [TMXProperty]
  /// The `tuv`'s notes.
  package var notes: [TMXNote]

  /// A language version.
  package init(
    language: String, segment: Segment?, attributes: [XMLAttribute] = [], properties: [TMXProperty] = [],
    notes: [TMXNote] = []
  ) {
    self.language = language
    self.segment = segment
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
  }

  /// The value of an attribute.
  package subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// A translation unit as TMX has it: TMX's `tu`, with any number of language versions.
package struct TMXUnit: Hashable, Sendable {
  /// Attributes (`tuid`, `creationdate`, `creationid`, `changedate`, `usagecount`, `srclang` …),
  /// in order.
  package var attributes: [XMLAttribute]
  /// The unit's properties.
  package var properties: [TMXProperty]
  /// The unit's notes.
  package var notes: [TMXNote]
  /// The language versions, in order.
  package var variants: [TMXVariant]

  /// A unit.
  package init(
    attributes: [XMLAttribute] = [], properties: [TMXProperty] = [], notes: [TMXNote] = [], variants: [TMXVariant]
  ) {
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
    self.variants = variants
  }

  /// The value of an attribute.
  package subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// The unit's identifier (`tuid`).
  package var id: String? { self[attribute: "tuid"] }

  /// The unit's source language: `fileLanguage` (from `--source-lang` or the header's
  /// `srclang`) when there is one, else the unit's own `srclang`, else its first language.
  package func sourceLanguage(default fileLanguage: String?) -> String {
    // `*all*` (TMX: any language may be the source) names no language.
    if let fileLanguage, fileLanguage != "*all*" { return fileLanguage }
    if let own = self[attribute: "srclang"], own != "*all*", !own.isEmpty { return own }
    return variants.first?.language ?? ""
  }

  /// The first variant in `language`, compared without regard to case (`en-gb` finds `EN-GB`);
  /// without one, the first in the same language whatever the region (`el` finds `el-GR`,
  /// `el-GR` finds `el`).
  package func variant(in language: String) -> TMXVariant? {
    let wanted = language.lowercased()
    if let exact = variants.first(where: { $0.language.lowercased() == wanted }) { return exact }
    let primary = Self.primarySubtag(of: wanted)
    return variants.first { Self.primarySubtag(of: $0.language.lowercased()) == primary }
  }

  /// `el` of `el-GR` or `el_GR`.
  static func primarySubtag(of language: String) -> Substring {
    language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? Substring(language)
  }
}

/// The `header` of a TMX file.
package struct TMXHeader: Hashable, Sendable {
  /// The `version` of the root `tmx` element (`1.4`).
  package var version: String
  /// Attributes in order: `creationtool`, `srclang`, `segtype` …
  package var attributes: [XMLAttribute]
  /// The header's properties.
  package var properties: [TMXProperty]
  /// The header's notes.
  package var notes: [TMXNote]

  /// A header.
  package init(
    version: String = "1.4", attributes: [XMLAttribute], properties: [TMXProperty] = [], notes: [TMXNote] = []
  ) {
    self.version = version
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
  }

  /// The value of an attribute.
  package subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// The source language (`srclang`), or `nil` for `*all*` or none.
  package var sourceLanguage: String? {
    guard let language = self[attribute: "srclang"], language != "*all*", !language.isEmpty else { return nil }
    return language
  }
}
