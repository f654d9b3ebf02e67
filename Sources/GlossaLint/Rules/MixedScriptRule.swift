import GlossaDiagnostics
import GlossaText

/// Flags a word that mixes Greek letters with Latin look-alikes (`Κρεμλίνo` with a Latin o,
/// `ΝAΤΟ` with a Latin A) and fixes it to the single-script spelling. Words wholly in Latin
/// letters (drones, NATO) are fine, and so is mixing without look-alikes (μg).
///
/// A lone Latin `H` or `O` before a Greek word is the article Η or Ο typed in the wrong
/// script (`H κυβέρνηση`), and a lone Latin capital with a full stop before a Greek name is an
/// initial (`K. Μητσοτάκης`): both are flagged and fixed to the Greek letter.
struct MixedScriptRule: LintRule {
  static let description = RuleDescription(
    identifier: "mixed-script",
    name: "Mixed script",
    summary: "A word mixing Greek and Latin look-alike letters.",
    defaultSeverity: .error,
    nonTriggeringExamples: [
      Example("Τα drones του ΝΑΤΟ πέταξαν πάνω από το Κρεμλίνο."),
      Example("Η NATO και η ΕΕ συνεδριάζουν."),
      Example("Δόση 5 μg ημερησίως. Κόκκοι 5µm και 10 µg."),
      Example("Το σχέδιο B και η βιταμίνη C. Ο Τζον Φ. Κένεντι και ο John F. Kennedy."),
    ],
    triggeringExamples: [
      Example("Το ↓Κρεμλίνo ανακοίνωσε νέα μέτρα."),
      Example("Η σύνοδος του ↓ΝAΤΟ άρχισε."),
      Example("↓H κυβέρνηση και ↓O πρόεδρος. Ο ↓K. Μητσοτάκης μίλησε."),
      Example("Το ↓µποϊκοτάζ συνεχίζεται."),
      Example("Η ↓Wallstrφm μίλησε."),
    ],
    corrections: [
      (Example("Το ↓Κρεμλίνo και το ↓ΝAΤΟ."), Example("Το Κρεμλίνο και το ΝΑΤΟ.")),
      (Example("Το ↓µποϊκοτάζ."), Example("Το μποϊκοτάζ.")),
    ])

  private let detector = MixedScriptDetector()

  init() {}

  /// Latin capitals that look like a Greek article standing alone (Η, Ο).
  static let articleLookAlikes: Set<Unicode.Scalar> = ["H", "O"]

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    let words = analysis.words
    let text = Array(analysis.document.text.utf8)
    return words.indices.compactMap { index in
      let word = words[index]
      if let repair = lone(word, next: index + 1 < words.count ? words[index + 1] : nil, in: text) {
        return finding(
          "'\(word.text)' is a Latin letter among Greek words; write the Greek '\(repair)'", at: word.utf8Range,
          in: analysis, suggestion: repair, fix: Replacement(utf8Range: word.utf8Range, text: repair))
      }
      if let repair = Self.microSignRepair(word.text) {
        return finding(
          "'\(word.text)' has the micro sign µ for the Greek letter μ; write '\(repair)'", at: word.utf8Range,
          in: analysis, suggestion: repair, fix: Replacement(utf8Range: word.utf8Range, text: repair))
      }
      guard let mixed = detector.inspect(word.text) else { return nil }
      guard mixed.isConfusable, let repair = mixed.suggestedRepair else {
        guard let repair = Self.latin1Repair(mixed) else { return nil }
        return finding(
          "'\(word.text)' looks like Latin-1 text read as Greek (ISO-8859-7); write '\(repair)'",
          at: word.utf8Range, in: analysis, suggestion: repair)
      }
      let script = repair == mixed.greekRepair ? "Latin" : "Greek"
      return finding(
        "'\(word.text)' mixes Greek and Latin letters (the \(script) ones look alike); write '\(repair)'",
        at: word.utf8Range, in: analysis, suggestion: repair, fix: Replacement(utf8Range: word.utf8Range, text: repair))
    }
  }

  /// A Latin word with Greek letters that have no Latin look-alike (Wallstrφm, Zappalΰ): text in
  /// Latin-1 decoded as ISO-8859-7, where each accented Latin letter became the Greek letter of
  /// the same byte (ö and φ are both F6). The word with those letters read back as Latin-1
  /// (Wallström, Zappalà), when every one of them is a Latin-1 letter.
  static func latin1Repair(_ mixed: MixedScriptWord) -> String? {
    guard mixed.latinLetterCount > mixed.greekLetterCount else { return nil }
    var repaired = String.UnicodeScalarView()
    for scalar in mixed.text.unicodeScalars {
      guard WritingScript(ofLetter: scalar) == .greek else {
        repaired.append(scalar)
        continue
      }
      // ISO-8859-7 puts U+0390…U+03CE at bytes C0…FE.
      guard (0x0390...0x03CE).contains(scalar.value), let latin = Unicode.Scalar(scalar.value - 0x2D0),
        latin.properties.isAlphabetic
      else { return nil }
      repaired.append(latin)
    }
    return String(repaired)
  }

  /// A Greek word typed with the micro sign (U+00B5, on Latin-1 keyboards and in old encodings)
  /// for μ: the word with μ. The sign next to a digit (5 µm) is a unit and left alone.
  static func microSignRepair(_ word: String) -> String? {
    guard word.unicodeScalars.contains("\u{B5}"),
      word.unicodeScalars.contains(where: { WritingScript(ofLetter: $0) == .greek }),
      !word.unicodeScalars.contains(where: { $0.properties.numericType != nil || WritingScript(ofLetter: $0) == .latin }
      )
    else { return nil }
    return String(String.UnicodeScalarView(word.unicodeScalars.map { $0 == "\u{B5}" ? "\u{3BC}" : $0 }))
  }

  /// The Greek letter a lone Latin capital stands for: an article (H, O) right before a Greek
  /// word in lower case, or an initial with its full stop right before a Greek name.
  private func lone(_ word: Token, next: Token?, in text: [UInt8]) -> String? {
    guard word.text.utf8.count == 1, let next, WritingScript(ofWord: next.text) == .greek,
      let letter = word.text.unicodeScalars.first, letter.properties.isUppercase
    else { return nil }
    let after = word.utf8Range.upperBound
    let gap = next.utf8Range.lowerBound - after
    if Self.articleLookAlikes.contains(letter), gap == 1, text[after] == 0x20,
      next.text.unicodeScalars.first?.properties.isLowercase == true, let article = detector.greekLookAlike(of: letter)
    {
      return String(Character(article))
    }
    // An initial: `K. Μητσοτάκης`, the next word a capitalized Greek one.
    guard after < text.count, text[after] == UInt8(ascii: "."), gap == 2, text[after + 1] == 0x20,
      next.text.unicodeScalars.first?.properties.isUppercase == true,
      let greek = detector.greekLookAlike(of: letter)
    else { return nil }
    return String(Character(greek))
  }
}
