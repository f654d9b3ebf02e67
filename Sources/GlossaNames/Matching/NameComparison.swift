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
    /// Not the same name, including the feminine of a masculine surname.
    case different

    /// Whether the relation makes the two spellings one name.
    public var isSameName: Bool { self != .different }
  }

  /// How likely the two are the same name: 0.5 and above means they are.
  public var score: Double
  /// The relation found.
  public var relation: Relation
  /// What differs, in a few words: `accents, case or final sigma`, `phonetic distance 0.45`.
  public var detail: String {
    guard let phoneticDistance else { return fixedDetail }
    let hundredths = Int((phoneticDistance * 100).rounded())
    return "phonetic distance \(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }

  private var fixedDetail: String
  /// The weighted phonetic distance, when the decision rested on it.
  public var phoneticDistance: Double?

  /// A comparison decided by a fixed reason, given in `detail`.
  package init(score: Double, relation: Relation, detail: String) {
    self.score = score
    self.relation = relation
    self.fixedDetail = detail
    self.phoneticDistance = nil
  }

  /// A comparison decided by phonetic distance; its detail is written only when read.
  package init(score: Double, relation: Relation, phoneticDistance: Double) {
    self.score = score
    self.relation = relation
    self.fixedDetail = ""
    self.phoneticDistance = phoneticDistance
  }
}
