import GlossaText

/// The glossary file formats, chosen by file extension.
package enum GlossaryFileFormat: String, CaseIterable, Sendable {
  /// Glossa's own format (`.glossary`), see ``NativeGlossaryFormat``.
  case native = "glossary"
  /// TBX v3 (TBX-Basic) or v2 (`martif`), see ``TBXReader`` and ``TBXWriter``.
  case tbx
  /// Tab-separated values with a header, see ``DelimitedGlossaryFormat``.
  case tsv
  /// Comma-separated values with a header, see ``DelimitedGlossaryFormat``.
  case csv

  /// The format for a file name, by extension.
  package init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: ".") else { return nil }
    self.init(rawValue: String(fileName[fileName.index(after: dot)...]).lowercased())
  }

  /// Reads and parses a glossary file in the format its extension names.
  package static func parse(file: String) throws(GlossaryIssue) -> (entries: [GlossaryEntry], warnings: [InputWarning])
  {
    guard let format = GlossaryFileFormat(fileName: file) else {
      throw GlossaryIssue(
        file: file, line: nil,
        "unknown glossary format; use .glossary, .tbx, .tsv or .csv")
    }
    // TBX is XML: its own reader decodes whatever encoding the file declares.
    if format == .tbx { return try TBXReader.read(path: file) }
    let text: String
    do {
      text = try TextFile.read(file)
    } catch {
      throw GlossaryIssue(file: file, line: error.line, error.message, category: error.category)
    }
    switch format {
    case .native: return try NativeGlossaryFormat.parse(text, file: file)
    case .tbx: return try TBXReader.parse(text, file: file)
    case .tsv: return try DelimitedGlossaryFormat.parse(text, file: file, separator: "\t")
    case .csv: return try DelimitedGlossaryFormat.parse(text, file: file, separator: ",")
    }
  }
}
