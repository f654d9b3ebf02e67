import GlossaText

/// How two spellings of names relate, with a score in [0, 1] and the reason.
public struct NameComparison: Hashable, Sendable {
  /// The kind of relation found.
  public enum Relation: String, Sendable, CaseIterable, Codable {
    /// The same text.
    case same
    /// The same letters, differing in accents, diaeresis, case or final sigma.
    case accent
    /// Two case forms of the same Greek name (Κορέα/Κορέας), or a katharevousa and a demotic
    /// ending (Ουρανόπολις/Ουρανόπολη).
    case inflection
    /// Another transcription of the same name in the same script: γκ/γ, μπ/β, ο/ω, ι/η/υ,
    /// doubled letters, hyphen or space (Πιονγκγιάνγκ/Πιονγιάνγκ).
    case variant
    /// The same name in Greek and Latin letters (Πιονγκγιάνγκ/Pyongyang).
    case transliteration
    /// Two Greek forms of one given name, formal and everyday or a pet form (Μιχαήλ/Μιχάλης),
    /// as the shipped list of name equivalents knows them.
    case hypocoristic
    /// A Greek given name and its form in another language (Θωμάς/Τόμας, Ιουλία/Julia), as
    /// the shipped list of name equivalents knows them.
    case translation
    /// Not the same name, including the feminine of a masculine surname.
    case different

    /// Whether the relation makes the two spellings one name.
    public var isSameName: Bool { self != .different }

    /// Whether the two are one name written two ways, as opposed to two forms of a name
    /// (hypocoristic, translation) or two names.
    public var isSpelling: Bool {
      switch self {
      case .same, .accent, .inflection, .variant, .transliteration: true
      case .hypocoristic, .translation, .different: false
      }
    }
  }

  /// The probability that the two name the same entity; from ``VariantMatcher/threshold``
  /// on, they are one name.
  public var score: Double
  /// The relation found.
  public var relation: Relation
  /// What the decision measured, when it measured anything (identical text needs nothing).
  public var features: NameFeatures?

  /// What decided, in a few words: `accents, case or final sigma`, `phonetic distance 0.45`.
  public var detail: String {
    guard let features else { return fixedDetail }
    if relation == .hypocoristic { return "another form of the name" }
    if relation == .translation { return "the name in another language" }
    if features[.accent] == 1 { return "accents, case or final sigma" }
    if features[.punctuation] == 1 { return "hyphen, space or punctuation" }
    if features[.gender] == 1 { return "masculine and feminine forms" }
    if features[.shortMismatch] == 1 { return "short name, not the same sounds" }
    if features[.inflection] == 1 { return "case ending" }
    guard let distance = features.phoneticDistance else { return "lengths differ" }
    let hundredths = Int((distance * 100).rounded())
    return "phonetic distance \(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }

  private var fixedDetail: String

  /// The weighted phonetic distance, when the decision measured it.
  public var phoneticDistance: Double? { features?.phoneticDistance }

  /// A comparison decided by a fixed reason, given in `detail`.
  package init(score: Double, relation: Relation, detail: String) {
    self.score = score
    self.relation = relation
    self.fixedDetail = detail
    self.features = nil
  }

  /// A comparison decided on measurements; its detail is written only when read.
  package init(score: Double, relation: Relation, features: NameFeatures) {
    self.score = score
    self.relation = relation
    self.fixedDetail = ""
    self.features = features
  }
}
