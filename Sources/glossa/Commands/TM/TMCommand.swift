import ArgumentParser

extension GlossaCommand {
  struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "tm",
      abstract: "Build and search a translation memory.",
      discussion: """
        A memory is one SQLite file, or a team memory in PostgreSQL named by a postgres:// URL \
        (password from the URL, $PGPASSWORD or ~/.pgpass; ?sslmode=require for TLS): --tm PATH|URL, \
        else $GLOSSA_TM, else $XDG_DATA_HOME/glossa/memory.sqlite \
        (~/.local/share/glossa/memory.sqlite).

        Examples:
          glossa tm import desk-2025.tmx
          glossa tm search "Η κυβέρνηση ανακοίνωσε νέα μέτρα."
          glossa tm concordance "Πιονγκγιάνγκ"
          glossa tm export -o memory.tmx
          glossa tm import desk-2025.tmx --tm postgres://desk@db.example/memory
        """,
      subcommands: [
        TMImport.self, TMExport.self, TMAdd.self, TMSearch.self, TMConcordance.self, TMStats.self, TMCheck.self,
        TMMigrate.self,
      ])
  }
}
