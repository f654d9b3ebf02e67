import ArgumentParser
import GlossaICU
import GlossaText

extension GlossaCommand {
  struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Normalize or fold text for storage and matching.",
      discussion: """
        Forms:
          nfc    canonical composition (how Glossa stores text)
          nfd    canonical decomposition (letters, then their accents)
          nfkc   compatibility composition (ligatures, full-width forms unified)
          nfkd   compatibility decomposition
          fold   lower case with final sigma, no accents or dialytika, tonos and oxia
                 unified, typographic hyphens, apostrophes and quotes unified
          key    the words of the fold, joined by single spaces (for exact lookups)

        Examples:
          glossa normalize --form fold "ΟΔΟΣ Ελευθερίου"     # οδος ελευθεριου
          glossa normalize --form key "Κιμ Γιονγκ-Ουν"       # κιμ γιονγκ ουν
          glossa normalize -i article.txt > article.nfc.txt
        """)

    enum Form: String, ExpressibleByArgument, CaseIterable {
      case nfc, nfd, nfkc, nfkd, fold, key
    }

    @Option(help: "The output form.")
    var form: Form = .nfc

    @OptionGroup var input: LineInputOptions

    func run() throws {
      let folder = TextFolder.shared
      switch form {
      case .fold: try input.forEachLine { folder.folded($0) }
      case .key: try input.forEachLine { folder.key($0) }
      case .nfc, .nfd, .nfkc, .nfkd:
        let normalizer = Normalizer.shared(NormalizationForm(rawValue: form.rawValue)!)
        try input.forEachLine { (try? normalizer.normalized($0)) ?? $0 }
      }
    }
  }
}
