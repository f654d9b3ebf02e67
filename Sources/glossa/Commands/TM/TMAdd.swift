import ArgumentParser
import GlossaMemory

struct TMAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: "Add one unit to the memory.",
    discussion: """
      Example:
        glossa tm add "Καλημέρα σας." "Good morning." --source-lang el --target-lang en
      """)

  @OptionGroup var memory: MemoryOptions

  @Option(name: .customLong("source-lang"), help: "The source language.")
  var sourceLanguage = "el"

  @Option(name: .customLong("target-lang"), help: "The target language.")
  var targetLanguage = "en"

  @Option(help: ArgumentHelp("The unit's id (tuid).", valueName: "ID"))
  var id: String?

  @Argument(help: "The source segment.")
  var source: String

  @Argument(help: "Its translation.")
  var target: String

  func validate() throws {
    if source.allSatisfy(\.isWhitespace) || target.allSatisfy(\.isWhitespace) {
      throw ValidationError("Both segments need text.")
    }
  }

  func run() throws {
    let memory = try memory.open(creating: true)
    let unit = TranslationUnit(
      source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
      creationDate: .now(), id: id)
    do {
      let report = try memory.add([unit])
      printDiagnostic(report.added == 1 ? "added" : "merged into an identical unit")
    } catch {
      printDiagnostic("error: \(error)")
      throw ExitCode.failure
    }
  }
}
