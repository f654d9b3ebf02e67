import ArgumentParser
import GlossaMemory
import GlossaText

struct TMImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Add the units of TMX files to the memory.",
    discussion: """
      Each file is imported in one transaction: a malformed file adds nothing, and the others \
      are still imported. Identical units merge (usage counts add up, dates widen). A unit with \
      no segment in the source language is skipped with a warning. On a terminal a progress \
      line shows units per second and the time left.

      Examples:
        glossa tm import desk-2025.tmx archive.tmx
        glossa tm import --dry-run --source-lang el-GR trados-export.tmx
      """)

  @OptionGroup var memory: MemoryOptions

  @Option(name: .customLong("source-lang"), help: "The source language (default: each file's srclang).")
  var sourceLanguage: String?

  @Flag(help: "Report what would be added, merged and skipped without writing.")
  var dryRun = false

  @Flag(help: "Print no progress line.")
  var quiet = false

  @Argument(help: "TMX files.")
  var files: [String]

  func validate() throws {
    if files.isEmpty { throw ValidationError("Give at least one TMX file.") }
  }

  func run() throws {
    let memory = try memory.open(creating: true)
    var failure: ExitCode?
    for file in files {
      let progress = ProgressLine(label: file, enabled: !quiet)
      do {
        let report = try memory.importTMX(path: file, sourceLanguage: sourceLanguage, dryRun: dryRun) {
          progress.update($0)
        }
        progress.finish()
        for warning in report.warnings.prefix(20) { printDiagnostic(warning.description) }
        if report.warnings.count > 20 { printDiagnostic("warning: … and \(report.warnings.count - 20) more") }
        printDiagnostic(
          "\(file): \(dryRun ? "would add" : "added") \(report.added) units, merged \(report.merged), "
            + "skipped \(report.skipped), failed \(report.failed)")
        // A file with units of which none could be used is a mistake to report, not a success.
        if report.added + report.merged == 0, report.skipped + report.failed > 0 {
          printDiagnostic(
            "error: \(file): no unit imported: none has a segment in the source language"
              + (sourceLanguage.map { " '\($0)'" } ?? " of the header") + "; check --source-lang")
          failure = failure ?? ExitCode(65)
        }
      } catch {
        progress.finish()
        failure = failure ?? reported(error)
      }
    }
    if let failure { throw failure }
  }
}
