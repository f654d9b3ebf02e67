import GlossaDiagnostics
import GlossaGlossary
import GlossaNames
import GlossaText

/// Flags a name spelled two or more ways in one document, whether or not it is in the
/// glossary (Πιονγκγιάνγκ twice, Πιονγιάνγκ once).
///
/// The document's names (the glossary's mentions, and capitalized words that are not
/// sentence openers) are grouped: by glossary entry, and for other words by the variant
/// matcher. Inside a group, spellings that are one another's case forms (Κορέα/Κορέας),
/// accent or case differences (ΤΣΙΤΣΙΠΑΣ), shorter forms (Κιμ for Κιμ Γιονγκ Ουν) and other
/// names of the entity (ΛΔΚ for Βόρεια Κορέα) are the same spelling. Two spellings that are
/// transcription variants of each other, or the same letters accented differently (Νετανιάχου,
/// Νετανιαχού; Φόρντ, Φορντ), are not: each one differing from the glossary's
/// canonical form, or else each minority spelling, is reported with the other's location.
/// Different people with similar names (Ζελένσκι, Ζελένσκα) are different groups.
struct InconsistentSpellingRule: LintRule {
  static let description = RuleDescription(
    identifier: "inconsistent-spelling",
    name: "Inconsistent spelling",
    summary: "One name spelled two or more ways in the same document.",
    defaultSeverity: .warning,
    nonTriggeringExamples: [
      Example("Η Πιονγκγιάνγκ απάντησε. Στην Πιονγκγιάνγκ επικρατεί σιωπή."),
      Example("Η Κορέα και οι Κορεάτες. Οι στρατιώτες της Βόρειας Κορέας επέστρεψαν στη Βόρεια Κορέα."),
      Example("Ο Κιμ Γιονγκ Ουν μίλησε. Η Κιμ Γιο Γιονγκ απάντησε. Ο Κιμ έφυγε."),
      Example("Ο Ζελένσκι και η Ζελένσκα επισκέφθηκαν το σχολείο."),
      Example("ΤΣΙΤΣΙΠΑΣ: «Είμαι έτοιμος». Ο Τσιτσιπάς προπονήθηκε χθες."),
      Example("Η Βόρεια Κορέα, δηλαδή η ΛΔΚ, απάντησε."),
    ],
    triggeringExamples: [
      Example("Έφτασε στην Πιονγκγιάνγκ. Μεταξύ Μόσχας και Πιονγκγιάνγκ. Μετά πήγε στην ↓Πιονγιάνγκ."),
      Example("Ο Βαλεριάνοφ μίλησε. Ο Βαλεριάνοφ έφυγε. Ο ↓Βαλεριάνωφ επέστρεψε."),
      Example("Ο Κιμ Γιονγκ Ουν μίλησε. Ο ↓Κιμ Γιονγκ-Ουν έφυγε. Ο Κιμ Γιονγκ Ουν επέστρεψε."),
      Example("Ο Γκόλντσμιθ μίλησε. Ο Γκόλντσμιθ έφυγε. Ο ↓Γκολντσμιθ επέστρεψε."),
      Example("Ένταξη στο ↓NATO. Η σύνοδος του ΝΑΤΟ."),
    ],
    corrections: [
      (
        Example("Έφτασε στην Πιονγκγιάνγκ. Μετά πήγε στην ↓Πιονγιάνγκ."),
        Example("Έφτασε στην Πιονγκγιάνγκ. Μετά πήγε στην Πιονγκγιάνγκ.")
      )
    ])

  /// Capitalized words that begin Greek sentences and are not names.
  static let commonWords: Set<String> = [
    "ο", "η", "το", "οι", "τα", "του", "της", "των", "τον", "την", "τις", "τους", "και", "αλλα", "ομως",
    "οπως", "οταν", "αυτο", "αυτη", "αυτος", "εκει", "εδω", "σημερα", "χθες", "αυριο", "ενω", "μετα",
    "πριν", "σε", "στο", "στη", "στην", "στον", "με", "για", "απο", "κατα", "προς", "ετσι", "ωστοσο",
  ]

  private let matcher = VariantMatcher()
  private let spellings = NameSpellings()

  init() {}

