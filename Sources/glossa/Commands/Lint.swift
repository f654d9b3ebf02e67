import ArgumentParser
import GlossaDiagnostics
import GlossaGlossary
import GlossaLint
import GlossaText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

extension GlossaCommand {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check articles for inconsistent name spellings and Greek orthography slips.",
      discussion: """
        Rules: \(RuleRegistry.metadata.map(\.identifier).joined(separator: ", ")). \
        See the README for each rule's examples.

        PATH may be a file or a folder (searched recursively for .txt, .md, .markdown, .html, \
        .htm); '-' reads standard input. For HTML only text content is checked; positions \
        always point into the original file. Lines and columns are 1-based; text and JSON \
        columns count Unicode scalars, SARIF columns UTF-16 code units.

        Configuration: .glossa.yml in the working directory or a parent, or --config FILE.
        Exit status: 0 no finding at or above --fail-on, 1 findings, 64 usage error, \
        65 an input could not be read (the others are still checked).

        Examples:
          glossa lint examples/pyongyang-visit.txt
          glossa lint --format sarif articles/ > glossa.sarif
          glossa lint --fix --dry-run article.txt
          glossa lint --across-files --stats archive/
        """)

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "Output format: text, json or sarif.")
    var format: ReportFormat = .text

    @Flag(help: "Apply all safe fixes to the files (atomically).")
    var fix = false

    @Flag(help: "With --fix: print a unified diff instead of changing files.")
    var dryRun = false

    @Option(help: "Lowest severity that makes the exit status 1: error, warning or note.")
    var failOn: Severity = .warning

    @Option(help: ArgumentHelp("Configuration file (default: .glossa.yml found from here upward).", valueName: "FILE"))
    var config: String?

    @Flag(help: "Also report names spelled differently in different files.")
    var acrossFiles = false

    @Flag(help: "Print a table of every name's spellings and counts across the input.")
    var stats = false

    @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of skipping the file.")
    var lossy = false

    @Option(
      help: ArgumentHelp(
        "A Greek word list (Hunspell el_GR.dic or one word per line). Default: $GLOSSA_LEXICON, else the installed hunspell-el.",
        valueName: "PATH"))
    var lexicon: String?

    @Argument(help: "Files or folders to check; '-' reads standard input.")
    var paths: [String] = []

    func validate() throws {
      if paths.isEmpty { throw ValidationError("Give at least one file or folder, or '-' to read standard input.") }
      if dryRun && !fix { throw ValidationError("--dry-run goes with --fix.") }
    }

    func run() throws {
      var configuration = try loadConfiguration()
      let glossary: Glossary
      if !glossaryOptions.paths.isEmpty {
        glossary = try glossaryOptions.load()
      } else if !configuration.glossaryPaths.isEmpty {
        glossary = try loadGlossary(paths: configuration.glossaryPaths)
      } else {
        glossary = Glossary.shipped
      }
      configuration.glossaryPaths = []
      let lexicon = try loadLexicon(path: lexicon)
      let linter = Linter(configuration: configuration, glossary: glossary, lexicon: lexicon)

      var failure: ExitCode?
      var documents: [Document] = []
      // Long plain-text files are read piece by piece when nothing needs their whole text
      // afterwards (fixes, statistics, comparing files); their reports keep their place.
      let streaming = !fix && !stats && !acrossFiles
      var order: [(path: String, document: Int?)] = []
      for path in expand(paths, failure: &failure) {
        if streaming, path != "-", Document.Format(fileName: path) == .text,
          (FileTree.size(of: path) ?? 0) > linter.pieceSize
        {
          order.append((path, nil))
          continue
        }
        do {
          documents.append(Document(path: path == "-" ? "<stdin>" : path, text: try TextFile.read(path, lossy: lossy)))
          order.append((path, documents.count - 1))
        } catch {
          failure = failure ?? reported(error)
        }
      }

      if fix {
        documents = try applyFixes(to: documents, linter: linter, failure: &failure)
        if dryRun {
          if let failure { throw failure }
          return
        }
      }

      let results = try linter.lint(documents)
      var findings = results
      if acrossFiles {
        let crossFindings = CrossDocumentCheck(glossary: glossary, configuration: configuration, lexicon: lexicon)
          .findings(in: documents)
        findings = zip(findings, crossFindings).map {
          ($0 + $1).sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        }
      }
      var reports: [FileReport] = []
      for (path, index) in order {
        if let index {
          reports.append(FileReport(document: documents[index], findings: findings[index]))
          continue
        }
        do {
          let (streamed, lines) = try linter.lintFile(at: path, lossy: lossy)
          reports.append(FileReport(path: path, locator: lines, findings: streamed))
        } catch {
          failure = failure ?? reported(error)
        }
      }
      let output = BufferedOutput()
      let colored = format == .text && isatty(1) != 0 && getenv("NO_COLOR") == nil
      output.write(
        format.makeReporter(colored: colored, toolVersion: Glossa.version, rules: RuleRegistry.metadata).report(reports)
      )
      if stats {
        output.write(SpellingStatistics(glossary: glossary, configuration: configuration).table(for: documents))
      }
      output.flush()
      let count = reports.reduce(0) { $0 + $1.findings.count }
      if format == .text && count > 0 {
        printDiagnostic(
          "\(count) finding(s) in \(reports.filter { !$0.findings.isEmpty }.count) of \(reports.count) file(s)")
      }
      if let failure { throw failure }
      if reports.contains(where: { $0.findings.contains { $0.severity >= failOn } }) { throw ExitCode.failure }
    }

    /// Applies safe fixes until none is left (fixes that overlapped get a second pass),
    /// writing each file atomically, or printing diffs with --dry-run.
    private func applyFixes(to documents: [Document], linter: Linter, failure: inout ExitCode?) throws -> [Document] {
      var updated: [Document] = []
      let output = BufferedOutput()
      defer { output.flush() }
      for document in documents {
        let (current, applied) = try linter.fixAll(document)
        if applied == 0 || current.original == document.original {
          updated.append(document)
          continue
        }
        if dryRun {
          output.write(UnifiedDiff.diff(old: document.original, new: current.original, path: document.path))
        } else if document.path == "<stdin>" {
          output.write(current.original)
        } else {
          do {
            try TextFile.writeAtomically(current.original, to: document.path)
          } catch {
            failure = failure ?? reported(error)
            updated.append(document)
            continue
          }
        }
        updated.append(current)
      }
      return updated
    }

    private func loadConfiguration() throws -> LintConfiguration {
      guard let path = config ?? LintConfiguration.discover(from: FileTree.currentDirectory) else {
        return LintConfiguration()
      }
      do {
        let (configuration, warnings) = try LintConfiguration.load(path: path)
        for warning in warnings { printDiagnostic(warning.description) }
        return configuration
      } catch {
        throw reported(error)
      }
    }

    /// Files named, and the article files under folders named, in a stable order.
    private func expand(_ paths: [String], failure: inout ExitCode?) -> [String] {
      var files: [String] = []
      for path in paths {
        switch path == "-" ? .file : FileTree.kind(of: path) {
        case .directory?: files += FileTree.files(under: path, extensions: Document.Format.fileExtensions)
        case .file?: files.append(path)
        case nil:
          printDiagnostic("error: \(path): no such file or directory")
          failure = failure ?? ExitStatus.noInput
        }
      }
      return files
    }

  }
}
