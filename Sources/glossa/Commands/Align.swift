import ArgumentParser
import Foundation
import GlossaAlignment
import GlossaGlossary
import GlossaMemory
import GlossaText

extension AlignmentOutput.Format: ExpressibleByArgument {}

extension GlossaCommand {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align a text with its translation into translation units.",
      discussion: """
        Both texts are cut into sentences (or taken one sentence per line with \
        --presegmented) and aligned into beads of 1-1, 1-2, 2-1, 2-2, 1-3, 3-1 sentences; \
        sentences without a counterpart become 1-0 or 0-1 beads. Each bead has a confidence \
        in [0, 1], the model's probability that it is right.

        Formats:
          tmx     TMX 1.4b; one tu per bead with props x-glossa-confidence, x-glossa-bead and \
        x-glossa-document. 1-0 and 0-1 beads are not units and are left out.
          tsv     a header line, then source, target, confidence, shape, document, source and \
        target sentence numbers (0-based, comma-separated); 1-0 and 0-1 beads left out.
          jsonl   one JSON object per bead, 1-0 and 0-1 included.
          beads   one bead per line as [i, j]:[k]:confidence, 0-based, source first.

        SOURCE and TARGET may be two folders: every file in SOURCE with a file of the same \
        relative name in TARGET is aligned. With beads, --output names a folder that gets one \
        file per pair; the other formats write all pairs into one output.

        A summary goes to standard error, with warnings for empty sides, lengths far apart \
        and texts in an unexpected script.

        Examples:
          glossa align examples/align/athens-heatwave.el.txt examples/align/athens-heatwave.en.txt
          glossa align --source-lang en --target-lang el --format tsv story.en story.el
          glossa align --presegmented --format beads -o aligned/ en/ el/ --source-lang en --target-lang el
          glossa align --min-confidence 0.9 -o memory.tmx articles-el/ articles-en/
          glossa align --min-confidence 0.9 --tm news.sqlite article.el.txt article.en.txt
        """)

    @Argument(help: "The source text, or a folder of them.")
    var source: String

    @Argument(help: "Its translation, or a folder of translations with the same file names.")
    var target: String

    @Option(name: .customLong("source-lang"), help: "The source language code.")
    var sourceLanguage = "el"

    @Option(name: .customLong("target-lang"), help: "The target language code.")
    var targetLanguage = "en"

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Flag(help: "Use no glossary (names are still matched by their sound).")
    var noGlossary = false

    @Flag(help: "Take each line as one sentence, as it is.")
    var presegmented = false

    @Option(help: "Output format: tmx, tsv, jsonl or beads.")
    var format: AlignmentOutput.Format = .tmx

    @Option(
      name: [.customShort("o"), .customLong("output")],
      help: ArgumentHelp("Write to FILE (atomically) instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Leave out beads less sure than X (0 to 1).", valueName: "X"))
    var minConfidence = 0.0

    @Option(
      name: .customLong("tm"),
      help: ArgumentHelp("Also add the aligned units to this translation memory.", valueName: "PATH"))
    var memoryPath: String?

    @Flag(help: "Print no summary (warnings and errors still go to standard error).")
    var quiet = false

    @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of stopping.")
    var lossy = false

    func validate() throws {
      guard (0...1).contains(minConfidence) else {
        throw ValidationError("--min-confidence takes a number from 0 to 1.")
      }
      for code in [sourceLanguage, targetLanguage]
      where code.isEmpty || !code.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) {
        throw ValidationError("'\(code)' is not a language code such as el or en.")
      }
    }

    func run() throws {
      let pairs = try documentPairs()
      let glossary: Glossary? = noGlossary ? nil : try glossaryOptions.load()
      let aligner = Aligner(glossary: glossary)
      let reader = SentenceFile(presegmented: presegmented, lossy: lossy)
      var documents: [AlignedDocument] = []
      var failure: ExitCode?
      for pair in pairs {
        do {
          let sourceSentences = try reader.sentences(at: pair.source, language: sourceLanguage)
          let targetSentences = try reader.sentences(at: pair.target, language: targetLanguage)
          let alignment = aligner.align(
            source: sourceSentences, target: targetSentences, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage)
          for warning in alignment.warnings { printDiagnostic("warning: \(pair.name): \(warning)") }
          documents.append(
            AlignedDocument(
              name: pair.name, source: sourceSentences, target: targetSentences, sourceLanguage: sourceLanguage,
              targetLanguage: targetLanguage, alignment: alignment))
        } catch {
          failure = failure ?? reported(error)
        }
      }
      if let failure, documents.isEmpty { throw failure }
      try write(documents, directoryForm: pairs.count > 1 || FileTree.kind(of: source) == .directory)
      if !quiet { printSummary(documents) }
      if let memoryPath { try addToMemory(documents, path: memoryPath) }
      if let failure { throw failure }
    }

    /// The file pairs to align: the two arguments, or the same-named files of two folders.
    private func documentPairs() throws -> [(name: String, source: String, target: String)] {
      switch (FileTree.kind(of: source), FileTree.kind(of: target)) {
      case (.directory?, .directory?):
        let prefix = source.hasSuffix("/") ? source : source + "/"
        var pairs: [(String, String, String)] = []
        for path in FileTree.files(under: source, extensions: nil) {
          let name = String(path.dropFirst(prefix.count))
          let other = (target.hasSuffix("/") ? target : target + "/") + name
          if FileTree.kind(of: other) == .file {
            pairs.append((name, path, other))
          } else {
            printDiagnostic("warning: \(path): no file of the same name in \(target); skipped")
          }
        }
        if pairs.isEmpty {
          printDiagnostic("error: \(source) and \(target) have no files of the same name")
          throw ExitStatus.noInput
        }
        return pairs
      case (.directory?, _), (_, .directory?):
        throw ValidationError("SOURCE and TARGET must both be files or both be folders.")
      default:
        return [(source == "-" ? "<stdin>" : Self.documentName(source), source, target)]
      }
    }

    /// The name a unit keeps of its document: the path as given when it is relative, else the
    /// path below the working folder, else the file's name alone; a TMX that goes to other
    /// desks carries no local folders.
    static func documentName(_ path: String) -> String {
      guard path.hasPrefix("/") else { return path }
      let folder = FileManager.default.currentDirectoryPath
      let prefix = folder.hasSuffix("/") ? folder : folder + "/"
      if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
      return path.split(separator: "/").last.map(String.init) ?? path
    }

    private func write(_ documents: [AlignedDocument], directoryForm: Bool) throws {
      let writer = AlignmentOutput(
        format: format, sourceLanguage: sourceLanguage, minimumConfidence: minConfidence)
      guard format == .beads, directoryForm else {
        try writeOrPrint(writer.text(for: documents), to: output)
        return
      }
      guard let output else {
        throw ValidationError("Aligning folders with --format beads needs --output FOLDER (one file per pair).")
      }
      guard FileTree.createDirectories(output) else {
        printDiagnostic("error: \(output): cannot create the folder")
        throw ExitCode.failure
      }
      for document in documents {
        let path = (output.hasSuffix("/") ? output : output + "/") + document.name
        if document.name.contains("/"), !FileTree.createDirectories(String(path[..<path.lastIndex(of: "/")!])) {
          printDiagnostic("error: \(path): cannot create its folder")
          throw ExitCode.failure
        }
        try writeOrPrint(writer.text(for: [document]), to: path)
      }
    }

    /// Adds the written units to the memory at `path`, in one transaction.
    private func addToMemory(_ documents: [AlignedDocument], path: String) throws {
      let writer = AlignmentOutput(
        format: format, sourceLanguage: sourceLanguage, minimumConfidence: minConfidence)
      do {
        let memory = try MemoryOptions.open(path, creating: true)
        let report = try memory.add(writer.units(for: documents))
        printDiagnostic("\(path): added \(report.added) units, merged \(report.merged)")
      } catch {
        printDiagnostic("error: \(error)")
        throw ExitCode.failure
      }
    }

    private func printSummary(_ documents: [AlignedDocument]) {
      var shapes: [Bead.Shape: Int] = [:]
      var sure = 0
      var kept = 0
      var (unalignedSource, unalignedTarget, sourceCount, targetCount) = (0, 0, 0, 0)
      for document in documents {
        let alignment = document.alignment
        shapes.merge(alignment.shapeCounts, uniquingKeysWith: +)
        sure += alignment.beads.filter { $0.confidence >= 0.9 }.count
        kept += alignment.beads.filter { $0.confidence >= minConfidence && !$0.isUnaligned }.count
        unalignedSource += alignment.unalignedSourceCount
        unalignedTarget += alignment.unalignedTargetCount
        sourceCount += alignment.sourceCount
        targetCount += alignment.targetCount
      }
      let beadCount = shapes.values.reduce(0, +)
      let shapeList = shapes.sorted { ($0.value, $1.key.description) > ($1.value, $0.key.description) }
        .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
      let documentText = documents.count == 1 ? "" : "\(documents.count) document pairs, "
      printDiagnostic(
        "aligned \(documentText)\(sourceCount) source and \(targetCount) target sentences into \(beadCount) beads (\(shapeList)); "
          + "\(sure) with confidence ≥ 0.9; \(kept) units written; unaligned: \(unalignedSource) source, \(unalignedTarget) target sentences"
      )
    }
  }
}
