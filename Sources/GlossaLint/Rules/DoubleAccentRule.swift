import GlossaDiagnostics
import GlossaText

/// Flags a word with two accents when no enclitic pronoun follows it.
///
/// Greek gives a word a second accent only before an enclitic (ο πρόεδρός μας, το κείμενό
/// του); anywhere else the second accent is a slip (συντροφικότητάς). The fix removes it.
struct DoubleAccentRule: LintRule {
  static let description = RuleDescription(
    identifier: "double-accent",
    name: "Double accent",
    summary: "A word with two accents and no enclitic pronoun after it.",
    defaultSeverity: .warning,
    nonTriggeringExamples: [
      Example("Ο πρόεδρός μας μίλησε χθες."),
      Example("Η προσπάθειά μου, το σχέδιό τους και το πέρασμά τους."),
      Example("Το κείμενό του δημοσιεύτηκε."),
      Example("Η συντροφικότητα μετράει."),
      Example("Ο άνθρωπός τους ήρθε στην ώρα του."),
      Example("Στην πόλη.Σύμφωνα με την αστυνομία."),
      Example("Για την επίτευξή τους.Γι' αυτό ήρθαν."),
      Example("Πούλησε το «αυτοκίνητό» του χθες."),
      Example("Το κείμενό τoυ δημοσιεύτηκε."),
    ],
    triggeringExamples: [
      Example("Ενήργησαν με αίσθηση αληθινής ↓συντροφικότητάς."),
      Example("Ο ↓πρόεδρός είπε ότι θα έρθει."),
      Example("Πλημμύρες στο ↓περάσμά τους."),
    ],
    corrections: [
      (
        Example("Ενήργησαν με αίσθηση αληθινής ↓συντροφικότητάς."),
        Example("Ενήργησαν με αίσθηση αληθινής συντροφικότητας.")
      )
    ])

  /// Punctuation that can sit inside a word token when a space is missing after it.
  static let joiners: Set<Unicode.Scalar> = [".", ",", ";", ":", "\u{037E}", "\u{0387}"]

  /// A token's text up to any punctuation run into it: `του` of `του.Το`, when a space is
  /// missing after the full stop.
  static func leadingWord(of text: String) -> Substring {
    text.prefix { !joiners.contains($0.unicodeScalars.first!) }
  }

  /// Closing quotes that may stand between a word and its enclitic: «αυτοκίνητό» του.
  static let closingQuotes: Set<Character> = ["»", "\"", "\u{201D}", "'", "\u{2019}"]

  /// Whether `word` is an enclitic pronoun, also when typed with a Latin look-alike letter
  /// (mixed-script reports that).
  static func isEnclitic(_ word: Substring) -> Bool {
    let lower = word.lowercased()
    if enclitics.contains(lower) { return true }
    guard let repaired = MixedScriptDetector().inspect(lower)?.greekRepair else { return false }
    return enclitics.contains(repaired)
  }

  /// The enclitic pronouns that give the word before them a second accent.
  static let enclitics: Set<String> = [
    "μου", "σου", "του", "της", "μας", "σας", "τους", "το", "τον", "την", "τα", "τις", "τη",
  ]

  /// The word with one accent, and whether that is certainly the right one. A word with an
  /// enclitic's accent left on it loses the second accent (πιθανότητές → πιθανότητες); a
  /// compound keeps its last (νότιοδυτικό → νοτιοδυτικό). With a lexicon, the form it knows is
  /// the correction, and when it knows neither or both the correction is only suggested;
  /// without one, the second accent goes.
  static func correction(of word: String, lexicon: Lexicon?) -> (String, certain: Bool) {
    let withoutLast = GreekWord.removingLastAccent(word)
    guard let lexicon else { return (withoutLast, true) }
    let withoutFirst = GreekWord.removingFirstAccent(word)
    let known = [withoutLast, withoutFirst].map { lexicon.contains($0) || lexicon.isCommonWord($0) }
    switch (known[0], known[1]) {
    case (true, false): return (withoutLast, true)
    case (false, true): return (withoutFirst, true)
    default: return (withoutLast, false)
    }
  }

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    var findings: [Finding] = []
    let words = analysis.words
    for (index, word) in words.enumerated() where GreekWord.accentCount(word.text) >= 2 {
      // Two words run together (Κορέαςπρόκειται, πόλη.Σύμφωνα) carry two accents:
      // missing-space and missing-space-after-punctuation report them.
      if word.text.unicodeScalars.dropLast().contains(where: { $0 == "ς" || Self.joiners.contains($0) }) { continue }
      if index + 1 < words.count {
        let next = words[index + 1]
        let gap = analysis.document.text(in: word.utf8Range.upperBound..<next.utf8Range.lowerBound)
        if gap.allSatisfy({ $0 == " " || $0 == "\u{A0}" || Self.closingQuotes.contains($0) }),
          Self.isEnclitic(Self.leadingWord(of: next.text))
        {
          // The enclitic's accent goes only on a word accented on the third syllable from the
          // end (πέρασμά τους); with the first accent on the second (περάσμά) it is a slip.
          guard GreekWord.accentCount(word.text) == 2, GreekWord.syllablesAfterFirstAccent(word.text) == 1 else {
            continue
          }
          findings.append(
            finding(
              "'\(word.text)' has two accents, but an enclitic adds one only to a word accented on the third "
                + "syllable from the end", at: word.utf8Range, in: analysis))
          continue
        }
      }
      let (fixed, certain) = Self.correction(of: word.text, lexicon: analysis.lexicon)
      findings.append(
        finding(
          "'\(word.text)' has two accents; write '\(fixed)' (a second accent needs an enclitic such as μου or του after it)",
          at: word.utf8Range, in: analysis, suggestion: fixed,
          fix: certain ? Replacement(utf8Range: word.utf8Range, text: fixed) : nil)
      )
    }
    return findings
  }
}
