import GlossaDiagnostics
import GlossaGlossary

/// Names spelled differently in different documents of one run (`glossa lint --across-files`).
///
/// For each glossary entry, the spellings used across all documents are sorted into classes
/// as within one document; a document whose spelling departs from the reference (the
/// canonical spelling, else the most used) gets a finding that names a document using the
/// reference. Departures inside one document are the inconsistent-spelling rule's to report.
public struct CrossDocumentCheck: Sendable {
  let glossary: Glossary
  let configuration: LintConfiguration
  private let spellings = NameSpellings()

  /// A check of names against `glossary`, ignoring what `configuration` ignores.
  public init(glossary: Glossary, configuration: LintConfiguration) {
    self.glossary = glossary
    self.configuration = configuration
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
            ))
        else { continue }
        for occurrence in spelling where !referenceDocuments.contains(occurrence.document) {
          let other = documents[referenceOccurrence.document]
          let line = other.location(ofUTF8Offset: referenceOccurrence.mention.utf8Range.lowerBound).line
          findings[occurrence.document].append(
            Finding(
              ruleID: InconsistentSpellingRule.description.identifier, severity: .warning,
              message:
                "'\(occurrence.mention.text)' is spelled '\(referenceOccurrence.mention.text)' in \(other.path):\(line)",
              utf8Range: occurrence.mention.utf8Range, text: occurrence.mention.text,
              suggestion: referenceOccurrence.mention.text, entryID: occurrence.mention.entry.id))
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
