import ArgumentParser
import GlossaMemory

struct TMStats: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Count what the memory holds.",
    discussion: "Example:\n  glossa tm stats --tm news.sqlite")

  @OptionGroup var memory: MemoryOptions

  func run() throws {
    let memory = try memory.open()
    let stats: MemoryStatistics
    do {
      stats = try memory.statistics()
    } catch {
      printDiagnostic("error: \(error)")
      throw ExitCode.failure
    }
    let output = BufferedOutput()
    output.writeLine("memory: \(memory.path)")
    output.writeLine("units: \(stats.units)")
    for pair in stats.pairs { output.writeLine("  \(pair.sourceLanguage) → \(pair.targetLanguage): \(pair.units)") }
    output.writeLine("with inline markup: \(stats.unitsWithMarkup)")
    output.writeLine("with an id: \(stats.unitsWithID)")
    output.writeLine("used at least once: \(stats.usedUnits)")
    if let first = stats.earliestCreation, let last = stats.latestCreation {
      output.writeLine("created: \(first) to \(last)")
    }
    output.writeLine("indexed words: \(stats.sourceTokens) source, \(stats.targetTokens) target")
    output.writeLine("file size: \(stats.fileBytes / 1024) KiB")
    output.flush()
  }
}
