import ArgumentParser
import GlossaNames
import GlossaText

extension GlossaCommand {
  struct Variants: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Tell whether two spellings are the same name.",
      discussion: """
        Compares two spellings, in Greek, in Latin letters or one of each, and prints whether \
        they are the same name, a score in [0, 1] (0.5 and above: the same name) and the \
        relation: same, accent, inflection, variant, transliteration or different.

        With --pairs, reads A<TAB>B lines (a header line a<TAB>b is skipped) and prints \
        score<TAB>relation for each.

        Examples:
          glossa variants Πιονγκγιάνγκ Πιονγιάνγκ
          glossa variants Λαζαρίδης Λαζαρίδου
          glossa variants "Κιμ Γιονγκ Ουν" "Kim Jong-un"
          cut -f2,3 pairs.tsv | glossa variants --pairs -
        """)

    @Option(help: ArgumentHelp("Read A<TAB>B pairs from FILE ('-' for standard input).", valueName: "FILE"))
    var pairs: String?

    @Flag(help: "Replace bytes that are not UTF-8 with U+FFFD instead of stopping.")
    var lossy = false

    @Argument(help: "The two spellings to compare.")
    var names: [String] = []

    func validate() throws {
      if pairs == nil && names.count != 2 {
        throw ValidationError("Give two spellings, or --pairs FILE.")
      }
      if pairs != nil && !names.isEmpty {
        throw ValidationError("Give either two spellings or --pairs, not both.")
      }
    }

    func run() throws {
      let matcher = VariantMatcher()
      let output = pairs.map { BufferedOutput(answering: $0) } ?? BufferedOutput()
      defer { output.flush() }
      guard let pairs else {
        let comparison = matcher.compare(names[0], names[1])
        let verdict = comparison.relation.isSameName ? "same name" : "different names"
        output.writeLine(
          "\(verdict): \(comparison.relation.rawValue), score \(Self.format(comparison.score)) (\(comparison.detail))")
        return
      }
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
          let comparison = matcher.compare(String(fields[0]), String(fields[1]))
          output.writeLine("\(Self.format(comparison.score))\t\(comparison.relation.rawValue)")
          output.endAnswer()
        }
      } catch {
        output.flush()
        throw reported(error)
      }
    }

    static func format(_ score: Double) -> String {
      let thousandths = Int((score * 1000).rounded())
      let fraction = String(thousandths % 1000)
      return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
  }
}
