/// What `glossa glossary discover` proposes, and how it picks the preferred Greek form.
public struct DiscoveryOptions: Sendable {
  /// How the preferred Greek form of a name is chosen among the spellings seen.
  public enum Preference: String, Sendable, CaseIterable {
    /// The spelling seen most.
    case majority
    /// The spelling closest to the English form read back by ELOT 743.
    case elot
    /// The spelling of the latest unit or file that uses the name.
    case recent
  }

  /// Names seen fewer times are not proposed.
  public var minimumCount = 1
  /// Proposals less likely to be right are not made.
  public var minimumConfidence = 0.5
  /// At most this many proposals, the most seen first; `nil` for all.
  public var limit: Int?
  /// How the preferred Greek form is chosen.
  public var preference = Preference.majority

  /// Options; the defaults propose every name seen at least once with confidence 0.5 or more.
  public init(
    minimumCount: Int = 1, minimumConfidence: Double = 0.5, limit: Int? = nil, preference: Preference = .majority
  ) {
    self.minimumCount = minimumCount
    self.minimumConfidence = minimumConfidence
    self.limit = limit
    self.preference = preference
  }
}
