import GlossaGlossary
import GlossaNames
import GlossaText

/// Writes a glossary's first draft from evidence: names and their Greek spellings found in
/// aligned Greek–English units (a translation memory), and spellings of one name found across
/// an archive of Greek articles.
///
///     let discoverer = GlossaryDiscoverer(glossary: .shipped, lexicon: Lexicon.installed())
///     discoverer.addUnits([(english: "Sergei Shoigu met ...", greek: "Ο Σεργκέι Σοϊγκού ...", document: nil)])
///     let proposals = discoverer.proposals()
///
/// Each English name (Sergei Shoigu, South Korea) is paired with the Greek words that render
/// it in the same units, by how they sound (the variant model across the scripts) and how
/// consistently they occur together (``NamePairing``); every Greek spelling and case form seen is
/// kept with its count. Proposals are never edits: `glossa glossary merge` applies them.
public final class GlossaryDiscoverer {
  let glossary: Glossary?
  let lexicon: Lexicon?
  let matcher = VariantMatcher()
  private var observations = NameObservations()
  private var archive = ArchiveNames()

  /// A discoverer that checks proposals against `glossary` and tells names from common Greek
  /// words with `lexicon` (and with the words the evidence itself writes in lower case).
  public init(glossary: Glossary?, lexicon: Lexicon?) {
    self.glossary = glossary
    self.lexicon = lexicon
  }

  /// How many aligned units were added.
  public var unitCount: Int { observations.unitCount }

  /// Adds aligned units: each unit's English and Greek text, and the document it comes from.
  /// The units are read on every core.
  public func addUnits(_ units: [(english: String, greek: String, document: String?)]) {
    let chunkSize = 256
    let chunkCount = (units.count + chunkSize - 1) / chunkSize
    let lexicon = lexicon
    let spotted = Parallel.map(count: chunkCount, chunkSize: 1) { chunk in
      let spotter = NameSpotter(lexicon: lexicon)
      var lowercase = Set<String>()
      let range = chunk * chunkSize..<min(units.count, (chunk + 1) * chunkSize)
      let names = range.map { index in
        (
          spotter.englishSpans(in: units[index].english),
          spotter.greekWords(in: units[index].greek, lowercaseKeys: &lowercase)
        )
      }
      return (names, lowercase)
    }
    var index = 0
    for (names, lowercase) in spotted {
      observations.lowercaseKeys.formUnion(lowercase)
      for (english, greek) in names {
        observations.add(english: english, greek: greek, greekText: units[index].greek, document: units[index].document)
        index += 1
      }
    }
  }

  /// Adds Greek articles: `texts[i]` is the text of the file named `files[i]`. The articles are
  /// read on every core.
  public func addArticles(_ texts: [String], files: [String]) {
    archive.add(texts, files: files, lexicon: lexicon)
  }

  /// The proposals the evidence supports, the most seen first.
  public func proposals(options: DiscoveryOptions = DiscoveryOptions()) -> [GlossaryProposal] {
    let builder = ProposalBuilder(glossary: glossary, matcher: matcher, preference: options.preference)
    var proposals: [GlossaryProposal] = []
    var claimedForms = Set<String>()
    if observations.unitCount > 0 {
      let (clusterOf, clusterForms) = greekClusters()
      let pairing = NamePairing(
        observations: observations, clusterOf: clusterOf, clusterForms: clusterForms, matcher: matcher)
      var entities = NameEntities(observations: observations, pairing: pairing, clusterOf: clusterOf)
      entities.attachSurnames()
      let formNumbers = Dictionary(
        observations.greekForms.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
      for entity in entities.entities {
        let english = entity.words.map { observations.englishWords[Int($0)] }.joined(separator: " ")
        var forms = entity.forms.map { (form: $0.key, count: $0.value, lastSeen: entity.lastSeen[$0.key] ?? 0) }
        // The archive's spellings of the same name add to the evidence.
        for (form, count, lastSeen) in archive.spellings(joining: forms.map(\.form), matcher: matcher) {
          if let index = forms.firstIndex(where: { $0.form == form }) {
            forms[index].count += count
          } else {
            forms.append((form, count, lastSeen))
          }
        }
        let evidence = ProposalBuilder.Evidence(
          english: english, forms: forms, cues: entity.cues, score: entity.score,
          nominatives: { form in
            form.split(separator: " ").first.flatMap { formNumbers[String($0)] }.map {
              Int(self.observations.greekNominatives[$0])
            } ?? 0
          },
          example: { form in
            form.split(separator: " ").first.flatMap { formNumbers[String($0)] }.map {
              self.observations.greekExamples[$0]
            }
          })
        if let proposal = builder.proposal(for: evidence) {
          proposals.append(proposal)
          claimedForms.formUnion(forms.map(\.form))
        }
      }
    }
    for evidence in archive.clusters(matcher: matcher, lexicon: lexicon)
    where !evidence.forms.contains(where: { claimedForms.contains($0.form) }) {
      if let proposal = builder.proposal(for: evidence) { proposals.append(proposal) }
    }
    proposals = proposals.filter { $0.count >= options.minimumCount && $0.confidence >= options.minimumConfidence }
    proposals.sort { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
    var seen: [String: Int] = [:]
    for index in proposals.indices {
      let base = proposals[index].id
      let number = seen[base, default: 0]
      seen[base] = number + 1
      if number > 0 { proposals[index].id = "\(base)-\(number + 1)" }
    }
    if let limit = options.limit { proposals = Array(proposals.prefix(limit)) }
    return proposals
  }

  /// The Greek forms that may be names (never seen in lower case), grouped into names by the
  /// variant model: each form's cluster (`-1` for a common word), and each cluster's forms.
  private func greekClusters() -> (clusterOf: [Int32], clusterForms: [[Int32]]) {
    let candidates = observations.greekForms.indices.filter {
      !observations.lowercaseKeys.contains(TextFolder.shared.key(observations.greekForms[$0]))
    }
    let groups = NameClusters.clusters(of: candidates.map { observations.greekForms[$0] }, matcher: matcher)
    var clusterOf = [Int32](repeating: -1, count: observations.greekForms.count)
    var clusterForms: [[Int32]] = []
    for group in groups {
      for member in group { clusterOf[candidates[member]] = Int32(clusterForms.count) }
      clusterForms.append(group.map { Int32(candidates[$0]) })
    }
    return (clusterOf, clusterForms)
  }
}
