/// The aligner's model: how likely each bead shape is, how much lengths vary, what anchors are
/// worth, and how sure the confidences are. The defaults are tuned on English–Greek news and
/// checked on German–French prose.
package struct AlignmentParameters: Hashable, Sendable {
  /// Prior probability of each bead shape. Shapes not listed are never used.
  package var shapePriors: [Bead.Shape: Double]
  /// Variance of a target length around the expected one, per target character
  /// (Gale and Church measured 6.8 on their data; news translations keep closer to the
  /// expected length, since the ratio is measured on each document pair).
  package var lengthVariance: Double
  /// What one number found on both sides is worth, in nats.
  package var numberWeight: Double
  /// What one number found on one side of a bead and not the other costs.
  package var numberMismatchWeight: Double
  /// What one name skeleton found on both sides is worth.
  package var nameWeight: Double
  /// What one foreign-script word of one side found among the other side's words is worth.
  package var foreignWordWeight: Double
  /// What one word stem found on both sides is worth (languages in the same script only).
  package var stemWeight: Double
  /// What one glossary entry named on both sides is worth.
  package var glossaryWeight: Double
  /// What two questions facing each other are worth.
  package var questionWeight: Double
  /// What a question facing no question costs.
  package var questionMismatchWeight: Double
  /// What quotes on both sides are worth.
  package var quoteWeight: Double
  /// Divides every cost before posteriors are computed: above 1 makes confidences more modest.
  package var temperature: Double
  /// Half the width of the first search band, in sentences either side of the diagonal. The
  /// band doubles while the best path runs along its edge.
  package var minimumBand: Int

  /// The parameters; the defaults are those measured on news in Greek and English.
  package init(
    shapePriors: [Bead.Shape: Double] = Self.defaultShapePriors, lengthVariance: Double = 5,
    numberWeight: Double = 4, numberMismatchWeight: Double = 1, nameWeight: Double = 2, foreignWordWeight: Double = 2,
    stemWeight: Double = 1.5,
    glossaryWeight: Double = 2, questionWeight: Double = 1.5, questionMismatchWeight: Double = 2,
    quoteWeight: Double = 0.5,
    temperature: Double = 1, minimumBand: Int = 32
  ) {
    self.shapePriors = shapePriors
    self.lengthVariance = lengthVariance
    self.numberWeight = numberWeight
    self.numberMismatchWeight = numberMismatchWeight
    self.nameWeight = nameWeight
    self.foreignWordWeight = foreignWordWeight
    self.stemWeight = stemWeight
    self.glossaryWeight = glossaryWeight
    self.questionWeight = questionWeight
    self.questionMismatchWeight = questionMismatchWeight
    self.quoteWeight = quoteWeight
    self.temperature = temperature
    self.minimumBand = minimumBand
  }

  /// Bead shapes as news translations show them: mostly one sentence for one, some sentences
  /// split or merged, a few left out or added.
  package static let defaultShapePriors: [Bead.Shape: Double] = [
    .oneToOne: 0.86,
    .oneToTwo: 0.04, .twoToOne: 0.04,
    .twoToTwo: 0.005,
    .oneToZero: 0.01, .zeroToOne: 0.01,
    .oneToThree: 0.001, .threeToOne: 0.001,
    .twoToThree: 0.001, .threeToTwo: 0.001,
  ]
}
