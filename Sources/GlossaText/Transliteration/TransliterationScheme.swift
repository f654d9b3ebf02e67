import GlossaICU

/// A named way of writing Greek in Latin letters, or Latin in Greek.
///
///     let elot = try TransliterationScheme.elot743.makeTransliterator()
///     elot.transliterated("Θεσσαλονίκη")   // "Thessaloniki"
public enum TransliterationScheme: String, CaseIterable, Sendable {
  /// ELOT 743 / ISO 843 transcription: the Greek national standard (passports, road signs).
  case elot743
  /// The UN (UNGEGN) romanization, as ICU implements it (`Greek-Latin/UNGEGN`), with accents.
  case ungegn
  /// The US/UK BGN/PCGN romanization, as ICU implements it (`Greek-Latin/BGN`).
  case bgn
  /// ICU's own, reversible, classical Greek-Latin transliteration (`Greek-Latin`).
  case icu
  /// Latin to Greek, reversing the UN romanization (`Latin-Greek/UNGEGN`).
  case latinGreek = "latin-greek"

  /// A one-line description for help texts.
  public var summary: String {
    switch self {
    case .elot743: "ELOT 743 / ISO 843, Greek national standard: Χανιά → Chania"
    case .ungegn: "UN romanization (ICU Greek-Latin/UNGEGN): Χανιά → Chaniá"
    case .bgn: "BGN/PCGN romanization (ICU Greek-Latin/BGN): Χανιά → Khaniá"
    case .icu: "ICU's reversible Greek-Latin: Ευάγγελος → Euángelos"
    case .latinGreek: "Latin to Greek (ICU Latin-Greek/UNGEGN): Chania → Χανια"
    }
  }

  /// Whether the scheme writes Latin text (all but ``latinGreek``).
  public var producesLatin: Bool { self != .latinGreek }

  /// Opens the ICU transform behind this scheme.
  ///
  /// - Throws: ``ICUError`` if ICU lacks the transform or the rules do not compile.
  package func makeICUTransliterator() throws(ICUError) -> GlossaICU.Transliterator {
    switch self {
    case .elot743: try GlossaICU.Transliterator(id: "Glossa-ELOT743", rules: ELOT743Rules.text)
    case .ungegn: try GlossaICU.Transliterator(id: "Greek-Latin/UNGEGN")
    case .bgn: try GlossaICU.Transliterator(id: "Greek-Latin/BGN")
    case .icu: try GlossaICU.Transliterator(id: "Greek-Latin")
    case .latinGreek: try GlossaICU.Transliterator(id: "Latin-Greek/UNGEGN")
    }
  }

  /// Makes a caching transliterator for this scheme.
  public func makeTransliterator() throws(ICUError) -> SchemeTransliterator {
    try SchemeTransliterator(scheme: self)
  }
}
