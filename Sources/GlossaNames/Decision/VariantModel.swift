#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The learned part of the variant decision: how much each measurement of a pair of spellings
/// (``NameFeatures``) counts towards their being one name, and the probability from which they
/// are.
///
/// A logistic regression: the probability is `1 / (1 + e^-z)`, `z` the bias plus each term's
/// weight times its value. A term is a measurement (`similarity`), the part of one above a
/// point (`similarity>0.9`: a hinge, so a similarity can count more near 1), or the product of
/// two (`inflection*similarity`). The shipped weights are learned from labelled name pairs by
/// `scripts/train-variants.sh` and embedded in the library as `variant-model.tsv`.
public struct VariantModel: Sendable {
  /// One weighted term.
  public struct Term: Sendable, Hashable {
    /// How the term is made from the measurements.
    public enum Kind: Sendable, Hashable {
      /// The measurement itself.
      case value(NameFeatures.Name)
      /// The part of the measurement above a point: `max(0, value - point)`.
      case above(NameFeatures.Name, Double)
      /// The product of two measurements.
      case product(NameFeatures.Name, NameFeatures.Name)
    }

    /// How the term is made.
    public var kind: Kind
    /// The term's weight.
    public var weight: Double

    /// The term as the model file writes it: `similarity`, `similarity>0.9`, `a*b`.
    public var name: String {
      switch kind {
      case .value(let feature): feature.key
      case .above(let feature, let point): "\(feature.key)>\(point)"
      case .product(let first, let second): "\(first.key)*\(second.key)"
      }
    }

    /// The measurements the term reads.
    public var features: [NameFeatures.Name] {
      switch kind {
      case .value(let feature), .above(let feature, _): [feature]
      case .product(let first, let second): [first, second]
      }
    }

    /// The term's value for one pair's measurements.
    @inline(__always)
    func value(_ features: NameFeatures) -> Double {
      switch kind {
      case .value(let feature): features[feature]
      case .above(let feature, let point): max(0, features[feature] - point)
      case .product(let first, let second): features[first] * features[second]
      }
    }
  }

  /// What a pair starts from before any term: the log-odds of a pair with every term 0.
  public let bias: Double
  /// The weighted terms.
  public let terms: [Term]
  /// The probability at and above which two spellings are decided to be one name.
  public let threshold: Double

  /// Creates a model from its parts.
  public init(bias: Double, terms: [Term], threshold: Double) {
    self.bias = bias
    self.terms = terms
    self.threshold = threshold
    thresholdLogOdds = log(threshold / (1 - threshold))
    let finer = Set(NameFeatures.finerMeasurements)
    coarseTerms = terms.filter { $0.features.allSatisfy { !finer.contains($0) } }
    bestOfFinerTerms = terms.filter { $0.features.allSatisfy(finer.contains) }
      .reduce(0) { $0 + Self.best(of: $1, given: NameFeatures()) }
    // A product of a measurement known early and a finer one (measurements are never
    // negative): the known one times the finer one's best weighted end.
    scaledBests = terms.compactMap { term in
      guard case .product(let first, let second) = term.kind, finer.contains(first) != finer.contains(second) else {
        return nil
      }
      let (known, unknown) = finer.contains(first) ? (second, first) : (first, second)
      let range = NameFeatures.range(of: unknown)
      return (known, max(term.weight * range.lowerBound, term.weight * range.upperBound))
    }
  }

  /// ``threshold`` as log-odds, what ``upperBound(_:)`` is compared with.
  public let thresholdLogOdds: Double

  /// The parts of ``upperBound(_:)``: terms that read no finer measurement, the best of the
  /// terms that read only finer ones, summed, and products of a known and a finer one.
  private let coarseTerms: [Term]
  private let bestOfFinerTerms: Double
  private let scaledBests: [(NameFeatures.Name, Double)]

  /// The weights shipped with the library.
  public static let shipped: VariantModel = {
    guard let text = EmbeddedData.files["variant-model.tsv"] else {
      preconditionFailure("the library was built without its variant model")
    }
    do {
      return try VariantModel(parsing: text)
    } catch {
      preconditionFailure("the shipped variant model does not parse: \(error)")
    }
  }()

  /// The log-odds that the measured pair is one name.
  public func logOdds(_ features: NameFeatures) -> Double {
    var sum = bias
    for term in terms { sum += term.weight * term.value(features) }
    return sum
  }

  /// The probability that the measured pair is one name.
  public func probability(_ features: NameFeatures) -> Double {
    1 / (1 + exp(-logOdds(features)))
  }

  /// The highest log-odds the pair could reach once its finer measurements are taken: those
  /// of ``NameFeatures/finerMeasurements`` anywhere in their ranges, each term at its best.
  public func upperBound(_ features: NameFeatures) -> Double {
    var sum = bias + bestOfFinerTerms
    for term in coarseTerms { sum += term.weight * term.value(features) }
    for (known, best) in scaledBests { sum += features[known] * best }
    return sum
  }

  /// The most a term reading finer measurements can add, trying the ends of their ranges (a
  /// term is monotone in each measurement).
  private static func best(of term: Term, given features: NameFeatures) -> Double {
    let unknown = term.features.filter { NameFeatures.finerMeasurements.contains($0) }
    var best = -Double.infinity
    var trial = features
    for corner in 0..<(1 << unknown.count) {
      for (index, name) in unknown.enumerated() {
        let range = NameFeatures.range(of: name)
        trial[name] = corner & (1 << index) == 0 ? range.lowerBound : range.upperBound
      }
      best = max(best, term.weight * term.value(trial))
    }
    return best
  }

  /// What each term adds to the log-odds for one pair, largest effect first; terms that add
  /// nothing are left out.
  public func contributions(_ features: NameFeatures) -> [(term: Term, value: Double, contribution: Double)] {
    terms.map { term in
      let value = term.value(features)
      return (term, value, term.weight * value)
    }
    .filter { $0.contribution != 0 }
    .sorted { abs($0.contribution) > abs($1.contribution) }
  }
}
