import GlossaGlossary
import GlossaText

/// Aligns the sentences of a text with the sentences of its translation.
///
/// Beads of one to three sentences a side (and sentences left unmatched) are scored by their
/// lengths, Gale–Church style with the length ratio measured on the document pair, and by
/// anchors that survive translation: numbers, names (compared by their consonant skeletons,
/// across scripts), glossary entries, foreign-script words kept as they are, questions and quotes.
/// A dynamic program in a band around the diagonal finds the best beads; each bead's confidence
/// is its posterior probability over all alignments in the band.
///
/// ```swift
/// let aligner = Aligner(glossary: .shipped)
/// let alignment = aligner.align(
///   source: ["Ο Λαβρόφ έφτασε στην Πιονγκγιάνγκ.", "Θα μείνει δύο ημέρες."],
///   target: ["Lavrov arrived in Pyongyang.", "He will stay for two days."],
///   sourceLanguage: "el", targetLanguage: "en")
/// // alignment.beads: [0]:[0], [1]:[1], each with its confidence
/// ```
///
/// - Complexity: Linear in the number of sentences while the alignment stays near the diagonal.
public struct Aligner: Sendable {
  /// The scoring model.
  package var parameters: AlignmentParameters
  /// Names to anchor on, in both languages; `nil` for none.
  public var glossary: Glossary?

  /// An aligner with Glossa's scoring model and, optionally, a glossary whose names anchor the
  /// alignment.
  public init(glossary: Glossary? = nil) {
    self.init(parameters: AlignmentParameters(), glossary: glossary)
  }

  /// An aligner with another scoring model.
  package init(parameters: AlignmentParameters, glossary: Glossary?) {
    self.parameters = parameters
    self.glossary = glossary
  }

  /// Aligns two lists of sentences.
  ///
  /// - Parameters:
  ///   - sourceLanguage, targetLanguage: Language codes (`el`, `en`); they only serve to warn
  ///     about a side written in an unexpected script.
  public func align(source: [String], target: [String], sourceLanguage: String, targetLanguage: String) -> Alignment {
    let sourceScript = WritingScript.dominant(in: source)
    let targetScript = WritingScript.dominant(in: target)
    var warnings: [AlignmentWarning] = []
    for (side, language, found) in [
      (AlignmentWarning.Side.source, sourceLanguage, sourceScript), (.target, targetLanguage, targetScript),
    ] {
      let expected = WritingScript(language: language)
      if found.share >= 0.5, expected != .other, found.script != .other, found.script != expected {
        warnings.append(.unexpectedScript(side, language: language, expected: expected, found: found.script))
      }
    }

    let sameScript = sourceScript.script == targetScript.script
    let glossary = glossary
    let sourceFeatures = Parallel.map(count: source.count) {
      SentenceFeatures(source[$0], script: sourceScript.script, glossary: glossary, readsStems: sameScript)
    }
    let targetFeatures = Parallel.map(count: target.count) {
      SentenceFeatures(target[$0], script: targetScript.script, glossary: glossary, readsStems: sameScript)
    }
    guard !source.isEmpty, !target.isEmpty else {
      if !source.isEmpty || !target.isEmpty { warnings.append(.emptySide(source.isEmpty ? .source : .target)) }
      let beads =
        source.indices.map { Bead(source: $0..<($0 + 1), target: 0..<0, confidence: 1) }
        + target.indices.map { Bead(source: 0..<0, target: $0..<($0 + 1), confidence: 1) }
      return Alignment(
        beads: beads, sourceCount: source.count, targetCount: target.count, lengthRatio: 1, warnings: warnings)
    }

    let sourceAnchors = DocumentAnchors(sourceFeatures)
    let targetAnchors = DocumentAnchors(targetFeatures)
    let (sourceCharacters, targetCharacters) = (sourceAnchors.totalLength, targetAnchors.totalLength)
    if Self.isFarApart(sourceCharacters, targetCharacters, limit: 2.5) {
      warnings.append(.lengthMismatch(sourceCharacters: sourceCharacters, targetCharacters: targetCharacters))
    }
    if Self.isFarApart(source.count, target.count, limit: 2) && max(source.count, target.count) >= 4 {
      warnings.append(.sentenceCountMismatch(source: source.count, target: target.count))
    }

    // The expected length ratio starts as the documents' ratio. Where many sentences are left
    // without a counterpart that ratio is off, so it is measured again on the aligned beads and
    // the alignment redone until it settles.
    let centers = AnchorPath.centers(source: sourceAnchors, target: targetAnchors, includesStems: sameScript)
    var ratio: Double?
    var beads: [Bead] = []
    var usedRatio = 1.0
    for _ in 0..<Self.ratioRounds {
      let scorer = BeadScorer(
        source: sourceAnchors, target: targetAnchors, parameters: parameters, comparesForeignWords: !sameScript,
        ratio: ratio)
      beads = bestBeads(scorer, centers: centers)
      usedRatio = scorer.ratio
      let aligned = beads.filter { !$0.isUnaligned }
      let alignedSource = aligned.reduce(0) { $0 + sourceAnchors.length($1.source) }
      let alignedTarget = aligned.reduce(0) { $0 + targetAnchors.length($1.target) }
      guard alignedSource > 0, alignedTarget > 0 else { break }
      let measured = Double(alignedTarget) / Double(alignedSource)
      if abs(measured / scorer.ratio - 1) < 0.05 { break }
      ratio = measured
    }
    return Alignment(
      beads: beads, sourceCount: source.count, targetCount: target.count, lengthRatio: usedRatio, warnings: warnings)
  }

  /// The best beads in a band around the anchors' course, widened while the path runs along its
  /// edge.
  private func bestBeads(_ scorer: BeadScorer, centers: [Double]) -> [Bead] {
    let (sourceCount, targetCount) = (scorer.source.count, scorer.target.count)
    var halfWidth = max(parameters.minimumBand, 1)
    while true {
      let lattice = AlignmentLattice(rows: sourceCount, columns: targetCount, halfWidth: halfWidth, centers: centers)
      let (beads, touchesEdge) = lattice.solve(scorer, temperature: parameters.temperature)
      let wider = (sourceCount + 1) * (4 * halfWidth + 1)
      if !touchesEdge || lattice.isComplete || wider > Self.maximumCells { return beads }
      halfWidth *= 2
    }
  }

  /// How many times the length ratio may be measured again.
  static let ratioRounds = 8

  /// The most cells a band may hold (about 60 bytes each): past this the best path found in
  /// the current band is kept, so memory stays bounded whatever the inputs.
  static let maximumCells = 2_500_000

  private static func isFarApart(_ a: Int, _ b: Int, limit: Double) -> Bool {
    let (small, large) = (Double(min(a, b)), Double(max(a, b)))
    return small == 0 ? large > 0 : large / small > limit
  }
}