  /// One written name in the document.
  struct Occurrence {
    var range: Range<Int>
    var text: String
    /// The words as spelled, folded, with case endings as written.
    var words: [String]
    var mention: NameMention?
  }

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    var findings: [Finding] = []
    // Groups of occurrences of one name: glossary entries, then clusters of other names.
    var groups: [[Occurrence]] = []
    var byEntry: [String: [Occurrence]] = [:]
    let covered = analysis.wordsCoveredByMentions
    for mention in analysis.mentions {
      // Deprecated and superseded forms are the non-canonical-name rule's to report.
      guard mention.form.status == .preferred || mention.form.status == .admitted else { continue }
      // A common word that only sounds like a listed name (Κάνει ~ Chania) is not a mention of
      // it: the glossary lists its forms, and this is not one of them.
      if mention.reason == .variant || mention.reason == .crossScript, analysis.isCommonWord(mention.text) { continue }
      if NameSpellings.opensCompound(analysis.document.text, at: mention.utf8Range.upperBound) { continue }
      // Grouped by the script the mention is written in, whatever form it matched: a Greek
      // spelling that sounds closest to the English form (Μπαγκλαντές, Bangladesh) still
      // belongs with the Greek spellings.
      byEntry["\(mention.entry.id)|\(Self.language(of: mention.text).rawValue)", default: []].append(
        Occurrence(
          range: mention.utf8Range, text: mention.text, words: NameSpellings.words(of: mention.text), mention: mention))
    }
    groups += byEntry.keys.sorted().map { byEntry[$0]! }
    groups += clusters(of: unlistedNames(in: analysis, excluding: covered))

