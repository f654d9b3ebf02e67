import GlossaText

extension Glossary {
  /// The glossaries that ship with Glossa (the `glossaries/` folder of the repository),
  /// compiled into the binary, so they load from any working directory. Their index is kept
  /// in the cache folder like a large glossary's (``CompiledIndexCache``): every run needs it.
  public static let shipped: Glossary = {
    var entries: [GlossaryEntry] = []
    for name in EmbeddedData.files.keys.sorted() where name.hasPrefix("glossaries/") && name.hasSuffix(".glossary") {
      // The shipped files are checked by the tests; a broken one is skipped, not fatal.
      if let parsed = try? NativeGlossaryFormat.parse(EmbeddedData.files[name]!, file: name) {
        entries += parsed.entries
      }
    }
    return Glossary(entries: entries, index: CompiledIndexCache.index(of: entries))
  }()

  /// The names of the shipped glossary files.
  package static var shippedFileNames: [String] {
    EmbeddedData.files.keys.filter { $0.hasPrefix("glossaries/") && $0.hasSuffix(".glossary") }.sorted()
  }

  /// The text of a shipped glossary file.
  package static func shippedFile(named name: String) -> String? { EmbeddedData.files[name] }

  /// The file extensions a glossary loads: Glossa's own format, TBX, and delimited text.
  package static let fileExtensions = ["glossary", "tbx", "tsv", "csv"]

  /// Loads glossary files, or every glossary file under directories, into one glossary.
  ///
  /// - Returns: The glossary and the warnings met (unknown fields and the like).
  /// - Throws: ``GlossaryIssue`` for a missing or malformed file, or an entry id used twice.
  public static func load(paths: [String]) throws(GlossaryIssue) -> (glossary: Glossary, warnings: [InputWarning]) {
    var entries: [GlossaryEntry] = []
    var warnings: [InputWarning] = []
    var origins: [String: String] = [:]
    for file in try expand(paths) {
      let parsed = try ParsedGlossaryCache.parsed(file: file) { () throws(GlossaryIssue) in
        try GlossaryFileFormat.parse(file: file)
      }
      warnings += parsed.warnings
      for entry in parsed.entries {
        if let other = origins[entry.id] {
          throw GlossaryIssue(file: file, line: nil, "entry id '\(entry.id)' is also in \(other)")
        }
        origins[entry.id] = file
        entries.append(entry)
      }
    }
    return (Glossary(entries: entries, index: CompiledIndexCache.index(of: entries)), warnings)
  }

  private static func expand(_ paths: [String]) throws(GlossaryIssue) -> [String] {
    var files: [String] = []
    for path in paths {
      switch FileTree.kind(of: path) {
      case .directory?: files += FileTree.files(under: path, extensions: Set(fileExtensions))
      case .file?: files.append(path)
      case nil: throw GlossaryIssue(file: path, line: nil, "no such file or directory", category: .missingInput)
      }
    }
    return files
  }
}
