import GlossaText

extension TranslationMemory {
  /// Whether two units came from one `tu`: the same `tuid`, source and `tu` details.
  private static func oneTU(_ a: TranslationUnit, _ b: TranslationUnit) -> Bool {
    a.id != nil && a.id == b.id && a.sourceLanguage.lowercased() == b.sourceLanguage.lowercased()
      && a.source.markup == b.source.markup && a.sourceDetails == b.sourceDetails && a.attributes == b.attributes
      && a.properties == b.properties && a.notes == b.notes
  }

  /// Writes the memory as TMX 1.4b, atomically, unit by unit.
  ///
  /// - Parameters:
  ///   - sourceLanguage: Only units from this language; by default all, with the header's
  ///     `srclang` the most common source language (or `*all*` when there are several).
  /// - Returns: How many units were written.
  /// - Throws: ``TextOutputError`` or ``MemoryError``; the target file is untouched on failure.
  @discardableResult
  public func exportTMX(to outputPath: String, sourceLanguage: String? = nil) throws -> Int {
    let file = try AtomicFile(path: outputPath)
    let count = try exportTMX(sourceLanguage: sourceLanguage) { try file.write($0) }
    try file.commit()
    return count
  }

  /// Streams the memory as TMX text to `write`, in pieces.
  ///
  /// The header is Glossa's, with the notes, properties and data type of the imported files'
  /// headers.
  ///
  /// Units made from one `tu` of several languages (same `tuid`, source and `tu` details, one
  /// after the other) go out as that one `tu` again, so no `tuid` is written twice.
  @discardableResult
  public func exportTMX(sourceLanguage: String? = nil, write: (String) throws -> Void) throws -> Int {
    let languages = try statistics().pairs.map(\.sourceLanguage)
    let header = sourceLanguage ?? (Set(languages.map { $0.lowercased() }).count == 1 ? languages[0] : "*all*")
    var writer = TMXWriter(sourceLanguage: header)
    try database.read { try StoredHeader.read($0) }.apply(to: &writer)
    try write(writer.prologue())
    var count = 0
    var chunk = ""
    var pending: (unit: TranslationUnit, tmx: TMXUnit)?
    try forEachUnit(sourceLanguage: sourceLanguage) { unit in
      count += 1
      if let (first, tmx) = pending, Self.oneTU(first, unit),
        !tmx.variants.contains(where: {
          $0.language.lowercased() == unit.targetLanguage.lowercased()
        })
      {
        pending?.tmx.variants.append(unit.tmxUnit.variants[1])
        return
      }
      if let tmx = pending?.tmx { chunk += writer.xml(for: tmx) }
      pending = (unit, unit.tmxUnit)
      if chunk.utf8.count > 1 << 20 {
        try write(chunk)
        chunk = ""
      }
    }
    if let tmx = pending?.tmx { chunk += writer.xml(for: tmx) }
    try write(chunk + TMXWriter.epilogue)
    return count
  }
}
