import ArgumentParser
import GlossaText

extension TransliterationScheme: ExpressibleByArgument {}

extension GlossaCommand {
  struct Translit: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Transliterate Greek text to Latin letters (or Latin to Greek).",
      discussion: """
        Schemes:
        \(TransliterationScheme.allCases.map { "  \($0.rawValue)\(String(repeating: " ", count: 13 - $0.rawValue.count))\($0.summary)" }.joined(separator: "\n"))

        Examples:
          glossa translit Θεσσαλονίκη                   # Thessaloniki
          glossa translit --scheme bgn Χανιά            # Khaniá
          glossa translit --slug "Ο Κιμ στη Μόσχα"      # o-kim-sti-moscha
          glossa translit -i article.txt > article.latn.txt
          cat titles.txt | glossa translit --slug
        """)

    @Option(help: "The transliteration scheme.")
    var scheme: TransliterationScheme = .elot743

    @Flag(help: "Print URL slugs (ELOT 743, lower-case ASCII, hyphens) instead.")
    var slug = false

    @OptionGroup var input: LineInputOptions

    func validate() throws {
      if slug && scheme != .elot743 {
        throw ValidationError("--slug always uses ELOT 743; leave out --scheme.")
      }
    }

    func run() throws {
      if slug {
        let slugger = try Slugger()
        try input.forEachLine { slugger.slug(for: $0) }
      } else {
        let transliterator = try scheme.makeTransliterator()
        try input.forEachLine { transliterator.transliterated($0) }
      }
    }
  }
}
