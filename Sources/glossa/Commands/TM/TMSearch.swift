import ArgumentParser
import GlossaMemory
import GlossaText

struct TMSearch: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Find earlier translations of a sentence (fuzzy match).",
    discussion: """
      Scores run from 0 to 100: 100 × (1 − word edits ÷ words), on words with case and accents \
      folded, where a number for another number counts half a word and another spelling of a \
      name a fifth; a point comes off for case or accents and a point for punctuation, so only \
      the identical sentence scores 100. --explain shows the parts and the differing words.

      With --queries, one sentence per line is read and one JSON object per line written:
        {"query": "…", "matches": [{"tuid": …, "score": 92.5, "source": "…", "target": "…"}]}

      Examples:
        glossa tm search "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση."
        glossa tm search --min-score 60 --limit 3 --explain "Ο Λαβρόφ έφτασε στην Πιονγιάνγκ."
        glossa tm search --queries sentences.txt > matches.jsonl
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var memory: MemoryOptions

  @Option(help: "The lowest score shown, 0 to 100.")
  var minScore = 70.0

  @Option(help: "The most matches per sentence.")
  var limit = 5

  @Option(name: .customLong("source-lang"), help: "Only units from this language.")
  var sourceLanguage: String?

  @Option(name: .customLong("target-lang"), help: "Only units into this language.")
  var targetLanguage: String?

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Flag(help: "Show how each score was reached.")
  var explain = false

  @Option(
    help: ArgumentHelp(
      "Read sentences from FILE ('-' for standard input), one per line; JSON lines out.", valueName: "FILE"))
  var queries: String?

  @Argument(help: "The sentence to look up.")
  var sentence: [String] = []

  func validate() throws {
    guard (0...100).contains(minScore) else { throw ValidationError("--min-score takes a number from 0 to 100.") }
    guard limit > 0 else { throw ValidationError("--limit takes a positive number.") }
    if sentence.isEmpty == (queries == nil) { throw ValidationError("Give a sentence or --queries FILE.") }
  }

  func run() throws {
    let memory = try memory.open()
    let output = queries.map { BufferedOutput(answering: $0) } ?? BufferedOutput()
    defer { output.flush() }
    if let queries {
      do {
        let reader = try LineReader(path: queries)
        while let line = try reader.next() {
          let matches = try search(line.text, in: memory)
          output.writeLine(json(query: line.text, matches: matches))
          output.endAnswer()
        }
      } catch {
        output.flush()
        throw reported(error)
      }
      return
    }
    let query = sentence.joined(separator: " ")
    let matches = try search(query, in: memory)
    switch format {
    case .json:
      output.writeLine(json(query: query, matches: matches))
    case .text:
      if matches.isEmpty { printDiagnostic("no match at \(Int(minScore)) or above") }
      for match in matches { writeText(match, to: output) }
    }
    if matches.isEmpty { throw ExitCode.failure }
  }

  private func search(_ query: String, in memory: any MemoryStore) throws -> [FuzzyMatch] {
    do {
      return try memory.matches(
        for: query, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, minimumScore: minScore, limit: limit
      )
    } catch {
      printDiagnostic("error: \(error)")
      throw ExitCode.failure
    }
  }

  private func writeText(_ match: FuzzyMatch, to output: BufferedOutput) {
    let id = match.unit.id.map { " [\($0)]" } ?? ""
    output.writeLine("\(Self.number(match.score))\(id)  \(match.unit.source.text)")
    output.writeLine("      → \(match.unit.target.text)")
    guard explain else { return }
    let explanation = match.explanation
    output.writeLine(
      "      \(Self.number(explanation.wordDistance)) word edits in \(explanation.words) words: "
        + "100 × (1 − \(Self.number(explanation.wordDistance))/\(explanation.words))")
    for penalty in explanation.penalties {
      output.writeLine("      −\(Self.number(penalty.points)): \(penalty.reason)")
    }
    for difference in explanation.differences { output.writeLine("      \(difference)") }
  }

  private func json(query: String, matches: [FuzzyMatch]) -> String {
    let items = matches.map { match in
      var fields = [
        ("tuid", match.unit.id.map(JSONText.quoted) ?? "null"), ("score", Self.number(match.score)),
        ("source", JSONText.quoted(match.unit.source.text)), ("target", JSONText.quoted(match.unit.target.text)),
      ]
      if explain {
        let differences = match.explanation.differences.map { JSONText.quoted($0.description) }
        let penalties = match.explanation.penalties.map { JSONText.quoted($0.reason) }
        fields.append(("differences", "[" + differences.joined(separator: ", ") + "]"))
        fields.append(("penalties", "[" + penalties.joined(separator: ", ") + "]"))
      }
      return JSONText.object(fields)
    }
    return JSONText.object(["query": JSONText.quoted(query), "matches": "[" + items.joined(separator: ", ") + "]"])
  }

  /// A score with at most two decimals: `100`, `92.5`, `87.33`.
  static func number(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    if hundredths % 100 == 0 { return String(hundredths / 100) }
    if hundredths % 10 == 0 { return "\(hundredths / 100).\(hundredths % 100 / 10)" }
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}
