import GlossaGlossary
import Testing

@testable import GlossaAlignment

@Suite("Aligner")
struct AlignerTests {
  let aligner = Aligner(glossary: .shipped)

  private func notation(_ alignment: Alignment) -> [String] { alignment.beads.map(\.beadNotation) }

  /// Whether the beads cover both sides exactly once, in order.
  private func coversEverything(_ alignment: Alignment) -> Bool {
    var (i, j) = (0, 0)
    for bead in alignment.beads {
      guard bead.source.lowerBound == i, bead.target.lowerBound == j, !(bead.source.isEmpty && bead.target.isEmpty)
      else { return false }
      (i, j) = (bead.source.upperBound, bead.target.upperBound)
    }
    return i == alignment.sourceCount && j == alignment.targetCount
  }

  @Test("The README's example")
  func readmeExample() {
    let alignment = aligner.align(
      source: ["Ο Λαβρόφ έφτασε στην Πιονγκγιάνγκ.", "Θα μείνει δύο ημέρες."],
      target: ["Lavrov arrived in Pyongyang.", "He will stay for two days."],
      sourceLanguage: "el", targetLanguage: "en")
    #expect(notation(alignment) == ["[0]:[0]", "[1]:[1]"])
    #expect(alignment.beads.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
  }

  @Test("A sentence-for-sentence translation aligns one to one, confidently")
  func oneToOne() {
    let alignment = aligner.align(
      source: ParallelSample.greek, target: ParallelSample.english, sourceLanguage: "el", targetLanguage: "en")
    #expect(alignment.beads.allSatisfy { $0.shape == .oneToOne })
    #expect(alignment.beads.count == ParallelSample.pairs.count)
    #expect(alignment.beads.allSatisfy { $0.confidence >= 0.9 && $0.confidence <= 1 })
    #expect(alignment.warnings.isEmpty)
    #expect(alignment.lengthRatio > 0.8 && alignment.lengthRatio < 1)  // English is shorter
  }

