import ArgumentParser
import GlossaDiscovery
import GlossaGlossary
import GlossaText

extension GlossaCommand.GlossaryCommand {
  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Apply proposals from 'glossa glossary discover' to a glossary file.",
      discussion: """
        PROPOSALS is a JSON-lines file from 'discover --format jsonl' (or a .glossary or .tbx \
        file of proposed entries). A proposal for an entry FILE has adds its new spellings as \
        admitted forms; any other becomes a new entry. A proposal that would break the \
        glossary's self-tests is left out and named on standard error. FILE (.glossary or \
        .tbx) is written atomically, in its own format; it is created when missing.

        Examples:
          glossa glossary merge proposals.jsonl --into glossaries/names.glossary
          glossa glossary merge proposals.jsonl --into names.glossary --ids sergei-shoigu,palu
        """)

    @Argument(help: "The proposals.")
    var proposals: String

    @Option(help: ArgumentHelp("The glossary file to apply them to.", valueName: "FILE"))
    var into: String

    @Option(help: ArgumentHelp("Apply only these proposals (comma-separated ids).", valueName: "IDS"))
    var ids: String?

    func validate() throws {
      guard into.hasSuffix(".glossary") || into.hasSuffix(".tbx") else {
        throw ValidationError("--into must name a .glossary or .tbx file")
      }
    }

    func run() throws {
      var accepted = try readProposals()
      if let ids {
        let wanted = Set(ids.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        let unknown = wanted.subtracting(accepted.map(\.id))
        for id in unknown.sorted() { printDiagnostic("warning: no proposal '\(id)' in \(proposals)") }
        accepted = accepted.filter { wanted.contains($0.id) }
      }
      var existing: [GlossaryEntry] = []
      if FileTree.kind(of: into) == .file {
        do {
          existing = try GlossaryFileFormat.parse(file: into).entries
        } catch {
          throw reported(error)
        }
      }
      let outcome = ProposalMerger.merge(accepted, into: existing)
      for (id, reason) in outcome.skipped { printDiagnostic("warning: proposal '\(id)' left out: \(reason)") }
      let text =
        into.hasSuffix(".tbx")
        ? TBXWriter.document(outcome.entries, version: .v3) : NativeGlossaryFormat.write(outcome.entries)
      try writeOrPrint(text, to: into)
      printDiagnostic("\(outcome.applied.count) proposal(s) applied to \(into), \(outcome.skipped.count) left out")
    }

    private func readProposals() throws -> [GlossaryProposal] {
      do {
        if proposals.hasSuffix(".glossary") || proposals.hasSuffix(".tbx") {
          return try GlossaryFileFormat.parse(file: proposals).entries.compactMap(GlossaryProposal.init(entry:))
        }
        return try ProposalLines.parse(TextFile.read(proposals), file: proposals)
      } catch {
        throw reported(error)
      }
    }
  }
}
