import GlossaDiagnostics
import GlossaGlossary
import GlossaICU
import GlossaNames
import GlossaSegmentation
import GlossaText

/// Names spelled differently in different documents of one run (`glossa lint --across-files`).
///
/// For each glossary entry, the spellings used across all documents are sorted into classes
/// as within one document; a document whose spelling departs from the reference (the
/// canonical spelling, else the most used) gets a finding that names a document using the
/// reference. Departures inside one document are the inconsistent-spelling rule's to report.
public struct CrossDocumentCheck: Sendable {
  let glossary: Glossary
  let configuration: LintConfiguration
  let lexicon: Lexicon?
  private let spellings = NameSpellings()

  /// A check of names against `glossary`, ignoring what `configuration` ignores. With a
  /// `lexicon`, names the glossary lacks are compared across documents too (capitalized words
  /// the lexicon does not list as common words).
  public init(glossary: Glossary, configuration: LintConfiguration, lexicon: Lexicon? = nil) {
    self.glossary = glossary
    self.configuration = configuration
    self.lexicon = lexicon
  }

  struct Occurrence {
    var document: Int
    var mention: NameMention
    var words: [String]
  }

  /// One list of findings per document, in the documents' order.
  public func findings(in documents: [Document]) -> [[Finding]] {
    var findings = Array(repeating: [Finding](), count: documents.count)
    for group in groups(in: documents) {
      let classes = spellings.classes(
        of: group, words: \.words, accented: { NameSpellings.accented($0.mention.text) })
      guard classes.count > 1, let first = group.first else { continue }
      let canonical = first.mention.entry.canonicalForm(in: first.mention.form.language)
      let reference =
        classes.firstIndex { $0.contains { $0.mention.form == canonical } }
        ?? classes.indices.max { classes[$0].count < classes[$1].count }!
      let referenceOccurrence = classes[reference][0]
      let referenceDocuments = Set(classes[reference].map(\.document))
      for (index, spelling) in classes.enumerated() where index != reference {
        guard
          spellings.isVariant(
            spelling[0].words, of: referenceOccurrence.words,
            accented: (
              NameSpellings.accented(spelling[0].mention.text), NameSpellings.accented(referenceOccurrence.mention.text)
            )),
          InconsistentSpellingRule.onsetsAgree(spelling[0].mention.text, referenceOccurrence.mention.text),
          !areDifferentWords(spelling[0].mention.text, referenceOccurrence.mention.text)
        else { continue }
        for occurrence in spelling where !referenceDocuments.contains(occurrence.document) {
          findings[occurrence.document].append(
            Self.finding(
              occurrence.mention.text, at: occurrence.mention.utf8Range, spelled: referenceOccurrence.mention.text,
              at: referenceOccurrence.mention.utf8Range, in: documents[referenceOccurrence.document],
              entryID: occurrence.mention.entry.id))
        }
      }
    }
    if lexicon != nil, let unlisted = try? unlistedFindings(in: documents) {
      for (index, found) in unlisted.enumerated() { findings[index] += found }
    }
    return findings
  }

  /// A spelling in one document that another document writes differently.
  private static func finding(
    _ text: String, at range: Range<Int>, spelled reference: String, at referenceRange: Range<Int>,
    in other: Document, entryID: String? = nil
  ) -> Finding {
    let line = other.location(ofUTF8Offset: referenceRange.lowerBound).line
    return Finding(
      ruleID: InconsistentSpellingRule.description.identifier, severity: .warning,
      message: "'\(text)' is spelled '\(reference)' in \(other.path):\(line)", utf8Range: range, text: text,
      suggestion: reference, entryID: entryID)
  }

  /// Two words of the lexicon that differ in their endings (see the inconsistent-spelling rule).
  private func areDifferentWords(_ a: String, _ b: String) -> Bool {
    guard let lexicon else { return false }
    return InconsistentSpellingRule.areDifferentWords(a, b, lexicon: lexicon)
  }

