import ArgumentParser
import GlossaText

/// Where a line-by-line command reads its text: arguments, files, or standard input.
struct LineInputOptions: ParsableArguments {
  @Option(
    name: [.customShort("i"), .customLong("input")],
    help: ArgumentHelp("Read lines from FILE ('-' for standard input); repeatable.", valueName: "FILE"))
  var inputFiles: [String] = []

  @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of stopping.")
  var lossy = false

  @Argument(help: "Text to process; without it, lines are read from standard input.")
  var text: [String] = []

  func validate() throws {
    if !text.isEmpty && !inputFiles.isEmpty {
      throw ValidationError("Give either TEXT or --input files, not both.")
    }
  }

  /// Runs `transform` over every input line and writes the results to standard output,
  /// keeping each line's own line end. Streams: memory stays constant whatever the input size.
  ///
  /// - Throws: `ExitCode` 65 or 66 after reporting unreadable inputs; the other inputs are
  ///   still processed.
  func forEachLine(_ transform: (String) -> String) throws {
    let output = BufferedOutput()
    defer { output.flush() }
    if !text.isEmpty {
      output.writeLine(transform(text.joined(separator: " ")))
      return
    }
    var failure: ExitCode?
    for path in inputFiles.isEmpty ? ["-"] : inputFiles {
      do {
        let reader = try LineReader(path: path, lossy: lossy)
        while let line = try reader.next() {
          output.writeLine(transform(line.text), terminator: line.terminator.isEmpty ? "\n" : line.terminator)
        }
        if reader.replacedLineCount > 0 {
          printDiagnostic(
            "warning: \(reader.name): replaced invalid UTF-8 on \(reader.replacedLineCount) line(s)")
        }
      } catch {
        output.flush()
        failure = failure ?? reported(error)
      }
    }
    if let failure { throw failure }
  }
}
