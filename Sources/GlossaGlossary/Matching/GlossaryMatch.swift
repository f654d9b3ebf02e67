/// A glossary entry found for a term, with how it matched.
public struct GlossaryMatch: Hashable, Sendable {
  /// Why a term matched a form.
  public enum Reason: String, Hashable, Sendable, Codable {
    /// The very form.
    case exact
    /// The form with other accents, case or final sigma.
    case accent
    /// A case form of it (Κορέας for Κορέα).
    case inflection
    /// Another transcription in the same script (Πιονγιάνγκ for Πιονγκγιάνγκ).
    case variant
    /// The same name in the other script (Pyongyang for Πιονγκγιάνγκ).
    case crossScript = "cross-script"
    /// Another form of a given name: a pet form or the name in another language (Μιχάλης for
    /// Μιχαήλ, Τόμας for Θωμάς).
    case equivalent
  }

  /// The entry.
  public var entry: GlossaryEntry
  /// The entry's form that the term matched.
  public var form: TermForm
  /// How sure the match is, in [0, 1].
  public var score: Double
  /// Why the term matched.
  public var reason: Reason
  /// What differs, such as `γκ→γ`; empty for exact matches.
  public var detail: String
}
