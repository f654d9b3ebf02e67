import ArgumentParser
import GlossaSegmentation
import GlossaText

extension SegmentationLanguage: ExpressibleByArgument {}
extension SegmentationOptions.Paragraphs: ExpressibleByArgument {}

extension GlossaCommand {
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split Greek or English text into sentences.",
      discussion: """
        Prints one sentence per line (line breaks inside a sentence become spaces), or with \
        --format jsonl one JSON object per sentence:
          {"text": "…", "start": 0, "end": 42, "line": 1, "column": 1}
        where start and end are offsets from the start of the input in Unicode scalars \
        (end exclusive), and line and column are 1-based, columns counted in scalars.

        Input is read line by line in constant memory; each line is a paragraph unless \
        --paragraphs blank-lines is given.

        Examples:
          glossa segment --lang el article.txt
          glossa segment --lang en --format jsonl story.txt > sentences.jsonl
          cat article.txt | glossa segment --lang el --split-ano-teleia -
          glossa segment --lang el --abbreviations my-abbreviations.txt article.txt
          glossa segment --lang el --format srx > glossa-el.srx     # for OmegaT or Okapi
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, jsonl, srx
    }

    @Option(name: .customLong("lang"), help: "The language of the text: el or en.")
    var language: SegmentationLanguage = .greek

    @Option(help: "Output format: text, jsonl, or srx (the rules as an SRX 2.0 file; no input is read).")
    var format: Format = .text

    @Flag(help: "End sentences at the ano teleia (·) too.")
    var splitAnoTeleia = false

    @Option(help: "How paragraphs are marked: lines or blank-lines.")
    var paragraphs: SegmentationOptions.Paragraphs = .lines

    @Option(
      help: ArgumentHelp(
        "An abbreviation list to add to the shipped one (same format); repeatable.",
        valueName: "FILE"))
    var abbreviations: [String] = []

    @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of stopping.")
    var lossy = false

    @Argument(help: "Files to segment; '-' or nothing reads standard input.")
    var files: [String] = []

    func run() throws {
      var extra = AbbreviationList()
      for path in abbreviations {
        do {
          extra = extra.merged(with: try AbbreviationList(parsing: TextFile.read(path), source: path))
        } catch {
          throw reported(error)
        }
      }
      let options = SegmentationOptions(
        splitsAtAnoTeleia: splitAnoTeleia, paragraphs: paragraphs, extraAbbreviations: extra)
      if format == .srx {
        let output = BufferedOutput()
        output.write(SRXExporter(language: language, options: options).document())
        output.flush()
        return
      }
      let segmenter = try SentenceSegmenter(language: language, options: options)
      let output = BufferedOutput()
      defer { output.flush() }
      var failure: ExitCode?
      for path in files.isEmpty ? ["-"] : files {
        do {
          let reader = try LineReader(path: path, lossy: lossy)
          try segmenter.forEachSentence(in: reader) { write($0, to: output) }
        } catch {
          output.flush()
          failure = failure ?? reported(error)
        }
      }
      if let failure { throw failure }
    }

    private func write(_ sentence: Sentence, to output: BufferedOutput) {
      switch format {
      case .text:
        output.writeLine(Self.foldingLineBreaks(sentence.text))
      case .srx:
        break  // handled before any input is read
      case .jsonl:
        output.writeLine(
          JSONText.object([
            "text": JSONText.quoted(sentence.text),
            "start": String(sentence.scalarRange.lowerBound),
            "end": String(sentence.scalarRange.upperBound),
            "line": String(sentence.start.line),
            "column": String(sentence.start.column),
          ]))
      }
    }

    /// Replaces each run of line breaks (and the spaces around them) with one space.
    static func foldingLineBreaks(_ text: String) -> String {
      guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
      return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        .map { $0.trimmingSpaces() }.joined(separator: " ")
    }
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> Substring {
    var slice = self
    while slice.first == " " || slice.first == "\t" { slice = slice.dropFirst() }
    while slice.last == " " || slice.last == "\t" { slice = slice.dropLast() }
    return slice
  }
}
