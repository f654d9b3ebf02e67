import GlossaXML

extension TranslationUnit {
  /// Whether two units say the same thing: same languages (in any case), same segments with
  /// the same inline markup.
  package func hasSameContent(as other: TranslationUnit) -> Bool {
    sourceLanguage.lowercased() == other.sourceLanguage.lowercased()
      && targetLanguage.lowercased() == other.targetLanguage.lowercased()
      && source.markup == other.source.markup && target.markup == other.target.markup
  }

  /// This unit with what `other` (the same content) adds: usage counts summed, the earliest
  /// creation and latest change and use, and attributes, properties and notes it lacks.
  package func merged(with other: TranslationUnit) -> TranslationUnit {
    var result = self
    result.attributes = Self.mergedAttributes(attributes, other.attributes)
    result.properties += other.properties.filter { !properties.contains($0) }
    result.notes += other.notes.filter { !notes.contains($0) }
    result.sourceDetails = Self.merged(sourceDetails, other.sourceDetails)
    result.targetDetails = Self.merged(targetDetails, other.targetDetails)
    return result
  }

  private static func merged(_ a: VariantDetails, _ b: VariantDetails) -> VariantDetails {
    VariantDetails(
      attributes: mergedAttributes(a.attributes, b.attributes),
      properties: a.properties + b.properties.filter { !a.properties.contains($0) },
      notes: a.notes + b.notes.filter { !a.notes.contains($0) })
  }

  private static func mergedAttributes(_ a: [XMLAttribute], _ b: [XMLAttribute]) -> [XMLAttribute] {
    var result = a
    for attribute in b {
      guard let index = result.firstIndex(where: { $0.name == attribute.name }) else {
        result.append(attribute)
        continue
      }
      let mine = result[index].value
      switch attribute.name {
      case "creationdate": result[index].value = min(mine, attribute.value)
      case "changedate", "lastusagedate": result[index].value = max(mine, attribute.value)
      case "usagecount": result[index].value = String((Int(mine) ?? 0) + (Int(attribute.value) ?? 0))
      default: continue
      }
    }
    return result
  }
}
