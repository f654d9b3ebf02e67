/// The aligned beads of one document pair, with what the aligner noticed on the way.
public struct Alignment: Hashable, Sendable {
  /// Beads in document order; together they cover every sentence of both sides exactly once.
  public var beads: [Bead]
  /// Sentences on each side.
  public var sourceCount: Int
  /// Sentences on the target side.
  public var targetCount: Int
  /// Target characters per source character, measured on the pair and used as the expected ratio.
  public var lengthRatio: Double
  /// Odd things about the inputs.
  public var warnings: [AlignmentWarning]

  /// An alignment, as the aligner makes it.
  package init(beads: [Bead], sourceCount: Int, targetCount: Int, lengthRatio: Double, warnings: [AlignmentWarning]) {
    self.beads = beads
    self.sourceCount = sourceCount
    self.targetCount = targetCount
    self.lengthRatio = lengthRatio
    self.warnings = warnings
  }

  /// Source sentences left without a counterpart (1-0 beads).
  public var unalignedSourceCount: Int { beads.filter { $0.target.isEmpty }.reduce(0) { $0 + $1.source.count } }
  /// Target sentences left without a counterpart (0-1 beads).
  public var unalignedTargetCount: Int { beads.filter { $0.source.isEmpty }.reduce(0) { $0 + $1.target.count } }

  /// Beads by shape, for summaries.
  public var shapeCounts: [Bead.Shape: Int] { beads.reduce(into: [:]) { $0[$1.shape, default: 0] += 1 } }
}
