import ArgumentParser
import GlossaGlossary
import GlossaText

extension GlossaCommand {
  struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "glossary",
      abstract: "Check, count, convert and export glossaries.",
      subcommands: [Validate.self, Stats.self, Import.self, Export.self, Discover.self, Merge.self])
  }
}

extension GlossaCommand.GlossaryCommand {
  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check glossaries: the files parse and every entry's examples behave.",
      discussion: """
        Exits with 1 when an entry's 'match' sentence does not find it, a 'nomatch' sentence \
        does, or two entries share a form; with 65 when a file is malformed.

        Examples:
          glossa glossary validate
          glossa glossary validate --glossary glossaries/people.glossary
        """)

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
      let glossary = try glossaryOptions.load()
      let failures = glossary.validationFailures()
      for failure in failures { printDiagnostic("error: \(failure)") }
      let output = BufferedOutput()
      let examples = glossary.entries.reduce(0) { $0 + $1.examples.count }
      output.writeLine(
        "\(glossary.entries.count) entries, \(examples) examples: \(failures.isEmpty ? "all pass" : "\(failures.count) failure(s)")"
      )
      output.flush()
      if !failures.isEmpty { throw ExitCode.failure }
    }
  }

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Count entries and forms by kind, language and status.",
      discussion: "Example:\n  glossa glossary stats")

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
      let stats = try glossaryOptions.load().statistics
      let output = BufferedOutput()
      output.writeLine("entries: \(stats.entries)")
      for kind in EntryKind.allCases { output.writeLine("  \(kind.rawValue): \(stats.entriesByKind[kind] ?? 0)") }
      output.writeLine("forms: \(stats.forms)")
      for language in TermLanguage.allCases {
        output.writeLine("  \(language.rawValue): \(stats.formsByLanguage[language] ?? 0)")
      }
      for status in TermStatus.allCases {
        output.writeLine("  \(status.rawValue): \(stats.formsByStatus[status] ?? 0)")
      }
      output.writeLine("examples: \(stats.examples)")
      output.flush()
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert TBX, TSV or CSV glossaries into Glossa's own format.",
      discussion: """
        Reads every FILE (by extension: .tbx, .tsv, .csv or .glossary) and writes one file in \
        Glossa's format, atomically; nothing is written if any input is malformed.

        Examples:
          glossa glossary import terms.tbx -o glossaries/terms.glossary
          glossa glossary import names.csv > names.glossary
        """)

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Argument(help: "Glossary files to import.")
    var files: [String]

    func run() throws {
      let glossary = try loadGlossary(paths: files)
      let text = NativeGlossaryFormat.write(glossary.entries)
      // What is written must read back as the same entries; a difference is a bug in Glossa,
      // and nothing is written.
      let reread = try? NativeGlossaryFormat.parse(text, file: output ?? "-").entries
      if let first = glossary.entries.indices.first(where: {
        reread == nil || $0 >= reread!.count || reread![$0] != glossary.entries[$0].inWrittenOrder
      }) {
        printDiagnostic(
          "error: entry '\(glossary.entries[first].id)' would not read back as imported; nothing was written")
        throw ExitStatus.internalError
      }
      try writeOrPrint(text, to: output)
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Export glossaries as TBX, TSV or Glossa's own format.",
      discussion: """
        Formats: tbx (TBX v3, TBX-Basic), tbx2 (TBX v2, martif), tsv, glossary.

        Examples:
          glossa glossary export --format tbx -o glossa.tbx
          glossa glossary export --format tsv --glossary glossaries/people.glossary
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case tbx, tbx2, tsv, glossary
    }

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "Output format: tbx, tbx2, tsv or glossary.")
    var format: Format = .tbx

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    func run() throws {
      let entries = try glossaryOptions.load().entries
      let text: String
      switch format {
      case .tbx: text = TBXWriter.document(entries, version: .v3)
      case .tbx2: text = TBXWriter.document(entries, version: .v2)
      case .tsv: text = DelimitedGlossaryFormat.writeTSV(entries)
      case .glossary: text = NativeGlossaryFormat.write(entries)
      }
      try writeOrPrint(text, to: output)
    }
  }
}

/// Writes `text` atomically to `path`, or to standard output when `path` is nil.
func writeOrPrint(_ text: String, to path: String?) throws {
  guard let path else {
    let output = BufferedOutput()
    output.write(text)
    output.flush()
    return
  }
  do {
    try TextFile.writeAtomically(text, to: path)
  } catch {
    printDiagnostic("error: \(error)")
    throw ExitCode.failure
  }
}
