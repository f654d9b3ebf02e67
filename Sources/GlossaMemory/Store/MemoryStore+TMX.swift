import GlossaText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension MemoryStore {
  package func importTMX(
    path tmxPath: String, sourceLanguage: String? = nil, dryRun: Bool = false,
    progress: (@Sendable (ImportProgress) -> Void)? = nil
  ) throws -> ImportReport {
    try MemoryImports.importTMX(
      path: tmxPath, into: self, sourceLanguage: sourceLanguage, dryRun: dryRun, progress: progress)
  }

  package func add(_ units: [TranslationUnit]) throws -> ImportReport {
    try MemoryImports.add(units, to: self)
  }
}

/// Imports every store makes the same way, on ``MemoryStore/importUnits(dryRun:header:_:)``.
package enum MemoryImports {
  /// Imports a TMX file: each `tu` gives one unit per language besides the source language.
  ///
  /// - Parameters:
  ///   - sourceLanguage: The source language; by default the header's `srclang`, and where that
  ///     is `*all*`, each unit's `srclang` or first language.
  ///   - progress: Called every 1,000 units and once at the end with how far the import has
  ///     got. It is called on the import's reading thread, not on the caller's, while the
  ///     caller's thread writes to the database: keep it quick, and make what it touches safe
  ///     to use from another thread.
  /// - Throws: ``TextInputError`` (unreadable file), ``XMLSyntaxError`` (malformed TMX; nothing
  ///   imported), ``MemoryError``.
  package static func importTMX(
    path tmxPath: String, into store: some MemoryStore, sourceLanguage: String? = nil, dryRun: Bool = false,
    progress: (@Sendable (ImportProgress) -> Void)? = nil
  ) throws -> ImportReport {
    let reader = try TMXReader(path: tmxPath)
    let header = try reader.readHeader()
    // With `*all*` (or no srclang), each unit says its own source language.
    let fileSource = sourceLanguage ?? header.sourceLanguage
    let totalBytes = TMXFiles.size(tmxPath)
    var units = 0
    var report = try store.importUnits(dryRun: dryRun, header: header) { sink in
      while let unit = try reader.next() {
        units += 1
        if units % 1000 == 0 {
          progress?(ImportProgress(units: units, bytesRead: reader.bytesRead, totalBytes: totalBytes))
        }
        let source = unit.sourceLanguage(default: fileSource)
        let pairs = TranslationUnit.units(from: unit, sourceLanguage: source)
        if pairs.isEmpty {
          let reason =
            unit.variant(in: source)?.segment == nil
            ? "no segment in the source language '\(source)'" : "no translation"
          sink.skip(InputWarning(file: reader.name, line: reader.unitLine, "a <tu> with \(reason); skipped"))
        }
        for pair in pairs { try sink.add(pair) }
      }
    }
    progress?(ImportProgress(units: units, bytesRead: reader.bytesRead, totalBytes: totalBytes))
    report.warnings = Array(reader.warnings.prefix(TranslationMemory.warningLimit)) + report.warnings
    return report
  }

  /// Adds units made elsewhere (by the aligner, or one by one).
  package static func add(_ units: [TranslationUnit], to store: some MemoryStore) throws -> ImportReport {
    try store.importUnits(dryRun: false, header: nil) { sink in
      for unit in units { try sink.add(unit) }
    }
  }
}

extension MemoryStore {
  /// Writes the memory as TMX 1.4b, atomically: see ``MemoryExports``.
  @discardableResult
  package func exportTMX(to outputPath: String, sourceLanguage: String? = nil) throws -> Int {
    try MemoryExports.exportTMX(from: self, to: outputPath, sourceLanguage: sourceLanguage)
  }

  /// Streams the memory as TMX text to `write`: see ``MemoryExports``.
  @discardableResult
  package func exportTMX(sourceLanguage: String? = nil, write: (String) throws -> Void) throws -> Int {
    try MemoryExports.exportTMX(from: self, sourceLanguage: sourceLanguage, write: write)
  }
}

/// Exports every store makes the same way, on ``MemoryStore/forEachUnit(sourceLanguage:batchSize:_:)``.
package enum MemoryExports {
  /// Writes the memory as TMX 1.4b, atomically, unit by unit.
  ///
  /// - Parameters:
  ///   - sourceLanguage: Only units from this language; by default all, with the header's
  ///     `srclang` the most common source language (or `*all*` when there are several).
  /// - Returns: How many units were written.
  /// - Throws: ``TextOutputError`` or ``MemoryError``; the target file is untouched on failure.
  @discardableResult
  package static func exportTMX(from store: some MemoryStore, to outputPath: String, sourceLanguage: String?) throws
    -> Int
  {
    let file = try AtomicFile(path: outputPath)
    let count = try exportTMX(from: store, sourceLanguage: sourceLanguage) { try file.write($0) }
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
  package static func exportTMX(
    from store: some MemoryStore, sourceLanguage: String?, write: (String) throws -> Void
  ) throws -> Int {
    let languages = try store.statistics().pairs.map(\.sourceLanguage)
    let header = sourceLanguage ?? (Set(languages.map { $0.lowercased() }).count == 1 ? languages[0] : "*all*")
    var writer = TMXWriter(sourceLanguage: header)
    try store.storedHeader().apply(to: &writer)
    try write(writer.prologue())
    var count = 0
    var chunk = ""
    var pending: (unit: TranslationUnit, tmx: TMXUnit)?
    try store.forEachUnit(sourceLanguage: sourceLanguage, batchSize: 2000) { unit in
      count += 1
      if let (first, tmx) = pending, TMXFiles.oneTU(first, unit),
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

/// Facts about TMX files and units that imports and exports share.
enum TMXFiles {
  /// The size of the file at `path`, if it is one (not standard input).
  static func size(_ path: String) -> Int? {
    var info = stat()
    return path != "-" && stat(path, &info) == 0 ? Int(info.st_size) : nil
  }

  /// Whether two units came from one `tu`: the same `tuid`, source and `tu` details.
  static func oneTU(_ a: TranslationUnit, _ b: TranslationUnit) -> Bool {
    a.id != nil && a.id == b.id && a.sourceLanguage.lowercased() == b.sourceLanguage.lowercased()
      && a.source.markup == b.source.markup && a.sourceDetails == b.sourceDetails && a.attributes == b.attributes
      && a.properties == b.properties && a.notes == b.notes
  }
}