  /// Names the glossary lacks, spelled one way in one document and another way in another
  /// that never uses the first: judged as the inconsistent-spelling rule judges them inside one
  /// document (variants, accent positions; not different words, not names that begin with
  /// sounds no transcription shares).
  private func unlistedFindings(in documents: [Document]) throws(ICUError) -> [[Finding]] {
    let rule = InconsistentSpellingRule()
    let tokenizer = try WordTokenizer(locale: "el")
    let segmenter = try SentenceSegmenter(language: .greek)
    var analyses: [DocumentAnalysis] = []
    var occurrences: [(document: Int, occurrence: InconsistentSpellingRule.Occurrence)] = []
    for (index, document) in documents.enumerated() {
      let analysis = DocumentAnalysis(
        document: document, glossary: glossary, lexicon: lexicon, configuration: configuration, tokenizer: tokenizer,
        segmenter: segmenter)
      analyses.append(analysis)
      // Across unrelated documents short names collide by chance (Λέικ, Λιγκ): five letters at least.
      var names = InconsistentSpellingRule.NameCollection()
      rule.collect(from: analysis, offset: 0, into: &names)
      for occurrence in rule.unlistedNames(in: names).map(names.word)
      where occurrence.text.unicodeScalars.count >= 5 {
        occurrences.append((index, occurrence))
      }
    }
    var findings = Array(repeating: [Finding](), count: documents.count)
    // Clusters of one name's spellings, by each occurrence's first folded word.
    var distinct: [String] = []
    var indexOf: [String: Int] = [:]
    for (_, occurrence) in occurrences where indexOf[occurrence.words[0]] == nil {
      indexOf[occurrence.words[0]] = distinct.count
      distinct.append(occurrence.words[0])
    }
    let clusters = NameClusters.clusters(of: distinct, matcher: spellings.matcher)
    var clusterOf = [Int](repeating: 0, count: distinct.count)
    for (number, cluster) in clusters.enumerated() { for index in cluster { clusterOf[index] = number } }
    var groups = [[(document: Int, occurrence: InconsistentSpellingRule.Occurrence)]](
      repeating: [], count: clusters.count)
    for entry in occurrences { groups[clusterOf[indexOf[entry.occurrence.words[0]]!]].append(entry) }
    var seen = Set<String>()
    for tagged in groups {
      guard Set(tagged.map(\.document)).count > 1 else { continue }
      let classes = spellings.classes(
        of: tagged, words: \.occurrence.words, accented: { NameSpellings.accented($0.occurrence.text) })
      guard classes.count > 1 else { continue }
      let reference = classes.indices.max {
        classes[$0].count < classes[$1].count || (classes[$0].count == classes[$1].count && $0 > $1)
      }!
      let referenceOccurrence = classes[reference][0]
      let referenceDocuments = Set(classes[reference].map(\.document))
      for (index, spelling) in classes.enumerated() where index != reference {
        let sample = spelling[0]
        guard
          spellings.isVariant(
            sample.occurrence.words, of: referenceOccurrence.occurrence.words,
            accented: (
              NameSpellings.accented(sample.occurrence.text),
              NameSpellings.accented(referenceOccurrence.occurrence.text)
            )),
          !areDifferentWords(sample.occurrence.text, referenceOccurrence.occurrence.text),
          InconsistentSpellingRule.onsetsAgree(sample.occurrence.text, referenceOccurrence.occurrence.text)
        else { continue }
        for entry in spelling where !referenceDocuments.contains(entry.document) {
          guard seen.insert("\(entry.document)|\(entry.occurrence.range)").inserted else { continue }
          findings[entry.document].append(
            Self.finding(
              entry.occurrence.text, at: entry.occurrence.range, spelled: referenceOccurrence.occurrence.text,
              at: referenceOccurrence.occurrence.range, in: documents[referenceOccurrence.document]))
        }
      }
    }
    return findings
  }

  /// Mentions of each entry, in each language, across documents; with `allStatuses`,
  /// deprecated and superseded forms too.
  func groups(in documents: [Document], allStatuses: Bool = false) -> [[Occurrence]] {
    var byEntry: [String: [Occurrence]] = [:]
    for (index, document) in documents.enumerated() {
      for mention in glossary.mentions(in: document.text) where !configuration.ignores(mention.text) {
        guard allStatuses || mention.form.status == .preferred || mention.form.status == .admitted else { continue }
        if NameSpellings.opensCompound(document.text, at: mention.utf8Range.upperBound) { continue }
        // A common word that only sounds like a listed name (καιρό ~ Κάιρο) is not a mention.
        if mention.reason == .variant || mention.reason == .crossScript, lexicon?.isCommonWord(mention.text) == true {
          continue
        }
        byEntry["\(mention.entry.id)|\(mention.form.language.rawValue)", default: []].append(
          Occurrence(document: index, mention: mention, words: NameSpellings.words(of: mention.text)))
      }
    }
    return byEntry.keys.sorted().map { byEntry[$0]! }
  }
}

/// The table `glossa lint --stats` prints: every glossary name found, its spellings, and
/// how often and in how many documents each occurs.
public struct SpellingStatistics: Sendable {
  let check: CrossDocumentCheck

  /// A table of names against `glossary`, ignoring what `configuration` ignores.
  public init(glossary: Glossary, configuration: LintConfiguration) {
    check = CrossDocumentCheck(glossary: glossary, configuration: configuration)
  }

  /// The table as text, one name per block, most mentioned first.
  public func table(for documents: [Document]) -> String {
    var rows: [(id: String, canonical: String, total: Int, spellings: [(String, Int, Int)])] = []
    for group in check.groups(in: documents, allStatuses: true) {
      guard let first = group.first else { continue }
      var counts: [String: (count: Int, documents: Set<Int>)] = [:]
      var order: [String] = []
      for occurrence in group {
        let key = occurrence.mention.text
        if counts[key] == nil { order.append(key) }
        counts[key, default: (0, [])].count += 1
        counts[key]!.documents.insert(occurrence.document)
      }
      let canonical = first.mention.entry.canonicalForm(in: first.mention.form.language)?.text ?? ""
      rows.append(
        (
          first.mention.entry.id, canonical, group.count,
          order.map { ($0, counts[$0]!.count, counts[$0]!.documents.count) }
        ))
    }
    rows.sort { $0.total != $1.total ? $0.total > $1.total : $0.id < $1.id }
    var output = "\nName spellings (\(rows.count) names in \(documents.count) document(s))\n"
    for row in rows {
      output += "\n\(row.id) (\(row.canonical)): \(row.total)\n"
      for (spelling, count, files) in row.spellings.sorted(by: { $0.1 > $1.1 }) {
        output += "  \(String(count).leftPadded(to: 5))  \(spelling)\(files > 1 ? " (\(files) documents)" : "")\n"
      }
    }
    return output
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
