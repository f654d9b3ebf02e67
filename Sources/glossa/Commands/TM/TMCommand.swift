import ArgumentParser

extension GlossaCommand {
  struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "tm",
      abstract: "Build and search a translation memory.",
      discussion: """
        A memory is one SQLite file: --tm PATH, else $GLOSSA_TM, else \
        $XDG_DATA_HOME/glossa/memory.sqlite (~/.local/share/glossa/memory.sqlite).

        Examples:
          glossa tm import desk-2025.tmx
          glossa tm search "Η κυβέρνηση ανακοίνωσε νέα μέτρα."
          glossa tm concordance "Πιονγκγιάνγκ"
          glossa tm export -o memory.tmx
        """,
      subcommands: [
        TMImport.self, TMExport.self, TMAdd.self, TMSearch.self, TMConcordance.self, TMStats.self, TMCheck.self,
      ])
  }
}
