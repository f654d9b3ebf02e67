import GlossaGlossary
import GlossaText
import Testing

@testable import GlossaDiscovery

@Suite("Proposal files and merging")
struct ProposalFilesTests {
  static let proposal = GlossaryProposal(
    id: "sergei-shoigu", english: "Sergei Shoigu", greek: "Σεργκέι Σοϊγκού",
    variants: [.init(form: "Σοϊγκού", count: 4), .init(form: "Σοΐγκου", count: 1)], kind: .person, confidence: 0.93,
    entry: nil, examples: ["Ο Σοϊγκού είπε \"όχι\"."], admittedSpellings: ["Σοΐγκου"])

  @Test("A proposal's JSON line reads back as the same proposal")
  func roundTrip() throws {
    let line = ProposalLines.line(Self.proposal)
    #expect(!line.contains("\n"))
    let read = try ProposalLines.parse(line + "\n\n" + line, file: "p.jsonl")
    #expect(read == [Self.proposal, Self.proposal])
  }

  @Test("A line that is not a proposal is named by its number")
  func malformed() {
    let text = ProposalLines.line(Self.proposal) + "\n{\"id\": \"x\"}\n"
    #expect(throws: GlossaryIssue.self) { try ProposalLines.parse(text, file: "p.jsonl") }
    do {
      _ = try ProposalLines.parse(text, file: "p.jsonl")
    } catch {
      #expect(error.line == 1)
      #expect(error.file == "p.jsonl")
    }
  }

  @Test("Merging adds new entries, extends the entry a proposal names, and keeps the glossary valid")
  func merge() throws {
    let existing = [
      GlossaryEntry(
        id: "palu", kind: .place, forms: [TermForm(text: "Παλού", language: .greek)]),
      GlossaryEntry(
        id: "rosa", kind: .other, forms: [TermForm(text: "Ρόζα", language: .greek)]),
    ]
    let addition = GlossaryProposal(
      id: "palu-2", english: "Palu", greek: "Παλού", variants: [], kind: .place, confidence: 0.9, entry: "palu",
      examples: [], admittedSpellings: ["Πάλου"])
    // Claims a form another entry has: left out.
    let clash = GlossaryProposal(
      id: "rose", english: "Rose", greek: "Ρόζα", variants: [], kind: .other, confidence: 0.6, entry: nil,
      examples: [], admittedSpellings: [])
    let outcome = ProposalMerger.merge([Self.proposal, addition, clash], into: existing)
    #expect(outcome.applied == ["sergei-shoigu", "palu-2"])
    #expect(outcome.skipped.map(\.id) == ["rose"])
    let palu = try #require(outcome.entries.first { $0.id == "palu" })
    #expect(palu.forms.map(\.text) == ["Παλού", "Πάλου", "Palu"])
    #expect(palu.forms[1].status == .admitted)
    let shoigu = try #require(outcome.entries.first { $0.id == "sergei-shoigu" })
    #expect(shoigu.forms.map(\.text) == ["Σεργκέι Σοϊγκού", "Σοΐγκου", "Sergei Shoigu"])
    #expect(Glossary(entries: outcome.entries).validationFailures().isEmpty)
    #expect(Glossary(entries: outcome.entries).bestMatch(for: "Σοΐγκου")?.entry.id == "sergei-shoigu")
  }
}
