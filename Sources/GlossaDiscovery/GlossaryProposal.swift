import Foundation
import GlossaGlossary

/// A proposed glossary entry, or an addition to an existing one, with the evidence for it.
public struct GlossaryProposal: Hashable, Sendable {
  /// A Greek spelling seen, and how often.
  public struct Variant: Hashable, Sendable {
    /// The form as written.
    public var form: String
    /// How many times it was seen.
    public var count: Int

    /// A form seen `count` times.
    public init(form: String, count: Int) {
      self.form = form
      self.count = count
    }
  }

  /// The proposal's identifier, made from the English form (or the Greek one): the id of the
  /// entry it would create.
  public var id: String
  /// The English form, when the evidence has one (an archive of Greek articles has none).
  public var english: String?
  /// The preferred Greek form.
  public var greek: String
  /// Every Greek form seen, case forms included, most frequent first.
  public var variants: [Variant]
  /// What the name names, when it can be told.
  public var kind: EntryKind
  /// How likely the proposal is right, in [0, 1].
  public var confidence: Double
  /// The existing entry the proposal adds to; `nil` for a new entry.
  public var entry: String?
  /// Sentences the name was seen in.
  public var examples: [String]
  /// The spellings other than the preferred one's case forms: what a glossary entry lists as
  /// admitted forms.
  public var admittedSpellings: [String]

  /// A proposal; see the properties.
  public init(
    id: String, english: String?, greek: String, variants: [Variant], kind: EntryKind, confidence: Double,
    entry: String?, examples: [String], admittedSpellings: [String] = []
  ) {
    self.id = id
    self.english = english
    self.greek = greek
    self.variants = variants
    self.kind = kind
    self.confidence = confidence
    self.entry = entry
    self.examples = examples
    self.admittedSpellings = admittedSpellings
  }

  /// How many times the name was seen, in all its forms.
  public var count: Int { variants.reduce(0) { $0 + $1.count } }

  /// The proposal as a glossary entry: the preferred Greek form, the other spellings admitted,
  /// the English form, a note with the evidence, and the examples as sentences it must match.
  public var glossaryEntry: GlossaryEntry {
    var forms = [TermForm(text: greek, language: .greek)]
    for spelling in admittedSpellings where spelling != greek {
      forms.append(TermForm(text: spelling, language: .greek, status: .admitted))
    }
    if let english { forms.append(TermForm(text: english, language: .english)) }
    let seen = variants.prefix(6).map { "\($0.form) \($0.count)" }.joined(separator: ", ")
    let note =
      "proposed from evidence: confidence \(String(format: "%.2f", confidence)); seen \(seen)"
      + (entry.map { "; adds to entry \($0)" } ?? "")
    return GlossaryEntry(id: id, kind: kind, forms: forms, note: note, source: "glossa glossary discover")
  }
}

extension GlossaryProposal {
  /// A proposal to add `entry` as it is; `nil` when it has no Greek form.
  public init?(entry: GlossaryEntry) {
    let greek = entry.forms.filter { $0.language == .greek }
    guard let first = greek.first else { return nil }
    self.init(
      id: entry.id, english: entry.canonicalForm(in: .english)?.text, greek: first.text,
      variants: greek.map { Variant(form: $0.text, count: 0) }, kind: entry.kind, confidence: 1, entry: nil,
      examples: [], admittedSpellings: greek.dropFirst().map(\.text))
  }
}
