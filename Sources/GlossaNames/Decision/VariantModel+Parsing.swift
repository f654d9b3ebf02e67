extension VariantModel {
  /// Why a model file does not parse.
  public struct ParseError: Error, CustomStringConvertible, Sendable {
    /// The 1-based line.
    public var line: Int
    /// What is wrong there.
    public var reason: String

    /// `line N: reason`.
    public var description: String { "line \(line): \(reason)" }
  }

  /// Reads a model file: `#` comments, a `threshold` line, a `bias` line and one
  /// `term<TAB>weight` line per term, terms written as ``Term/name`` writes them.
  public init(parsing text: String) throws(ParseError) {
    var bias: Double?
    var threshold: Double?
    var terms: [Term] = []
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t")
      guard fields.count == 2, let number = Double(fields[1]), number.isFinite else {
        throw ParseError(line: offset + 1, reason: "expected NAME<TAB>NUMBER")
      }
      switch fields[0] {
      case "bias": bias = number
      case "threshold": threshold = number
      default:
        guard let kind = Self.termKind(fields[0]) else {
          throw ParseError(line: offset + 1, reason: "unknown term '\(fields[0])'")
        }
        terms.append(Term(kind: kind, weight: number))
      }
    }
    guard let bias else { throw ParseError(line: 1, reason: "no bias line") }
    guard let threshold, threshold > 0, threshold < 1 else {
      throw ParseError(line: 1, reason: "no threshold line between 0 and 1")
    }
    self.init(bias: bias, terms: terms, threshold: threshold)
  }

  private static func termKind(_ name: Substring) -> Term.Kind? {
    let hinge = name.split(separator: ">")
    if hinge.count == 2, let feature = NameFeatures.Name(key: hinge[0]), let point = Double(hinge[1]) {
      return .above(feature, point)
    }
    let product = name.split(separator: "*")
    if product.count == 2, let first = NameFeatures.Name(key: product[0]),
      let second = NameFeatures.Name(key: product[1])
    {
      return .product(first, second)
    }
    return NameFeatures.Name(key: name).map { .value($0) }
  }
}
