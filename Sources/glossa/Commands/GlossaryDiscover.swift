import ArgumentParser
import GlossaDiscovery
import GlossaGlossary
import GlossaLint
import GlossaMemory
import GlossaText

extension GlossaCommand.GlossaryCommand {
  struct Discover: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Propose glossary entries from aligned translations and Greek articles.",
      discussion: """
        Evidence: aligned Greek–English units (--tmx files, or a --tm memory) pair each foreign \
        name of the English side with the Greek words that render it, by sound and by how \
        consistently they occur together; Greek articles (--archive) show the spellings one name \
        is written in across the archive. Proposals are not edits: review them, then apply them \
        with 'glossa glossary merge'. A name the glossary already has is proposed only for the \
        spellings it lacks, as an addition to its entry.

        Formats: jsonl (one proposal a line: id, en, el, variants with counts, type, \
        confidence, entry, examples, spellings), glossary (Glossa's format), tbx.

        Examples:
          glossa align --source-lang en --target-lang el -o aligned.tmx en/ el/
          glossa glossary discover --tmx aligned.tmx > proposals.jsonl
          glossa glossary discover --archive articles/ --min-count 3 --format glossary
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case jsonl, glossary, tbx
    }

    @Option(help: ArgumentHelp("Aligned units in a TMX file; repeatable.", valueName: "FILE"))
    var tmx: [String] = []

    @Option(help: ArgumentHelp("Aligned units in a translation memory (glossa tm).", valueName: "PATH"))
    var tm: String?

    @Option(help: ArgumentHelp("Greek articles: a file or a folder of them; repeatable.", valueName: "PATH"))
    var archive: [String] = []

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(
      help: ArgumentHelp("A Greek word list (Hunspell el_GR.dic). Default: the installed one.", valueName: "PATH"))
    var lexicon: String?

    @Option(help: "Output format: jsonl, glossary or tbx.")
    var format: Format = .jsonl

    @Option(help: "Which Greek spelling is preferred: majority, elot (closest to ELOT 743 of the English) or recent.")
    var prefer: DiscoveryOptions.Preference = .majority

    @Option(help: "Propose names seen at least this many times.")
    var minCount = 1

    @Option(help: "Propose names at least this likely to be right (0 to 1).")
    var minConfidence = 0.5

    @Option(help: "Propose at most this many names, the most seen first.")
    var limit: Int?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    func validate() throws {
      if tmx.isEmpty && tm == nil && archive.isEmpty {
        throw ValidationError("give evidence: --tmx FILE, --tm PATH or --archive PATH")
      }
      if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
      let glossary = try glossaryOptions.load()
      let discoverer = GlossaryDiscoverer(glossary: glossary, lexicon: try loadLexicon(path: lexicon))
      for file in tmx { try readTMX(file, into: discoverer) }
      if let tm { try readMemory(tm, into: discoverer) }
      if !archive.isEmpty { try readArchive(into: discoverer) }
      let proposals = discoverer.proposals(
        options: DiscoveryOptions(
          minimumCount: minCount, minimumConfidence: minConfidence, limit: limit, preference: prefer))
      let text: String
      switch format {
      case .jsonl: text = proposals.map { ProposalLines.line($0) + "\n" }.joined()
      case .glossary: text = NativeGlossaryFormat.write(proposals.map(\.glossaryEntry))
      case .tbx: text = TBXWriter.document(proposals.map(\.glossaryEntry), version: .v3)
      }
      printDiagnostic("\(proposals.count) proposal(s) from \(discoverer.unitCount) unit(s)")
      try writeOrPrint(text, to: output)
    }

    /// Units are handed over in batches, read on every core.
    private static let batchSize = 20_000

    private func readTMX(_ file: String, into discoverer: GlossaryDiscoverer) throws {
      let progress = ProgressLine(label: file)
      defer { progress.finish() }
      do {
        let reader = try TMXReader(path: file)
        _ = try reader.readHeader()
        let total = FileTree.size(of: file)
        var batch: [(english: String, greek: String, document: String?)] = []
        var count = 0
        while let unit = try reader.next() {
          let english = unit.variants.first { $0.language.lowercased().hasPrefix("en") }?.segment?.text
          let greek = unit.variants.first { $0.language.lowercased().hasPrefix("el") }?.segment?.text
          guard let english, let greek else { continue }
          batch.append((english, greek, unit.properties.first { $0.type == "x-glossa-document" }?.value))
          count += 1
          if batch.count == Self.batchSize {
            discoverer.addUnits(batch)
            batch.removeAll(keepingCapacity: true)
            progress.update(ImportProgress(units: count, bytesRead: reader.bytesRead, totalBytes: total))
          }
        }
        discoverer.addUnits(batch)
      } catch {
        throw reported(error)
      }
    }

    private func readMemory(_ path: String, into discoverer: GlossaryDiscoverer) throws {
      guard !path.contains("://") else {
        printDiagnostic("error: \(path): only a memory file made by 'glossa tm' can be read here")
        throw ExitCode.validationFailure
      }
      let memory = try MemoryOptions.open(path, creating: false)
      let progress = ProgressLine(label: path)
      defer { progress.finish() }
      do {
        var batch: [(english: String, greek: String, document: String?)] = []
        var count = 0
        try memory.forEachUnit { unit in
          let pair =
            unit.sourceLanguage.lowercased().hasPrefix("el")
            ? (unit.target.text, unit.source.text) : (unit.source.text, unit.target.text)
          batch.append((pair.0, pair.1, unit.property("x-glossa-document")))
          count += 1
          if batch.count == Self.batchSize {
            discoverer.addUnits(batch)
            batch.removeAll(keepingCapacity: true)
            progress.update(ImportProgress(units: count, bytesRead: 0, totalBytes: nil))
          }
        }
        discoverer.addUnits(batch)
      } catch {
        throw reported(error)
      }
    }

    private func readArchive(into discoverer: GlossaryDiscoverer) throws {
      var files: [String] = []
      for path in archive {
        switch FileTree.kind(of: path) {
        case .directory?: files += FileTree.files(under: path, extensions: ["txt", "md", "markdown", "html", "htm"])
        case .file?: files.append(path)
        case nil:
          printDiagnostic("error: \(path): no such file or directory")
          throw ExitStatus.noInput
        }
      }
      // Read in slices, so that a large archive is never all in memory at once.
      var start = 0
      while start < files.count {
        let slice = Array(files[start..<min(files.count, start + 2000)])
        var texts: [String] = []
        for file in slice {
          do {
            texts.append(Document(path: file, text: try TextFile.read(file)).text)
          } catch {
            throw reported(error)
          }
        }
        discoverer.addArticles(texts, files: slice)
        start += slice.count
      }
    }
  }
}
extension DiscoveryOptions.Preference: ExpressibleByArgument {}
