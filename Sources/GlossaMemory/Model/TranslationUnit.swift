/// One translation unit: a source segment, its translation, and what is known about the pair.
public struct TranslationUnit: Hashable, Sendable {
  /// The source segment.
  public var source: String
  /// The translation.
  public var target: String
  /// Language codes, such as `el` and `en`.
  public var sourceLanguage: String
  public var targetLanguage: String
  /// Named properties carried along (TMX `prop` elements), such as `x-glossa-confidence`.
  public var properties: [(type: String, value: String)]
  /// When the unit was made; `nil` for unknown.
  public var creationDate: TMXDate?
  /// An identifier (TMX `tuid`).
  public var id: String?

  public init(
    source: String, target: String, sourceLanguage: String, targetLanguage: String,
    properties: [(type: String, value: String)] = [], creationDate: TMXDate? = nil, id: String? = nil
  ) {
    self.source = source
    self.target = target
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.properties = properties
    self.creationDate = creationDate
    self.id = id
  }

  /// The value of the first property of `type`.
  public func property(_ type: String) -> String? { properties.first { $0.type == type }?.value }

  public static func == (a: Self, b: Self) -> Bool {
    a.source == b.source && a.target == b.target && a.sourceLanguage == b.sourceLanguage
      && a.targetLanguage == b.targetLanguage && a.creationDate == b.creationDate && a.id == b.id
      && a.properties.map(\.type) == b.properties.map(\.type) && a.properties.map(\.value) == b.properties.map(\.value)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(target)
    hasher.combine(sourceLanguage)
    hasher.combine(targetLanguage)
  }
}
