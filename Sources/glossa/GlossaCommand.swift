import ArgumentParser
import GlossaICU
import GlossaText

@main
struct GlossaCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossa",
    abstract: "Translation memory, glossaries and consistency checks for Greek news text.",
    discussion: """
      Reports go to standard output, messages to standard error. Exit status: 0 success, \
      1 failure or findings, 64 usage error, 65 malformed input (such as invalid UTF-8), \
      66 missing input.
      """,
    version: "glossa \(Glossa.version) (ICU \(icuVersion))",
    subcommands: [
      Lint.self, Translit.self, Normalize.self, Segment.self, Lookup.self, Variants.self,
      GlossaryCommand.self, Align.self, TMCommand.self, Serve.self,
    ]
  )
}
