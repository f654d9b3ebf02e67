import GlossaText

extension TranslationMemory {
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
  @discardableResult
  public func exportTMX(sourceLanguage: String? = nil, write: (String) throws -> Void) throws -> Int {
    let languages = try statistics().pairs.map(\.sourceLanguage)
    let header = sourceLanguage ?? (Set(languages.map { $0.lowercased() }).count == 1 ? languages[0] : "*all*")
    let writer = TMXWriter(sourceLanguage: header)
    try write(writer.prologue())
    var count = 0
    var chunk = ""
    try forEachUnit(sourceLanguage: sourceLanguage) { unit in
      chunk += writer.xml(for: unit.tmxUnit)
      count += 1
      if chunk.utf8.count > 1 << 20 {
        try write(chunk)
        chunk = ""
      }
    }
    try write(chunk + TMXWriter.epilogue)
    return count
  }
}
