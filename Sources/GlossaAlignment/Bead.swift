/// A group of source sentences aligned with a group of target sentences.
public struct Bead: Hashable, Sendable {
  /// Source sentence indexes (0-based).
  public var source: Range<Int>
  /// Target sentence indexes (0-based).
  public var target: Range<Int>
  /// How likely the bead is right, in [0, 1]: its posterior probability under the model.
  public var confidence: Double

  /// A bead of the given sentences and confidence.
  package init(source: Range<Int>, target: Range<Int>, confidence: Double) {
    self.source = source
    self.target = target
    self.confidence = confidence
  }

  /// The bead's shape: how many sentences each side takes.
  public var shape: Shape { Shape(source.count, target.count) }

  /// Whether one side is empty: a sentence left without a counterpart.
  public var isUnaligned: Bool { source.isEmpty || target.isEmpty }

  /// The bead in the dev-data format: `[0, 1]:[2]`, 0-based, source first.
  public var beadNotation: String {
    "[\(source.map(String.init).joined(separator: ", "))]:[\(target.map(String.init).joined(separator: ", "))]"
  }
}

extension Bead {
  /// How many sentences a bead takes on each side: 1-1, 2-1, 0-1 and so on.
  public struct Shape: Hashable, Sendable, CustomStringConvertible {
    /// Source sentences.
    public var source: Int
    /// Target sentences.
    public var target: Int

    /// A shape of `source` sentences against `target` sentences.
    package init(_ source: Int, _ target: Int) {
      precondition(source >= 0 && target >= 0 && source + target > 0, "a bead takes at least one sentence")
      self.source = source
      self.target = target
    }

    /// `"2-1"` style.
    public var description: String { "\(source)-\(target)" }

    /// Whether one side is empty.
    public var isInsertionOrDeletion: Bool { source == 0 || target == 0 }

    /// One sentence for one: a plain translation.
    package static let oneToOne = Shape(1, 1)
    /// One source sentence split into two.
    package static let oneToTwo = Shape(1, 2)
    /// Two source sentences merged into one.
    package static let twoToOne = Shape(2, 1)
    /// Two sentences for two, cut at another place.
    package static let twoToTwo = Shape(2, 2)
    /// A source sentence left untranslated.
    package static let oneToZero = Shape(1, 0)
    /// A target sentence with no source.
    package static let zeroToOne = Shape(0, 1)
    /// One source sentence split into three.
    package static let oneToThree = Shape(1, 3)
    /// Three source sentences merged into one.
    package static let threeToOne = Shape(3, 1)
    /// Two source sentences made three.
    package static let twoToThree = Shape(2, 3)
    /// Three source sentences made two.
    package static let threeToTwo = Shape(3, 2)
  }
}
