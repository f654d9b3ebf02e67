import GlossaGlossary

/// Applies accepted proposals to a glossary's entries: a proposal that extends an entry the
/// glossary has adds its new spellings (admitted) and, when the entry lacks one, its English
/// form; any other proposal becomes a new entry. A proposal whose change would break the
/// glossary's self-tests (an example that no longer behaves, a form another entry claims) is
/// left out and reported.
public enum ProposalMerger {
  /// What a merge did.
  public struct Outcome: Sendable {
    /// The glossary's entries after the merge.
    public var entries: [GlossaryEntry]
    /// The proposals applied, by id.
    public var applied: [String]
    /// The proposals left out, with why.
    public var skipped: [(id: String, reason: String)]
  }

  /// Merges `proposals` into `entries`.
  public static func merge(_ proposals: [GlossaryProposal], into entries: [GlossaryEntry]) -> Outcome {
    var excluded: [String: String] = [:]
    while true {
      var result = entries
      var changed: [String: String] = [:]  // entry id → proposal id
      for proposal in proposals where excluded[proposal.id] == nil {
        if let target = proposal.entry, let index = result.firstIndex(where: { $0.id == target }) {
          extend(&result[index], with: proposal)
          changed[target] = proposal.id
        } else {
          var entry = proposal.glossaryEntry
          entry.id = uniqueID(entry.id, in: result)
          result.append(entry)
          changed[entry.id] = proposal.id
        }
      }
      let failures = Glossary(entries: result).validationFailures()
      let culprits = failures.compactMap { failure -> (String, String)? in
        guard let colon = failure.firstIndex(of: ":") else { return nil }
        return changed[String(failure[..<colon])].map { ($0, failure) }
      }
      if culprits.isEmpty || failures.isEmpty {
        let applied = proposals.map(\.id).filter { excluded[$0] == nil }
        return Outcome(
          entries: result, applied: applied,
          skipped: proposals.compactMap { proposal in excluded[proposal.id].map { (proposal.id, $0) } })
      }
      for (id, failure) in culprits where excluded[id] == nil { excluded[id] = failure }
    }
  }

  /// Adds a proposal's spellings and English form to an entry that lacks them.
  private static func extend(_ entry: inout GlossaryEntry, with proposal: GlossaryProposal) {
    let known = Set(entry.forms.map(\.text))
    for spelling in [proposal.greek] + proposal.admittedSpellings where !known.contains(spelling) {
      if entry.forms.contains(where: { $0.text == spelling }) { continue }
      entry.forms.append(TermForm(text: spelling, language: .greek, status: .admitted))
    }
    if let english = proposal.english, !entry.forms.contains(where: { $0.language == .english }) {
      entry.forms.append(TermForm(text: english, language: .english))
    }
  }

  /// `id`, or `id-2`, `id-3`… when an entry has it.
  private static func uniqueID(_ id: String, in entries: [GlossaryEntry]) -> String {
    let taken = Set(entries.map(\.id))
    guard taken.contains(id) else { return id }
    var number = 2
    while taken.contains("\(id)-\(number)") { number += 1 }
    return "\(id)-\(number)"
  }
}
