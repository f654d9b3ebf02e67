import ArgumentParser
import GlossaMemory
import GlossaPostgres

struct TMMigrate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "migrate",
    abstract: "Create or bring up to date a memory's schema.",
    discussion: """
      For a team memory in PostgreSQL, applies the numbered migrations the database lacks, each in \
      a transaction under a lock, so running it twice, or from two machines at once, is safe. A \
      memory file is brought up to date whenever it is opened; this command does it explicitly.

      Examples:
        glossa tm migrate --tm postgres://desk@db.example/memory
        glossa tm migrate --tm news.sqlite
      """)

  @OptionGroup var memory: MemoryOptions

  func run() throws {
    let location = memory.resolvedPath
    guard PostgresLocation.isURL(location) else {
      let memory = try memory.open(creating: true)
      printDiagnostic("\(memory.path): up to date")
      return
    }
    do {
      let postgres = try PostgresLocation(url: location)
      let applied = try PostgresMemory.migrate(postgres)
      printDiagnostic(
        applied.isEmpty
          ? "\(postgres.description): up to date (schema version \(PostgresMemory.schemaVersion))"
          : "\(postgres.description): applied schema version \(applied.map(String.init).joined(separator: ", "))")
    } catch {
      throw reported(error)
    }
  }
}