    for group in groups {
      findings += inconsistencies(in: group, analysis: analysis)
    }
    findings += acronymsInTwoScripts(in: analysis)
    return findings.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
  }

  /// An acronym written once in Greek capitals and once in the Latin letters that look the
  /// same (ΝΑΤΟ, NATO): one name in two scripts. The spelling kept is the glossary's Greek
  /// form when it lists the acronym, else the one used most (the first on a tie); the others
  /// are fixed letter for letter.
  private func acronymsInTwoScripts(in analysis: DocumentAnalysis) -> [Finding] {
    let detector = MixedScriptDetector()
    var groups: [String: [(token: Token, greek: Bool)]] = [:]
    var order: [String] = []
    for word in analysis.words {
      let scalars = word.text.unicodeScalars
      guard (2...6).contains(scalars.count), scalars.allSatisfy({ $0.properties.isUppercase }) else { continue }
      let script = WritingScript(ofWord: word.text)
      guard script == .greek || script == .latin else { continue }
      var key = String.UnicodeScalarView()
      for scalar in scalars {
        guard let latin = script == .greek ? detector.latinLookAlike(of: scalar) : scalar,
          script == .greek || detector.greekLookAlike(of: scalar) != nil
        else {
          key.removeAll()
          break
        }
        key.append(latin)
      }
      guard !key.isEmpty else { continue }
      let name = String(key)
      if groups[name] == nil { order.append(name) }
      groups[name, default: []].append((word, script == .greek))
    }
    var findings: [Finding] = []
    for name in order {
      let group = groups[name]!
      let greekCount = group.filter(\.greek).count
      guard greekCount > 0, greekCount < group.count else { continue }
      let greekForm = group.first(where: \.greek)!.token.text
      let listed = analysis.glossary?.bestMatch(for: greekForm).map { $0.entry.canonicalGreek == greekForm } ?? false
      let keepGreek =
        listed || greekCount * 2 > group.count || (greekCount * 2 == group.count && group[0].greek)
      let reference = group.first { $0.greek == keepGreek }!.token
      for (token, greek) in group where greek != keepGreek {
        let line = analysis.document.location(ofUTF8Offset: reference.utf8Range.lowerBound).line
        findings.append(
          finding(
            "'\(token.text)' is written '\(reference.text)' in the other script elsewhere in this document (line \(line))",
            at: token.utf8Range, in: analysis, suggestion: reference.text,
            fix: Replacement(utf8Range: token.utf8Range, text: reference.text),
            related: RelatedLocation(utf8Range: reference.utf8Range, message: "written '\(reference.text)' here")))
      }
    }
    return findings
  }

  /// Capitalized words not part of a glossary mention that may be names: not a common word
  /// (in the lexicon, or written in lower case elsewhere in the document), at least four
  /// letters, and not only ever seen opening a sentence. (Ελληνική in Ελληνική Ορεινή Ταξιαρχία
  /// is the adjective ελληνική, not a name to compare with Ελληνικού.)
  func unlistedNames(in analysis: DocumentAnalysis, excluding covered: Set<Int>) -> [Occurrence] {
    var candidates: [(Token, Bool)] = []
    var lowercaseKeys = Set<String>()
    for (index, word) in analysis.words.enumerated() {
      guard let first = word.text.unicodeScalars.first else { continue }
      if first.properties.isLowercase {
        lowercaseKeys.insert(TextFolder.shared.key(word.text))
        continue
      }
      guard !covered.contains(index), first.properties.isUppercase, word.text.unicodeScalars.count >= 4,
        !GreekWord.isAllCapitals(word.text), !analysis.configuration.ignores(word.text)
      else { continue }
      candidates.append((word, analysis.startsSentence(word)))
    }
    let midSentence = Set(candidates.filter { !$0.1 }.map { TextFolder.shared.key($0.0.text) })
    return candidates.compactMap { word, opensSentence in
      let key = TextFolder.shared.key(word.text)
      guard !Self.commonWords.contains(key), !lowercaseKeys.contains(key), !opensSentence || midSentence.contains(key),
        !analysis.isCommonWord(word.text)
      else { return nil }
      return Occurrence(
        range: word.utf8Range, text: word.text, words: [TextFolder.shared.folded(word.text)], mention: nil)
    }
  }

  /// The glossary language a mention is written in: Greek letters or not.
  static func language(of text: String) -> TermLanguage {
    WritingScript(ofWord: text) == .greek ? .greek : .english
  }

  /// Whether two written forms are two words of the lexicon that differ only in their
  /// endings: a derivation or an inflection (Ολλανδία, Ολλανδοί; Απρίλη, Απρίλιο), not two
  /// spellings of one name. Greek derives and inflects at the end of a word; transcriptions
  /// vary anywhere (Μπαγκλαντές, Μπανγκλαντές, both listed, differ inside the word).
  ///
  /// The lexicon lists few forms of each proper name (Ολλανδός and Ολλανδία, not Ολλανδοί), so
  /// when only one of the two is listed, they are still different words if both end in Greek
  /// endings that sound different after a shared stem (Ολλανδοί, Ολλανδίας); endings that
  /// sound the same are two spellings (Μισισίπι, Μισισιπή).
  static func areDifferentWords(_ a: String, _ b: String, in analysis: DocumentAnalysis) -> Bool {
    guard let lexicon = analysis.lexicon else { return false }
    return areDifferentWords(a, b, lexicon: lexicon)
  }

  /// ``areDifferentWords(_:_:in:)`` with a lexicon at hand.
  static func areDifferentWords(_ a: String, _ b: String, lexicon: Lexicon) -> Bool {
    let listed = (lexicon.contains(a), lexicon.contains(b))
    guard listed.0 || listed.1 else { return false }
    let left = Array(TextFolder.shared.key(a).unicodeScalars)
    let right = Array(TextFolder.shared.key(b).unicodeScalars)
    var common = 0
    while common < min(left.count, right.count), left[common] == right[common] { common += 1 }
    guard common >= 3, left.count - common <= 4, right.count - common <= 4 else { return false }
    if listed.0 && listed.1 { return true }
    let endings = (
      String(String.UnicodeScalarView(left[common...])), String(String.UnicodeScalarView(right[common...]))
    )
    return common >= 4 && isEnding(endings.0) && isEnding(endings.1)
      && GreekPhonetics.phones(of: endings.0) != GreekPhonetics.phones(of: endings.1)
  }

  /// A case ending, or one after the -ι- of a derived noun (Ολλανδ-ία, Ολλανδ-ίας).
  private static func isEnding(_ text: String) -> Bool {
    GreekEndings.allEndings.contains(text)
      || (text.hasPrefix("ι") && GreekEndings.allEndings.contains(String(text.dropFirst())))
  }

  /// Whether two unlisted names begin with sounds one name's transcriptions can share
  /// (``Phone/onsetsAgree(_:_:)``): Αικισίανη and Νικήσιανη do not.
  /// A name against a longer one (Νετανιαχού, Μπενιαμίν Νετανιάχου) is compared with the word
  /// of it that can line up.
  static func onsetsAgree(_ a: String, _ b: String) -> Bool {
    let left = a.split(separator: " ")
    let right = b.split(separator: " ")
    func onset(_ word: Substring) -> Phone? { GreekPhonetics.phones(of: String(word)).first }
    guard let first = (left.count <= right.count ? left : right).first else { return true }
    let longer = left.count <= right.count ? right : left
    if left.count == right.count { return Phone.onsetsAgree(onset(left[0]), onset(right[0])) }
    return longer.contains { Phone.onsetsAgree(onset(first), onset($0)) }
  }

  /// Groups words that the variant matcher calls one name.
  func clusters(of occurrences: [Occurrence]) -> [[Occurrence]] {
    var distinct: [String] = []
    var indexOf: [String: Int] = [:]
    for occurrence in occurrences where indexOf[occurrence.words[0]] == nil {
      indexOf[occurrence.words[0]] = distinct.count
      distinct.append(occurrence.words[0])
    }
    let groups = NameClusters.clusters(of: distinct, matcher: matcher)
    var groupOf = [Int](repeating: 0, count: distinct.count)
    for (number, group) in groups.enumerated() { for index in group { groupOf[index] = number } }
    var result = [[Occurrence]](repeating: [], count: groups.count)
    for occurrence in occurrences { result[groupOf[indexOf[occurrence.words[0]]!]].append(occurrence) }
    return result.filter { $0.count > 1 }
  }

  /// The spellings of one name in a group, and a finding for each one that departs from
  /// the reference spelling.
  private func inconsistencies(in group: [Occurrence], analysis: DocumentAnalysis) -> [Finding] {
    // Spelling classes: occurrences that write the name the same way up to case endings,
    // accents, or being a shorter part of it.
    let classes = spellings.classes(of: group, words: \.words, accented: { NameSpellings.accented($0.text) })
    guard classes.count > 1 else { return [] }
    // The reference: the canonical spelling when the glossary has one in the text, else
    // the most frequent (the first on a tie).
    let entry = group.first?.mention?.entry
    let canonical = entry.flatMap { entry in
      group.first?.mention.flatMap { entry.canonicalForm(in: Self.language(of: $0.text)) }
    }
    let reference: Int
    // The canonical spelling's class is the one that writes the canonical form, not one that
    // only matched it as a variant.
    if let canonical,
      let index = classes.firstIndex(where: {
        $0.contains {
          $0.mention?.form == canonical
            && spellings.isSameSpelling(
              $0.words, NameSpellings.words(of: canonical.text),
              accented: (NameSpellings.accented($0.text), NameSpellings.accented(canonical.text)))
        }
      })
    {
      reference = index
    } else {
      reference = classes.indices.max {
        classes[$0].count < classes[$1].count || (classes[$0].count == classes[$1].count && $0 > $1)
      }!
    }
    let referenceOccurrence = classes[reference][0]
    var findings: [Finding] = []
    for (index, spelling) in classes.enumerated() where index != reference {
      // Another name for the entity (ΛΔΚ, Λαοκρατική Δημοκρατία της Κορέας) is not a spelling.
      guard
        spellings.isVariant(
          spelling[0].words, of: referenceOccurrence.words,
          accented: (NameSpellings.accented(spelling[0].text), NameSpellings.accented(referenceOccurrence.text))),
        !Self.areDifferentWords(spelling[0].text, referenceOccurrence.text, in: analysis),
        Self.onsetsAgree(spelling[0].text, referenceOccurrence.text)
      else { continue }
      for occurrence in spelling {
        let location = analysis.document.location(ofUTF8Offset: referenceOccurrence.range.lowerBound)
        var suggestion = referenceOccurrence.text
        var fix: Replacement?
        if let mention = occurrence.mention, let canonical, referenceOccurrence.mention?.form == canonical {
          suggestion = mention.entry.rewrite(occurrence.text, matching: mention.form, as: canonical)
          if suggestion == occurrence.text { suggestion = referenceOccurrence.text }
          fix = Replacement(utf8Range: occurrence.range, text: suggestion)
        }
        // A person's surname alone is answered with the surname (Τσαουσόγλου → Τσαβούσογλου),
        // not the full name.
        let suggestedWords = suggestion.split(separator: " ")
        if entry?.kind == .person, occurrence.words.count < suggestedWords.count {
          suggestion = suggestedWords.suffix(occurrence.words.count).joined(separator: " ")
          if fix != nil { fix = Replacement(utf8Range: occurrence.range, text: suggestion) }
        }
        // A suggestion is never the flagged text itself.
        if suggestion == occurrence.text { continue }
        let spelled =
          entry?.kind == .person && occurrence.words.count < referenceOccurrence.words.count
          ? suggestion : referenceOccurrence.text
        findings.append(
          finding(
            "'\(occurrence.text)' is spelled '\(spelled)' elsewhere in this document (line \(location.line))",
            at: occurrence.range, in: analysis, suggestion: suggestion, fix: fix, entryID: entry?.id,
            related: RelatedLocation(
              utf8Range: referenceOccurrence.range, message: "spelled '\(referenceOccurrence.text)' here")))
      }
    }
    return findings
  }

}
