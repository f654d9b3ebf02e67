import GlossaMemory

/// A source text and its translation, aligned: the sentences of both sides and the beads that
/// pair them. Turns into translation units for a memory or a TMX file.
///
///     let alignment = aligner.align(source: el, target: en, sourceLanguage: "el", targetLanguage: "en")
///     let document = AlignedDocument(
///       name: "heatwave.txt", source: el, target: en, sourceLanguage: "el", targetLanguage: "en",
///       alignment: alignment)
///     try memory.add(document.translationUnits(minimumConfidence: 0.9))
public struct AlignedDocument: Sendable {
  /// The document's name, kept with each unit (`x-glossa-document`).
  public var name: String
  /// The source sentences, as aligned.
  public var source: [String]
  /// The target sentences, as aligned.
  public var target: [String]
  /// The source language tag (`el`).
  public var sourceLanguage: String
  /// The target language tag (`en-GB`).
  public var targetLanguage: String
  /// The alignment of the two.
  public var alignment: Alignment

  /// A document pair and its alignment.
  public init(
    name: String, source: [String], target: [String], sourceLanguage: String, targetLanguage: String,
    alignment: Alignment
  ) {
    self.name = name
    self.source = source
    self.target = target
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.alignment = alignment
  }

  /// The text of a bead's source side, its sentences joined by spaces.
  public func sourceText(of bead: Bead) -> String { bead.source.map { source[$0] }.joined(separator: " ") }

  /// The text of a bead's target side, its sentences joined by spaces.
  public func targetText(of bead: Bead) -> String { bead.target.map { target[$0] }.joined(separator: " ") }

  /// The beads at or above a confidence, in order.
  public func beads(minimumConfidence: Double = 0) -> [Bead] {
    alignment.beads.filter { $0.confidence >= minimumConfidence }
  }

  /// One translation unit per two-sided bead at or above `minimumConfidence`, in the
  /// alignment's languages, with the bead's confidence, shape and the document's name as
  /// properties (`x-glossa-confidence`, `x-glossa-bead`, `x-glossa-document`).
  ///
  /// - Complexity: O(*b*) in the number of beads.
  public func translationUnits(minimumConfidence: Double = 0, creationDate: TMXDate = .now()) -> [TranslationUnit] {
    beads(minimumConfidence: minimumConfidence).filter { !$0.isUnaligned }.map { bead in
      TranslationUnit(
        source: sourceText(of: bead), target: targetText(of: bead), sourceLanguage: sourceLanguage,
        targetLanguage: targetLanguage,
        properties: [
          ("x-glossa-confidence", Self.formatted(confidence: bead.confidence)),
          ("x-glossa-bead", bead.shape.description), ("x-glossa-document", name),
        ],
        creationDate: creationDate)
    }
  }

  /// A confidence with four decimals: `0.9873`, `1.0000`.
  public static func formatted(confidence: Double) -> String {
    let scaled = Int((confidence * 10_000).rounded())
    let digits = String(scaled % 10_000)
    return "\(scaled / 10_000).\(String(repeating: "0", count: 4 - digits.count))\(digits)"
  }
}
