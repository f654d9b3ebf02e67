import ArgumentParser
import GlossaMemory
import GlossaText

struct TMExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the memory as TMX 1.4b.",
    discussion: """
      Units keep their ids, dates, users, properties, notes and inline markup, so importing \
      the file again gives the same units. Written atomically with -o.

      Examples:
        glossa tm export -o memory.tmx
        glossa tm export --source-lang el > greek-english.tmx
      """)

  @OptionGroup var memory: MemoryOptions

  @Option(name: .customLong("source-lang"), help: "Only units from this language.")
  var sourceLanguage: String?

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to FILE.", valueName: "FILE"))
  var output: String?

  func run() throws {
    let memory = try memory.open()
    do {
      let count: Int
      if let output {
        count = try memory.exportTMX(to: output, sourceLanguage: sourceLanguage)
      } else {
        let standardOutput = BufferedOutput()
        count = try memory.exportTMX(sourceLanguage: sourceLanguage) { standardOutput.write($0) }
        standardOutput.flush()
      }
      printDiagnostic("exported \(count) units")
    } catch {
      printDiagnostic("error: \(error)")
      throw ExitCode.failure
    }
  }
}
