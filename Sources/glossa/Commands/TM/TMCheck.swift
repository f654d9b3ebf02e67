import ArgumentParser
import GlossaDiagnostics
import GlossaGlossary
import GlossaMemory
import GlossaText

struct TMCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a memory or TMX files for inconsistent translations, names and numbers.",
    discussion: """
      Checks: same-source-different-targets, same-target-different-sources (note), \
      missing-name and non-canonical-name (through the glossary), number-mismatch. \
      TMX findings point at the line of the <tu>; memory findings at the unit's row.

      Exit status: 0 nothing at or above --fail-on, 1 findings, 65 unreadable input.

      Examples:
        glossa tm check
        glossa tm check --format sarif desk-2025.tmx > tm-check.sarif
        glossa tm check --tm news.sqlite --fail-on error
      """)

  @OptionGroup var memory: MemoryOptions
  @OptionGroup var glossaryOptions: GlossaryOptions

  @Flag(help: "Check no names.")
  var noGlossary = false

  @Option(
    name: .customLong("source-lang"), help: "The source language of the TMX files (default: each file's srclang).")
  var sourceLanguage: String?

  @Option(help: "Output format: text, json or sarif.")
  var format: ReportFormat = .text

  @Option(help: "Lowest severity that makes the exit status 1: error, warning or note.")
  var failOn: Severity = .warning

  @Argument(help: "TMX files to check instead of the memory.")
  var files: [String] = []

  func run() throws {
    let glossary: Glossary? = noGlossary ? nil : try glossaryOptions.load()
    let checker = MemoryChecker(glossary: glossary)
    do {
      if files.isEmpty {
        let memory = try memory.open()
        var id: Int64 = 0
        try memory.forEachUnit { unit in
          id += 1
          checker.check(unit, at: UnitLocation(file: memory.path, unitID: id, tuid: unit.id))
        }
      } else {
        for file in files { try check(file, with: checker) }
      }
    } catch let error as ExitCode {
      throw error
    } catch {
      throw reported(error)
    }
    let output = BufferedOutput()
    output.write(CheckReport.report(checker.findings, format: format))
    output.flush()
    if checker.findings.contains(where: { $0.severity >= failOn }) { throw ExitCode.failure }
  }

  private func check(_ file: String, with checker: MemoryChecker) throws {
    for warning in try checker.check(tmxFile: file, sourceLanguage: sourceLanguage) {
      printDiagnostic(warning.description)
    }
  }
}
