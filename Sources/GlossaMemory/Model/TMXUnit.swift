import GlossaText
import GlossaXML

/// A `prop` of a unit, a variant or a header: a typed value (`x-glossa-confidence` → `0.95`).
public struct TMXProperty: Hashable, Sendable, Codable {
  /// The `type` attribute (`x-glossa-confidence`).
  public var type: String
  /// The value.
  public var value: String
  /// Other attributes (`xml:lang`, `o-encoding`), in order.
  public var attributes: [XMLAttribute]

  /// A property.
  public init(type: String, value: String, attributes: [XMLAttribute] = []) {
    self.type = type
    self.value = value
    self.attributes = attributes
  }
}

/// A `note`: a comment on a unit, a variant or the whole file.
public struct TMXNote: Hashable, Sendable, Codable {
  /// The note's text.
  public var text: String
  /// Attributes such as `xml:lang`, in order.
  public var attributes: [XMLAttribute]

  /// A note.
  public init(_ text: String, attributes: [XMLAttribute] = []) {
    self.text = text
    self.attributes = attributes
  }
}

/// One language version of a unit: TMX's `tuv`.
public struct TMXVariant: Hashable, Sendable {
  /// The language tag as written (`el`, `EN-GB`).
  public var language: String
  /// The segment; `nil` for a `tuv` that had no `seg`.
  public var segment: Segment?
  /// Attributes besides the language (`creationdate`, `creationid`, `changedate` …), in order.
  public var attributes: [XMLAttribute]
  /// The `tuv`'s properties.
  public var properties: [TMXProperty]
  /// The `tuv`'s notes.
  public var notes: [TMXNote]

  /// A language version.
  public init(
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
  public subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }
}

/// A translation unit as TMX has it: TMX's `tu`, with any number of language versions.
public struct TMXUnit: Hashable, Sendable {
  /// Attributes (`tuid`, `creationdate`, `creationid`, `changedate`, `usagecount`, `srclang` …),
  /// in order.
  public var attributes: [XMLAttribute]
  /// The unit's properties.
  public var properties: [TMXProperty]
  /// The unit's notes.
  public var notes: [TMXNote]
  /// The language versions, in order.
  public var variants: [TMXVariant]

  /// A unit.
  public init(
    attributes: [XMLAttribute] = [], properties: [TMXProperty] = [], notes: [TMXNote] = [], variants: [TMXVariant]
  ) {
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
    self.variants = variants
  }

  /// The value of an attribute.
  public subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// The unit's identifier (`tuid`).
  public var id: String? { self[attribute: "tuid"] }

  /// The unit's source language: `fileLanguage` (from `--source-lang` or the header's
  /// `srclang`) when there is one, else the unit's own `srclang`, else its first language.
  public func sourceLanguage(default fileLanguage: String?) -> String {
    if let fileLanguage { return fileLanguage }
    if let own = self[attribute: "srclang"], own != "*all*", !own.isEmpty { return own }
    return variants.first?.language ?? ""
  }

  /// The first variant in `language`, compared without regard to case (`en-gb` finds `EN-GB`).
  public func variant(in language: String) -> TMXVariant? {
    let wanted = language.lowercased()
    return variants.first { $0.language.lowercased() == wanted }
  }
}

/// The `header` of a TMX file.
public struct TMXHeader: Hashable, Sendable {
  /// The `version` of the root `tmx` element (`1.4`).
  public var version: String
  /// Attributes in order: `creationtool`, `srclang`, `segtype` …
  public var attributes: [XMLAttribute]
  /// The header's properties.
  public var properties: [TMXProperty]
  /// The header's notes.
  public var notes: [TMXNote]

  /// A header.
  public init(
    version: String = "1.4", attributes: [XMLAttribute], properties: [TMXProperty] = [], notes: [TMXNote] = []
  ) {
    self.version = version
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
  }

  /// The value of an attribute.
  public subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// The source language (`srclang`), or `nil` for `*all*` or none.
  public var sourceLanguage: String? {
    guard let language = self[attribute: "srclang"], language != "*all*", !language.isEmpty else { return nil }
    return language
  }
}
