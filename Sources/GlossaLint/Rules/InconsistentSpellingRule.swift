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
  private let detector = MixedScriptDetector()

  init() {}

  /// One written name in the document.
  struct Occurrence {
    var range: Range<Int>
    var text: String
    /// The words as spelled, folded, with case endings as written.
    var words: [String]
    var mention: NameMention?
  }

  /// What the rule gathers from a document, piece by piece (``Linter`` reads a long document
  /// in pieces): the names' occurrences and what tells names from common words, with offsets
  /// into the whole document. Kept small: each distinct written name is stored once and each
  /// occurrence as a place and a number; words in lower case only as hashes.
  struct NameCollection {
    /// Where a name occurs, and which of ``spellings`` it is.
    struct Place {
      var range: Range<Int>
      var spelling: Int32
    }

    /// Each distinct glossary mention once (its range that of its first occurrence).
    private(set) var mentions: [Occurrence] = []
    private var mentionNumbers: [String: Int32] = [:]
    /// Each distinct capitalized word once, and its folded key.
    private(set) var candidateTexts: [String] = []
    private(set) var candidateKeys: [String] = []
    private var candidateNumbers: [String: Int32] = [:]
    /// Glossary mentions by entry and script.
    var byEntry: [String: [Place]] = [:]
    /// Capitalized words that may be names, and whether each opens a sentence.
    var candidates: [(place: Place, opensSentence: Bool)] = []
    /// Hashes of the folded keys of the words written in lower case.
    var lowercaseKeys = Set<Int>()
    /// Capitalized all-capital words by their Latin letters, with their script.
    var acronyms: [String: [(range: Range<Int>, text: String, greek: Bool)]] = [:]
    /// The acronyms' keys in the order first met.
    var acronymOrder: [String] = []

    /// The place of a mention, filed under `key` with the others written the same way.
    mutating func place(mention occurrence: @autoclosure () -> Occurrence, key: String) -> Place {
      if let number = mentionNumbers[key] { return Place(range: occurrence().range, spelling: number) }
      let made = occurrence()
      let number = Int32(mentions.count)
      mentions.append(made)
      mentionNumbers[key] = number
      return Place(range: made.range, spelling: number)
    }

    /// The place of a capitalized word `text` with folded key `key`.
    mutating func place(word text: String, key: @autoclosure () -> String, range: Range<Int>) -> Place {
      if let number = candidateNumbers[text] { return Place(range: range, spelling: number) }
      let number = Int32(candidateTexts.count)
      candidateTexts.append(text)
      candidateKeys.append(key())
      candidateNumbers[text] = number
      return Place(range: range, spelling: number)
    }

    /// The mention at `place`.
    func mention(_ place: Place) -> Occurrence {
      var occurrence = mentions[Int(place.spelling)]
      occurrence.range = place.range
      occurrence.mention?.utf8Range = place.range
      return occurrence
    }

    /// The capitalized word at `place`.
    func word(_ place: Place) -> Occurrence {
      let text = candidateTexts[Int(place.spelling)]
      return Occurrence(range: place.range, text: text, words: [TextFolder.shared.folded(text)], mention: nil)
    }
  }

  func findings(in analysis: DocumentAnalysis) -> [Finding] {
    var names = NameCollection()
    collect(from: analysis, offset: 0, into: &names)
    return findings(from: names, context: NameContext(analysis))
  }

  /// Adds the names of `analysis`'s document, a piece starting `offset` bytes into the
  /// whole, to `names`.
  func collect(from analysis: DocumentAnalysis, offset: Int, into names: inout NameCollection) {
    func shifted(_ range: Range<Int>) -> Range<Int> { (range.lowerBound + offset)..<(range.upperBound + offset) }
    let covered = analysis.wordsCoveredByMentions
    for var mention in analysis.mentions {
      // Deprecated and superseded forms are the non-canonical-name rule's to report.
      guard mention.form.status == .preferred || mention.form.status == .admitted else { continue }
      // A common word that only sounds like a listed name (Κάνει ~ Chania) is not a mention of
      // it: the glossary lists its forms, and this is not one of them.
      if mention.reason == .variant || mention.reason == .crossScript, analysis.isCommonWord(mention.text) { continue }
      if NameSpellings.opensCompound(analysis.document.text, at: mention.utf8Range.upperBound) { continue }
      mention.utf8Range = shifted(mention.utf8Range)
      // Grouped by the script the mention is written in, whatever form it matched: a Greek
      // spelling that sounds closest to the English form (Μπαγκλαντές, Bangladesh) still
      // belongs with the Greek spellings.
      let form = mention.form
      let place = names.place(
        mention: Occurrence(
          range: mention.utf8Range, text: mention.text, words: NameSpellings.words(of: mention.text), mention: mention),
        key: "\(mention.entry.id)\u{1F}\(form.language.rawValue)\u{1F}\(form.status.rawValue)\u{1F}\(form.text)"
          + "\u{1F}\(mention.text)")
      names.byEntry["\(mention.entry.id)|\(Self.language(of: mention.text).rawValue)", default: []].append(place)
    }
    for (index, word) in analysis.words.enumerated() {
      guard let first = word.text.unicodeScalars.first else { continue }
      if first.properties.isLowercase {
        names.lowercaseKeys.insert(TextFolder.shared.key(word.text).hashValue)
        continue
      }
      collectAcronym(word, range: shifted(word.utf8Range), into: &names)
      guard !covered.contains(index), first.properties.isUppercase, word.text.unicodeScalars.count >= 4,
        !GreekWord.isAllCapitals(word.text), !analysis.configuration.ignores(word.text)
      else { continue }
      let key = TextFolder.shared.key(word.text)
      guard !Self.commonWords.contains(key), !analysis.isCommonWord(word.text) else { continue }
      let place = names.place(word: word.text, key: key, range: shifted(word.utf8Range))
      names.candidates.append((place, analysis.startsSentence(word)))
    }
  }

  /// What deciding on the names gathered needs besides them: the glossary, the lexicon and
  /// the line of an offset in the whole document (whose text need not be in memory).
  struct NameContext {
    var glossary: Glossary?
    var lexicon: Lexicon?
    var line: (Int) -> Int

    /// The context of a document in memory.
    init(_ analysis: DocumentAnalysis) {
      glossary = analysis.glossary
      lexicon = analysis.lexicon
      let document = analysis.document
      line = { document.location(ofUTF8Offset: $0).line }
    }

    init(glossary: Glossary?, lexicon: Lexicon?, line: @escaping (Int) -> Int) {
      self.glossary = glossary
      self.lexicon = lexicon
      self.line = line
    }
  }

  /// The findings for the names gathered from a whole document.
  func findings(from names: NameCollection, context: NameContext) -> [Finding] {
    var findings: [Finding] = []
    // Groups of occurrences of one name: glossary entries, then clusters of other names, each
    // made whole only while it is checked.
    for key in names.byEntry.keys.sorted() {
      findings += inconsistencies(in: names.byEntry[key]!.map(names.mention), context: context)
    }
    for group in clusters(of: unlistedNames(in: names), in: names) {
      findings += inconsistencies(in: group.map(names.word), context: context)
    }
    findings += acronymsInTwoScripts(names, context: context)
    return findings.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
  }

  /// Files a word of two to six capitals, Greek or Latin, under its Latin look-alike letters.
  private func collectAcronym(_ word: Token, range: Range<Int>, into names: inout NameCollection) {
    let scalars = word.text.unicodeScalars
    guard (2...6).contains(scalars.count), scalars.allSatisfy({ $0.properties.isUppercase }) else { return }
    let script = WritingScript(ofWord: word.text)
    guard script == .greek || script == .latin else { return }
    var key = String.UnicodeScalarView()
    for scalar in scalars {
      guard let latin = script == .greek ? detector.latinLookAlike(of: scalar) : scalar,
        script == .greek || detector.greekLookAlike(of: scalar) != nil
      else { return }
      key.append(latin)
    }
    let name = String(key)
    if names.acronyms[name] == nil { names.acronymOrder.append(name) }
    names.acronyms[name, default: []].append((range, word.text, script == .greek))
  }

  /// An acronym written once in Greek capitals and once in the Latin letters that look the
  /// same (ΝΑΤΟ, NATO): one name in two scripts. The spelling kept is the glossary's Greek
  /// form when it lists the acronym, else the one used most (the first on a tie); the others
  /// are fixed letter for letter.
  private func acronymsInTwoScripts(_ names: NameCollection, context: NameContext) -> [Finding] {
    var findings: [Finding] = []
    for name in names.acronymOrder {
      let group = names.acronyms[name]!
      let greekCount = group.filter(\.greek).count
      guard greekCount > 0, greekCount < group.count else { continue }
      let greekForm = group.first(where: \.greek)!.text
      let listed = context.glossary?.bestMatch(for: greekForm).map { $0.entry.canonicalGreek == greekForm } ?? false
      let keepGreek =
        listed || greekCount * 2 > group.count || (greekCount * 2 == group.count && group[0].greek)
      let reference = group.first { $0.greek == keepGreek }!
      for occurrence in group where occurrence.greek != keepGreek {
        let line = context.line(reference.range.lowerBound)
        findings.append(
          finding(
            "'\(occurrence.text)' is written '\(reference.text)' in the other script elsewhere in this document (line \(line))",
            at: occurrence.range, text: occurrence.text, suggestion: reference.text,
            fix: Replacement(utf8Range: occurrence.range, text: reference.text),
            related: RelatedLocation(utf8Range: reference.range, message: "written '\(reference.text)' here")))
      }
    }
    return findings
  }

  /// Capitalized words not part of a glossary mention that may be names: not a common word
  /// (in the lexicon, or written in lower case elsewhere in the document), at least four
  /// letters, and not only ever seen opening a sentence. (Ελληνική in Ελληνική Ορεινή Ταξιαρχία
  /// is the adjective ελληνική, not a name to compare with Ελληνικού.)
  func unlistedNames(in names: NameCollection) -> [NameCollection.Place] {
    let midSentence = Set(
      names.candidates.filter { !$0.opensSentence }.map { names.candidateKeys[Int($0.place.spelling)] })
    var keyIsLowercase: [Int32: Bool] = [:]
    return names.candidates.compactMap { place, opensSentence in
      guard !opensSentence || midSentence.contains(names.candidateKeys[Int(place.spelling)]) else { return nil }
      let lowercase =
        keyIsLowercase[place.spelling]
        ?? {
          let found = names.lowercaseKeys.contains(names.candidateKeys[Int(place.spelling)].hashValue)
          keyIsLowercase[place.spelling] = found
          return found
        }()
      return lowercase ? nil : place
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
  func clusters(of places: [NameCollection.Place], in names: NameCollection) -> [[NameCollection.Place]] {
    var distinct: [String] = []
    var indexOf: [String: Int] = [:]
    var folded: [Int32: String] = [:]
    func word(_ place: NameCollection.Place) -> String {
      if let known = folded[place.spelling] { return known }
      let word = TextFolder.shared.folded(names.candidateTexts[Int(place.spelling)])
      folded[place.spelling] = word
      return word
    }
    for place in places {
      let word = word(place)
      if indexOf[word] == nil {
        indexOf[word] = distinct.count
        distinct.append(word)
      }
    }
    let groups = NameClusters.clusters(of: distinct, matcher: matcher)
    var groupOf = [Int](repeating: 0, count: distinct.count)
    for (number, group) in groups.enumerated() { for index in group { groupOf[index] = number } }
    var result = [[NameCollection.Place]](repeating: [], count: groups.count)
    for place in places { result[groupOf[indexOf[word(place)]!]].append(place) }
    return result.filter { $0.count > 1 }
  }

  /// The spellings of one name in a group, and a finding for each one that departs from
  /// the reference spelling.
  private func inconsistencies(in group: [Occurrence], context: NameContext) -> [Finding] {
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
        !(context.lexicon.map { Self.areDifferentWords(spelling[0].text, referenceOccurrence.text, lexicon: $0) }
          ?? false),
        Self.onsetsAgree(spelling[0].text, referenceOccurrence.text)
      else { continue }
      for occurrence in spelling {
        let line = context.line(referenceOccurrence.range.lowerBound)
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
            "'\(occurrence.text)' is spelled '\(spelled)' elsewhere in this document (line \(line))",
            at: occurrence.range, text: occurrence.text, suggestion: suggestion, fix: fix, entryID: entry?.id,
            related: RelatedLocation(
              utf8Range: referenceOccurrence.range, message: "spelled '\(referenceOccurrence.text)' here")))
      }
    }
    return findings
  }

}
