import GlossaNames

/// One way of writing an entry's name, in one language.
public struct TermForm: Hashable, Sendable {
  /// The form as written: `Κιμ Γιονγκ Ουν`, `Kim Jong-un`.
  public var text: String
  /// The form's language.
  public var language: TermLanguage
  /// Whether to use it, accept it, or correct it.
  public var status: TermStatus
  /// How each word of a Greek form declines; `nil` when inferred from the endings.
  public var declensions: [Declension]?
  /// A note about this form (where it occurs, why it is deprecated).
  public var note: String?

  /// A form; preferred unless another status is given, declensions inferred unless given.
  package init(
    text: String, language: TermLanguage, status: TermStatus = .preferred,
    declensions: [Declension]? = nil, note: String? = nil
  ) {
    self.text = text
    self.language = language
    self.status = status
    self.declensions = declensions
    self.note = note
  }

  /// The declension of each of `words` (this form's folded words): given, or inferred from
  /// the endings for a Greek form; foreign forms do not decline.
  func declensions(ofFoldedWords words: [String], kind: EntryKind) -> [Declension] {
    if let given = declensions, given.count == words.count { return given }
    guard language == .greek else { return Array(repeating: .indeclinable, count: words.count) }
    return words.map { Declension.inferred(forFoldedWord: $0, isPerson: kind == .person) }
  }
}

/// The languages a glossary holds.
public enum TermLanguage: String, Hashable, Sendable, CaseIterable, Codable {
  case greek = "el"
  case english = "en"
}

/// What a glossary says about a form, as TBX's `administrativeStatus` does.
public enum TermStatus: String, Hashable, Sendable, CaseIterable, Codable {
  /// The form to use.
  case preferred
  /// Acceptable, but not the house choice.
  case admitted
  /// Wrong or discouraged: the linter corrects it.
  case deprecated
  /// Replaced by a newer form (a renamed place, a new transcription).
  case superseded

  /// The TBX `administrativeStatus` value for this status.
  public var tbxValue: String {
    switch self {
    case .preferred: "preferredTerm-admn-sts"
    case .admitted: "admittedTerm-admn-sts"
    case .deprecated: "deprecatedTerm-admn-sts"
    case .superseded: "supersededTerm-admn-sts"
    }
  }

  /// The status for a TBX `administrativeStatus` value (also accepting the bare words).
  package init?(tbxValue: String) {
    let value = tbxValue.lowercased()
    guard
      let status = TermStatus.allCases.first(where: {
        value == $0.tbxValue.lowercased() || value == $0.rawValue || value == $0.rawValue + "term"
      })
    else { return nil }
    self = status
  }
}
