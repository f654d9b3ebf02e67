/// One person, place or organisation, with its names in Greek and English.
///
/// ## Topics
/// - ``kind``, ``forms``, ``canonicalGreek``, ``canonicalEnglish``
/// - ``examples``: sentences that must or must not match, checked when a glossary loads
public struct GlossaryEntry: Hashable, Sendable, Identifiable {
  /// A stable identifier, such as `kim-jong-un`.
  public var id: String
  /// What the entry names.
  public var kind: EntryKind
  /// Every known form, in both languages, with its status. The first preferred form of a
  /// language is its canonical form.
  public var forms: [TermForm]
  /// A note for translators.
  public var note: String?
  /// Where the forms come from.
  public var source: String?
  /// Sentences the entry must match, or must not match.
  public var examples: [EntryExample]

  /// Creates an entry.
  package init(
    id: String, kind: EntryKind, forms: [TermForm], note: String? = nil, source: String? = nil,
    examples: [EntryExample] = []
  ) {
    self.id = id
    self.kind = kind
    self.forms = forms
    self.note = note
    self.source = source
    self.examples = examples
  }

  /// The canonical form in `language`: the first preferred one, else the first one.
  package func canonicalForm(in language: TermLanguage) -> TermForm? {
    let forms = forms.filter { $0.language == language }
    return forms.first { $0.status == .preferred } ?? forms.first
  }

  /// The entry in the order every format writes and reads it in: its Greek forms before its
  /// English ones, and its `match` examples before its `nomatch` ones (each group in order).
  package var inWrittenOrder: GlossaryEntry {
    var copy = self
    copy.forms = TermLanguage.allCases.flatMap { language in forms.filter { $0.language == language } }
    copy.examples = examples.filter(\.shouldMatch) + examples.filter { !$0.shouldMatch }
    return copy
  }

  /// The canonical Greek name, such as `Κιμ Γιονγκ Ουν`.
  public var canonicalGreek: String? { canonicalForm(in: .greek)?.text }
  /// The canonical English name, such as `Kim Jong Un`.
  public var canonicalEnglish: String? { canonicalForm(in: .english)?.text }
}

/// What a glossary entry names.
public enum EntryKind: String, Hashable, Sendable, CaseIterable, Codable {
  case person
  case place
  case organization
  case other
}

/// A sentence that an entry must match (a test that its forms are found) or must not match
/// (a test that a similar name is kept apart).
public struct EntryExample: Hashable, Sendable {
  /// The sentence.
  public var text: String
  /// Whether the entry should be found in it.
  public var shouldMatch: Bool

  /// An example sentence.
  package init(text: String, shouldMatch: Bool) {
    self.text = text
    self.shouldMatch = shouldMatch
  }
}
