import GlossaXML

/// One translation unit of a memory: a source segment and its translation into one language,
/// with everything a TMX file said about them.
///
/// A TMX unit with several languages gives one `TranslationUnit` per target language (see
/// ``units(from:sourceLanguage:)``); ``tmxUnit`` turns it back into TMX without loss.
public struct TranslationUnit: Hashable, Sendable {
  /// The source segment.
  public var source: Segment
  /// The translation.
  public var target: Segment
  /// Language tags as the file wrote them.
  public var sourceLanguage: String
  /// The target language tag, as the file wrote it.
  public var targetLanguage: String
  /// The `tu` element's attributes (`tuid`, `creationdate`, `creationid`, `changedate`,
  /// `changeid`, `usagecount`, `lastusagedate` and any other), in order.
  package var attributes: [XMLAttribute]
  /// The unit's properties and notes.
  package var properties: [TMXProperty]
  /// The unit's notes.
  package var notes: [TMXNote]
  /// What the two `tuv` elements carried besides language and segment.
  package var sourceDetails: VariantDetails
  /// What the target `tuv` carried besides language and segment.
  package var targetDetails: VariantDetails

  /// A unit from its parts; attributes, properties, notes and details are optional.
  package init(
    source: Segment, target: Segment, sourceLanguage: String, targetLanguage: String, attributes: [XMLAttribute] = [],
    properties: [TMXProperty] = [], notes: [TMXNote] = [], sourceDetails: VariantDetails = VariantDetails(),
    targetDetails: VariantDetails = VariantDetails()
  ) {
    self.source = source
    self.target = target
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
    self.sourceDetails = sourceDetails
    self.targetDetails = targetDetails
  }

  /// A unit of plain text with simple properties, as the aligner makes them.
  public init(
    source: String, target: String, sourceLanguage: String, targetLanguage: String,
    properties: [(type: String, value: String)] = [], creationDate: TMXDate? = nil, id: String? = nil
  ) {
    var attributes: [XMLAttribute] = []
    if let id { attributes.append(XMLAttribute("tuid", id)) }
    if let creationDate { attributes.append(XMLAttribute("creationdate", creationDate.description)) }
    self.init(
      source: Segment(text: source), target: Segment(text: target), sourceLanguage: sourceLanguage,
      targetLanguage: targetLanguage, attributes: attributes,
      properties: properties.map { TMXProperty(type: $0.type, value: $0.value) })
  }

  /// The value of a `tu` attribute.
  package subscript(attribute name: String) -> String? { attributes.first { $0.name == name }?.value }

  /// Sets, replaces or (with `nil`) removes a `tu` attribute, keeping the others' order.
  package mutating func setAttribute(_ name: String, _ value: String?) {
    if let index = attributes.firstIndex(where: { $0.name == name }) {
      if let value { attributes[index].value = value } else { attributes.remove(at: index) }
    } else if let value {
      attributes.append(XMLAttribute(name, value))
    }
  }

  /// The value of the first property of `type`.
  package func property(_ type: String) -> String? { properties.first { $0.type == type }?.value }

  /// The `tuid`, when the unit has one.
  public var id: String? { self[attribute: "tuid"] }
  /// When the unit was created (`creationdate`).
  public var creationDate: TMXDate? { self[attribute: "creationdate"].flatMap(TMXDate.init) }
  /// When the unit was last changed (`changedate`).
  public var changeDate: TMXDate? { self[attribute: "changedate"].flatMap(TMXDate.init) }
  /// Who created the unit (`creationid`).
  public var creationUser: String? { self[attribute: "creationid"] }
  /// Who last changed the unit (`changeid`).
  public var changeUser: String? { self[attribute: "changeid"] }
  /// How often the unit has been used (`usagecount`), 0 when not said.
  public var usageCount: Int { self[attribute: "usagecount"].flatMap { Int($0) } ?? 0 }
  /// The document the unit came from (property `x-glossa-document`, or `x-document`).
  public var document: String? { property("x-glossa-document") ?? property("x-document") }

  /// The units of a TMX unit from `sourceLanguage` (compared without regard to case) into each
  /// other language it has; none when it has no segment in the source language.
  package static func units(from unit: TMXUnit, sourceLanguage: String) -> [TranslationUnit] {
    guard let source = unit.variant(in: sourceLanguage), let sourceSegment = source.segment else { return [] }
    let wanted = source.language.lowercased()
    return unit.variants.compactMap { variant in
      guard variant.language.lowercased() != wanted, let segment = variant.segment else { return nil }
      return TranslationUnit(
        source: sourceSegment, target: segment, sourceLanguage: source.language, targetLanguage: variant.language,
        attributes: unit.attributes, properties: unit.properties, notes: unit.notes,
        sourceDetails: VariantDetails(source), targetDetails: VariantDetails(variant))
    }
  }

  /// The unit as TMX.
  package var tmxUnit: TMXUnit {
    TMXUnit(
      attributes: attributes, properties: properties, notes: notes,
      variants: [
        TMXVariant(
          language: sourceLanguage, segment: source, attributes: sourceDetails.attributes,
          properties: sourceDetails.properties, notes: sourceDetails.notes),
        TMXVariant(
          language: targetLanguage, segment: target, attributes: targetDetails.attributes,
          properties: targetDetails.properties, notes: targetDetails.notes),
      ])
  }
}

/// What a `tuv` carries besides its language and segment.
package struct VariantDetails: Hashable, Sendable, Codable {
  /// Attributes besides the language, in order.
  package var attributes: [XMLAttribute]
  /// The `tuv`'s properties.
  package var properties: [TMXProperty]
  /// The `tuv`'s notes.
  package var notes: [TMXNote]

  /// Details; all empty by default.
  package init(attributes: [XMLAttribute] = [], properties: [TMXProperty] = [], notes: [TMXNote] = []) {
    self.attributes = attributes
    self.properties = properties
    self.notes = notes
  }

  init(_ variant: TMXVariant) {
    self.init(attributes: variant.attributes, properties: variant.properties, notes: variant.notes)
  }

  private enum CodingKeys: String, CodingKey {
    case attributes, properties, notes
  }

  /// Reads details stored as JSON; a missing list is empty.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    attributes = try container.decodeIfPresent([XMLAttribute].self, forKey: .attributes) ?? []
    properties = try container.decodeIfPresent([TMXProperty].self, forKey: .properties) ?? []
    notes = try container.decodeIfPresent([TMXNote].self, forKey: .notes) ?? []
  }

  /// Whether the `tuv` carried nothing besides language and segment.
  package var isEmpty: Bool { attributes.isEmpty && properties.isEmpty && notes.isEmpty }
}