  @Test("Merged, split, left-out and added sentences become 2-1, 1-2, 1-0 and 0-1 beads")
  func edits() {
    var english = ParallelSample.english
    english[1] = english[1] + " " + english[2]  // Greek 1 and 2 in one sentence
    english.remove(at: 2)
    english.insert(ParallelSample.stray, at: 5)  // a sentence the Greek does not have
    english.remove(at: 9)  // Greek 9 left untranslated
    english[7] = "The Commission welcomed the initiative."  // Greek 7 in two sentences
    english.insert("It did so in a statement from Brussels.", at: 8)
    let alignment = aligner.align(
      source: ParallelSample.greek, target: english, sourceLanguage: "el", targetLanguage: "en")
    #expect(coversEverything(alignment))
    #expect(
      notation(alignment) == [
        "[0]:[0]", "[1, 2]:[1]", "[3]:[2]", "[4]:[3]", "[5]:[4]", "[]:[5]", "[6]:[6]", "[7]:[7, 8]", "[8]:[9]",
        "[9]:[]", "[10]:[10]", "[11]:[11]", "[12]:[12]", "[13]:[13]",
      ])
    #expect(alignment.unalignedSourceCount == 1)
    #expect(alignment.unalignedTargetCount == 1)
  }

  /// The sample with three extra sentences at the end, one of them left out of the translation.
  private func alignWithLeftOut(_ greek: [String], _ english: [String]) -> [String] {
    let alignment = aligner.align(
      source: ParallelSample.greek + greek, target: ParallelSample.english + english, sourceLanguage: "el",
      targetLanguage: "en")
    return Array(notation(alignment).suffix(3))
  }

  @Test("Numbers show which of three like sentences was left out")
  func numbersDecide() {
    let beads = alignWithLeftOut(
      ["Η τιμή έφτασε τα 100 ευρώ.", "Η τιμή έφτασε τα 200 ευρώ.", "Η τιμή έφτασε τα 300 ευρώ."],
      ["The price reached 100 euros.", "The price reached 300 euros."])
    #expect(beads == ["[14]:[14]", "[15]:[]", "[16]:[15]"])
  }

  @Test("Names show which of three like sentences was left out, across scripts")
  func namesDecide() {
    let beads = alignWithLeftOut(
      ["Μίλησε και ο Ρόμπινσον.", "Μίλησε και ο Φέργκιουσον.", "Μίλησε και ο Μπένετ."],
      ["Robinson spoke too.", "Bennett spoke too."])
    #expect(beads == ["[14]:[14]", "[15]:[]", "[16]:[15]"])
  }

  @Test("Word stems show which of two like sentences was left out, in languages that share a script")
  func stemsDecide() {
    let german =
      ParallelSample.german + [
        "Am Abend erreichte die Gruppe Namche Bazar.", "Am Abend erreichte die Gruppe Tengboche.",
      ]
    let french = ParallelSample.french + ["Le soir, le groupe atteignit Tengboche."]
    let alignment = Aligner().align(source: german, target: french, sourceLanguage: "de", targetLanguage: "fr")
    #expect(notation(alignment).suffix(2) == ["[6]:[]", "[7]:[6]"])
    #expect(alignment.warnings.isEmpty)
  }

  @Test("An empty side warns and leaves every sentence unaligned")
  func emptySide() {
    let alignment = aligner.align(source: ParallelSample.greek, target: [], sourceLanguage: "el", targetLanguage: "en")
    #expect(alignment.warnings == [.emptySide(.target)])
    #expect(alignment.beads.count == ParallelSample.pairs.count)
    #expect(alignment.beads.allSatisfy { $0.shape == .oneToZero })
    #expect(coversEverything(alignment))
    #expect(aligner.align(source: [], target: [], sourceLanguage: "el", targetLanguage: "en").beads.isEmpty)
  }

  @Test("Swapped languages, far-apart lengths and sentence counts are warned about")
  func mismatchWarnings() {
    let swapped = aligner.align(
      source: ParallelSample.english, target: ParallelSample.greek, sourceLanguage: "el", targetLanguage: "en")
    #expect(swapped.warnings.contains(.unexpectedScript(.source, language: "el", expected: .greek, found: .latin)))
    #expect(swapped.warnings.contains(.unexpectedScript(.target, language: "en", expected: .latin, found: .greek)))
    #expect(coversEverything(swapped))

    let partial = aligner.align(
      source: ParallelSample.greek, target: Array(ParallelSample.english.prefix(3)), sourceLanguage: "el",
      targetLanguage: "en")
    #expect(partial.warnings.contains { if case .lengthMismatch = $0 { true } else { false } })
    #expect(partial.warnings.contains(.sentenceCountMismatch(source: 14, target: 3)))
    #expect(coversEverything(partial))
    #expect(partial.unalignedSourceCount >= 8)
  }

  @Test("The band widens when the alignment runs far off the diagonal")
  func bandWidens() {
    // Thirty added sentences before the translation starts: the path leaves a 2-sentence band.
    let padding = Array(repeating: ParallelSample.stray, count: 30)
    let greek = Array(repeating: ParallelSample.greek, count: 3).flatMap { $0 }
    let english = Array(repeating: ParallelSample.english, count: 3).flatMap { $0 }
    var parameters = AlignmentParameters()
    parameters.minimumBand = 2
    let alignment = Aligner(parameters: parameters, glossary: .shipped).align(
      source: greek, target: padding + english, sourceLanguage: "el", targetLanguage: "en")
    #expect(coversEverything(alignment))
    let oneToOne = alignment.beads.filter { $0.shape == .oneToOne }
    #expect(oneToOne.count >= greek.count - 2, "\(notation(alignment))")
    #expect(oneToOne.allSatisfy { $0.target.lowerBound == $0.source.lowerBound + 30 }, "\(notation(alignment))")
  }

  @Test(
    "Random edits: beads always cover both sides, and most are found", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func randomEdits(seed: UInt64) {
    var random = SeededRandom(seed: seed)
    var english: [String] = []
    var truth: [String] = []
    var i = 0
    while i < ParallelSample.pairs.count {
      let roll = random.next() % 10
      let j = english.count
      if roll == 0, i + 1 < ParallelSample.pairs.count {
        english.append(ParallelSample.english[i] + " " + ParallelSample.english[i + 1])
        truth.append("[\(i), \(i + 1)]:[\(j)]")
        i += 2
      } else if roll == 1 {
        english.append(ParallelSample.stray)
        truth.append("[]:[\(j)]")
      } else {
        english.append(ParallelSample.english[i])
        truth.append("[\(i)]:[\(j)]")
        i += 1
      }
    }
    let alignment = aligner.align(
      source: ParallelSample.greek, target: english, sourceLanguage: "el", targetLanguage: "en")
    #expect(coversEverything(alignment))
    let found = Set(notation(alignment)).intersection(truth).count
    #expect(Double(found) >= 0.85 * Double(truth.count), "found \(found) of \(truth): \(notation(alignment))")
  }
}

/// A small deterministic generator for the randomized tests.
struct SeededRandom {
  private var state: UInt64
  init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }
  mutating func next() -> UInt64 {
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state
  }
}
