import ArgumentParser
import GlossaNames
import GlossaText

extension GlossaCommand {
  struct Variants: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Tell whether two spellings are the same name.",
      discussion: """
        Compares two spellings, in Greek, in Latin letters or one of each, and prints whether \
        they are the same name, the probability that they name one entity (from the model's \
        threshold on, the same name) and the relation: same, accent, inflection, variant, \
        transliteration, hypocoristic, translation or different. --explain shows what each \
        measurement adds.

        With --pairs, reads A<TAB>B lines (a header line a<TAB>b is skipped) and prints \
        score<TAB>relation for each.

        Examples:
          glossa variants Πιονγκγιάνγκ Πιονγιάνγκ
          glossa variants Λαζαρίδης Λαζαρίδου
          glossa variants "Κιμ Γιονγκ Ουν" "Kim Jong-un"
          glossa variants --explain Γουότερς Γουόκερ
          cut -f2,3 pairs.tsv | glossa variants --pairs -
        """)

    @Option(help: ArgumentHelp("Read A<TAB>B pairs from FILE ('-' for standard input).", valueName: "FILE"))
    var pairs: String?

    @Flag(
      help: ArgumentHelp(
        "With --pairs, print the measurements the decision weighs, one tab-separated column each, under a header."))
    var features = false

    @Flag(help: "For two spellings, show what each measurement adds to the decision.")
    var explain = false

    @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of stopping.")
    var lossy = false

    @Argument(help: "The two spellings to compare.")
    var names: [String] = []

    func validate() throws {
      if pairs == nil && names.count != 2 {
        throw ValidationError("Give two spellings, or --pairs FILE.")
      }
      if explain && pairs != nil {
        throw ValidationError("--explain works on two spellings, not with --pairs.")
      }
      if features && pairs == nil {
        throw ValidationError("--features works with --pairs; for two spellings use --explain.")
      }
      if pairs != nil && !names.isEmpty {
        throw ValidationError("Give either two spellings or --pairs, not both.")
      }
    }

    func run() throws {
      let output = pairs.map { BufferedOutput(answering: $0) } ?? BufferedOutput()
      defer { output.flush() }
      guard let pairs else {
        let matcher = VariantMatcher(exactScores: true)
        let comparison = matcher.compare(names[0], names[1])
        let verdict = comparison.relation.isSameName ? "same name" : "different names"
        output.writeLine(
          "\(verdict): \(comparison.relation.rawValue), score \(Self.format(comparison.score)) (\(comparison.detail))")
        if explain { Self.explain(comparison, model: matcher.model, to: output) }
        return
      }
      if features { output.writeLine(NameFeatures.Name.allCases.map(\.key).joined(separator: "\t")) }
      // Only decisions need the learned weights: measuring works without them.
      let matcher = features ? nil : VariantMatcher(exactScores: true)
      do {
        let reader = try LineReader(path: pairs, lossy: lossy)
        while let line = try reader.next() {
          let fields = line.text.split(separator: "\t", omittingEmptySubsequences: false)
          if line.number == 1, fields.count >= 2, fields[0].lowercased() == "a", fields[1].lowercased() == "b" {
            continue
          }
          guard fields.count >= 2 else {
            if line.text.isEmpty { continue }
            printDiagnostic("error: \(reader.name):\(line.number): expected A<TAB>B")
            throw ExitStatus.dataError
          }
          if let matcher {
            let comparison = matcher.compare(String(fields[0]), String(fields[1]))
            output.writeLine("\(Self.format(comparison.score))\t\(comparison.relation.rawValue)")
          } else {
            let measured = NameFeatures(String(fields[0]), String(fields[1]))
            output.writeLine(measured.values.map { Self.format($0) }.joined(separator: "\t"))
          }
          output.endAnswer()
        }
      } catch {
        output.flush()
        throw reported(error)
      }
    }

    /// The model's terms for one pair: value, weight and what each adds to the log-odds.
    static func explain(_ comparison: NameComparison, model: VariantModel, to output: BufferedOutput) {
      guard let features = comparison.features else {
        output.writeLine("decided before any measurement: the spellings are identical")
        return
      }
      // Where a guard or the list of name equivalents decided, the model's probability is not
      // the score: say which.
      let overrule =
        features[.gender] == 1
        ? "; masculine and feminine forms are kept apart whatever it says"
        : features[.shortMismatch] == 1
          ? "; a name of three sounds or fewer must keep its sounds, whatever it says"
          : comparison.relation.isSameName && !comparison.relation.isSpelling
            ? "; the list of name equivalents knows the two as one name" : ""
      output.writeLine(
        "model probability \(format(model.probability(features))), same name from \(format(model.threshold))"
          + overrule)
      let rows = model.contributions(features)
      let width = max(4, rows.map(\.term.name.count).max() ?? 0)
      func padded(_ text: String, _ count: Int) -> String {
        text + String(repeating: " ", count: max(0, count - text.count))
      }
      output.writeLine("\(padded("term", width))   value   weight    adds")
      output.writeLine("\(padded("bias", width))                   \(signed(model.bias))")
      for row in rows {
        output.writeLine(
          "\(padded(row.term.name, width))  \(format(row.value))  \(signed(row.term.weight))  \(signed(row.contribution))"
        )
      }
      output.writeLine("\(padded("log-odds", width))                   \(signed(model.logOdds(features)))")
    }

    private static func signed(_ value: Double) -> String {
      let text = (value < 0 ? "-" : "+") + format(abs(value))
      return String(repeating: " ", count: max(0, 7 - text.count)) + text
    }

    static func format(_ score: Double) -> String {
      let thousandths = Int((score * 1000).rounded())
      let fraction = String(thousandths % 1000)
      return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
  }
}
