import GlossaGlossary
import GlossaNames
import GlossaText

/// Turns the spellings seen of one name into a proposal: sorts them into spellings (case forms
/// and accents of one spelling together), picks the preferred one, checks the glossary, and
/// tells the kind of name.
struct ProposalBuilder {
  let glossary: Glossary?
  let matcher: VariantMatcher
  let preference: DiscoveryOptions.Preference
  let slugger = try! Slugger()

  /// The forms of one name, as seen.
  struct Evidence {
    var english: String?
    /// Forms as written, with counts and the latest place seen (unit or file order).
    var forms: [(form: String, count: Int, lastSeen: Int)]
    var cues: [NameCue: Int]
    var score: Double
    /// How often each form follows a nominative article.
    var nominatives: (String) -> Int
    var example: (String) -> String?
  }

  /// A spelling: forms that differ only in case endings, accents or capitals.
  struct Spelling {
    var forms: [(form: String, count: Int, lastSeen: Int)]
    var count: Int { forms.reduce(0) { $0 + $1.count } }
    var lastSeen: Int { forms.map(\.lastSeen).max() ?? 0 }
  }

  /// The proposal for `evidence`; `nil` when the glossary already has all of it.
  func proposal(for evidence: Evidence) -> GlossaryProposal? {
    var forms = evidence.forms.sorted { $0.count != $1.count ? $0.count > $1.count : $0.form < $1.form }
    // Forms the glossary gives to two different entries name two things (Νάπολη the city,
    // Νάπολι the club): only the forms of the most seen one's entry, and unknown ones, stay.
    if let glossary {
      let owners = forms.map { form in
        glossary.bestMatch(for: form.form).flatMap {
          [.exact, .accent, .inflection].contains($0.reason) ? $0.entry.id : nil
        }
      }
      if let owner = owners.compactMap({ $0 }).first {
        forms = zip(forms, owners).filter { $0.1 == nil || $0.1 == owner }.map(\.0)
        if evidence.english == nil, forms.count < 2 { return nil }
      }
    }
    guard let longest = forms.map({ $0.form.split(separator: " ").count }).max() else { return nil }
    var spellings: [Spelling] = []
    for form in forms {
      if let index = spellings.firstIndex(where: { isSameSpelling($0.forms[0].form, form.form) }) {
        spellings[index].forms.append(form)
      } else {
        spellings.append(Spelling(forms: [form]))
      }
    }
    // The preferred spelling is a whole name, not a surname alone.
    let whole = spellings.indices.filter { index in
      spellings[index].forms.contains { $0.form.split(separator: " ").count == longest }
    }
    guard let preferredIndex = preferred(among: whole, of: spellings, english: evidence.english) else { return nil }
    let preferredForm = representative(of: spellings[preferredIndex], nominatives: evidence.nominatives)
    let others = spellings.indices.filter { $0 != preferredIndex }.map {
      representative(of: spellings[$0], nominatives: evidence.nominatives)
    }
    var entry: String?
    var newSpellings = [preferredForm] + others
    if let glossary {
      let known = ([evidence.english].compactMap { $0 } + newSpellings).lazy.compactMap { glossary.bestMatch(for: $0) }
        .first { [.exact, .accent, .inflection].contains($0.reason) }
      if let known {
        entry = known.entry.id
        newSpellings = newSpellings.filter { spelling in
          guard let match = glossary.bestMatch(for: spelling), match.entry.id == known.entry.id else { return true }
          return ![.exact, .accent, .inflection].contains(match.reason)
        }
        if newSpellings.isEmpty { return nil }
      }
    }
    let name = evidence.english ?? preferredForm
    let examples = ([preferredForm] + others.prefix(1)).compactMap { form in
      evidence.forms.first { isSameSpelling($0.form, form) }.flatMap { evidence.example($0.form) }
    }
    return GlossaryProposal(
      id: Self.identifier(slugger.slug(for: name)), english: evidence.english, greek: preferredForm,
      variants: forms.map { GlossaryProposal.Variant(form: $0.form, count: $0.count) },
      kind: kind(evidence, preferred: preferredForm), confidence: evidence.score, entry: entry,
      examples: Array(Set(examples)).sorted(),
      admittedSpellings: entry == nil ? others : newSpellings)
  }

  /// Whether two forms write the name the same way, up to case endings, accents and capitals.
  /// A shorter form is compared with the words it can stand for at the end of the longer one:
  /// a surname alone is the full name's spelling when it writes the surname the same way.
  func isSameSpelling(_ a: String, _ b: String) -> Bool {
    let left = a.split(separator: " ")
    let right = b.split(separator: " ")
    if left.count != right.count {
      let (short, long) = left.count < right.count ? (left, right) : (right, left)
      return isSameSpelling(short.joined(separator: " "), long.suffix(short.count).joined(separator: " "))
    }
    let relation = matcher.compare(a, b).relation
    guard relation == .same || relation == .inflection || relation == .accent else { return false }
    // Accents in other places are another spelling (Νετανιάχου / Νετανιαχού); capitals drop them.
    return relation != .accent || a.lowercased() == b.lowercased() || a.uppercased() == a || b.uppercased() == b
  }

  private func preferred(among indexes: [Int], of spellings: [Spelling], english: String?) -> Int? {
    switch preference {
    case .majority:
      return indexes.max {
        spellings[$0].count < spellings[$1].count || (spellings[$0].count == spellings[$1].count && $0 > $1)
      }
    case .recent:
      return indexes.max { spellings[$0].lastSeen < spellings[$1].lastSeen }
    case .elot:
      guard let english else { return preferred(among: indexes, of: spellings, english: nil) }
      let target = Array(slugger.slug(for: english).utf8)
      return indexes.min {
        Self.distance(Array(slugger.slug(for: spellings[$0].forms[0].form).utf8), target)
          < Self.distance(Array(slugger.slug(for: spellings[$1].forms[0].form).utf8), target)
      }
    }
  }

  /// The form a spelling is named by: the one seen most after a nominative article (ο, η), else
  /// the one seen most.
  /// Only the spelling's longest forms are considered: a surname alone does not name the entry.
  private func representative(of spelling: Spelling, nominatives: (String) -> Int) -> String {
    let longest = spelling.forms.map { $0.form.split(separator: " ").count }.max()!
    let whole = spelling.forms.filter { $0.form.split(separator: " ").count == longest }
    let byArticle = whole.max { nominatives($0.form) < nominatives($1.form) }!
    return nominatives(byArticle.form) > 0 ? byArticle.form : whole[0].form
  }

  private func kind(_ evidence: Evidence, preferred: String) -> EntryKind {
    guard let (cue, votes) = evidence.cues.max(by: { $0.value < $1.value }),
      Double(votes) >= 0.6 * Double(evidence.cues.values.reduce(0, +))
    else {
      // A name of two or three words that opens with a known given name is a person's.
      let words = preferred.split(separator: " ")
      if (2...3).contains(words.count), PreparedName(String(words[0])).hasListedWord { return .person }
      return .other
    }
    switch cue {
    case .person: return .person
    case .place: return .place
    case .organization: return .organization
    }
  }

  /// An entry identifier from a slug: letters, digits and hyphens, never empty.
  static func identifier(_ slug: String) -> String { slug.isEmpty ? "name" : slug }

  /// Levenshtein distance of two byte strings.
  static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    var previous = Array(0...b.count)
    var current = previous
    for (i, x) in a.enumerated() {
      current[0] = i + 1
      for (j, y) in b.enumerated() {
        current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
