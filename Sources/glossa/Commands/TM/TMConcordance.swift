import ArgumentParser
import GlossaMemory
import GlossaText

struct TMConcordance: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "concordance",
    abstract: "Find units that use some words, on either side.",
    discussion: """
      Case and accents are ignored (κορεας finds Κορέας); the words must follow each other.

      Examples:
        glossa tm concordance "Βόρειας Κορέας"
        glossa tm concordance --side target "North Korea"
      """)

  @OptionGroup var memory: MemoryOptions

  @Option(help: "Where to look: source, target or both.")
  var side: TranslationMemory.Side = .both

  @Option(help: "The most units shown.")
  var limit = 20

  @Option(help: "Output format: text or json.")
  var format: TMSearch.Format = .text

  @Argument(help: "The words to find.")
  var words: [String]

  func run() throws {
    let memory = try memory.open()
    let hits: [ConcordanceHit]
    do {
      hits = try memory.concordance(words.joined(separator: " "), side: side, limit: limit)
    } catch {
      printDiagnostic("error: \(error)")
      throw ExitCode.failure
    }
    let output = BufferedOutput()
    defer { output.flush() }
    for hit in hits {
      switch format {
      case .text:
        output.writeLine("\(hit.unit.id.map { "[\($0)] " } ?? "")\(hit.unit.source.text)")
        output.writeLine("      → \(hit.unit.target.text)")
      case .json:
        output.writeLine(
          JSONText.object([
            "tuid": hit.unit.id.map(JSONText.quoted) ?? "null", "side": JSONText.quoted(hit.side.rawValue),
            "source": JSONText.quoted(hit.unit.source.text), "target": JSONText.quoted(hit.unit.target.text),
          ]))
      }
    }
    if hits.isEmpty { throw ExitCode.failure }
  }
}

extension TranslationMemory.Side: ExpressibleByArgument {}
