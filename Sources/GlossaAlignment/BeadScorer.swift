import Foundation

/// Scores candidate beads of one document pair: the cost of a bead is its negative log
/// probability under the model, up to a constant shared by every path.
struct BeadScorer: Sendable {
  let source: DocumentAnchors
  let target: DocumentAnchors
  let parameters: AlignmentParameters
  /// The shapes in use and their prior costs, −log p.
  let shapes: [(shape: Bead.Shape, priorCost: Double)]
  /// Expected target characters per source character, measured on the whole document pair.
  let ratio: Double
  /// Whether the sides are written in different scripts: foreign-script words are compared
  /// then, word stems otherwise.
  let comparesForeignWords: Bool

  /// - Parameter ratio: The expected length ratio; by default the ratio of the whole documents.
  init(
    source: DocumentAnchors, target: DocumentAnchors, parameters: AlignmentParameters, comparesForeignWords: Bool,
    ratio: Double? = nil
  ) {
    self.source = source
    self.target = target
    self.parameters = parameters
    self.comparesForeignWords = comparesForeignWords
    let total = parameters.shapePriors.values.reduce(0, +)
    shapes = parameters.shapePriors
      .filter { $0.value > 0 }
      .sorted { ($0.key.source, $0.key.target) < ($1.key.source, $1.key.target) }
      .map { ($0.key, -log($0.value / total)) }
    let (sourceTotal, targetTotal) = (source.totalLength, target.totalLength)
    let measured = sourceTotal > 0 && targetTotal > 0 ? Double(targetTotal) / Double(sourceTotal) : 1
    self.ratio = min(4, max(0.25, ratio ?? measured))
  }

  /// The cost of the bead of shape `shapeIndex` whose source starts at sentence `i` and target at `j`.
  @inline(__always) func cost(_ shapeIndex: Int, _ i: Int, _ j: Int) -> Double {
    let (shape, prior) = shapes[shapeIndex]
    guard shape.source > 0 && shape.target > 0 else { return prior }
    let sources = i..<(i + shape.source)
    let targets = j..<(j + shape.target)
    return prior + lengthCost(Double(source.length(sources)), Double(target.length(targets)))
      - anchorGain(sources, targets)
  }

  /// Gale and Church's length cost: how unlikely this target length is for this source length,
  /// two-tailed.
  func lengthCost(_ sourceLength: Double, _ targetLength: Double) -> Double {
    let expected = sourceLength * ratio
    let spread = (parameters.lengthVariance * max(1, (expected + targetLength) / 2)).squareRoot()
    let z = abs(targetLength - expected) / spread
    return -Self.logErfc(z / 2.0.squareRoot())
  }

  /// ln erfc(x) for x ≥ 0, without underflow far in the tail.
  static func logErfc(_ x: Double) -> Double {
    if x < 20 { return log(erfc(x)) }
    // Asymptotic series: erfc(x) ≈ e^(−x²) / (x √π) · (1 − 1/(2x²)).
    return -x * x - log(x * Double.pi.squareRoot()) + log1p(-1 / (2 * x * x))
  }

  /// What the anchors shared by the two groups are worth, less what numbers and questions found
  /// on one side only cost (a translation keeps them; a sentence left out takes its own along).
  func anchorGain(_ sources: Range<Int>, _ targets: Range<Int>) -> Double {
    var gain = 0.0
    let sharedNumbers = source.numbers.sharedCount(sources, with: target.numbers, targets)
    let unmatchedNumbers = source.numbers.span(sources).count + target.numbers.span(targets).count - 2 * sharedNumbers
    gain += parameters.numberWeight * Double(sharedNumbers)
    gain -= parameters.numberMismatchWeight * Double(unmatchedNumbers)
    gain += parameters.nameWeight * Double(source.names.sharedCount(sources, with: target.names, targets))
    gain += parameters.glossaryWeight * Double(source.entries.sharedCount(sources, with: target.entries, targets))
    if comparesForeignWords {
      let found =
        source.foreignWords.sharedCount(sources, with: target.vocabulary, targets)
        + target.foreignWords.sharedCount(targets, with: source.vocabulary, sources)
      gain += parameters.foreignWordWeight * Double(found)
    } else {
      gain += parameters.stemWeight * Double(source.stems.sharedCount(sources, with: target.stems, targets))
    }
    switch (source.hasQuestion(sources), target.hasQuestion(targets)) {
    case (true, true): gain += parameters.questionWeight
    case (true, false), (false, true): gain -= parameters.questionMismatchWeight
    case (false, false): break
    }
    if source.hasQuotes(sources) && target.hasQuotes(targets) { gain += parameters.quoteWeight }
    return gain
  }
}
