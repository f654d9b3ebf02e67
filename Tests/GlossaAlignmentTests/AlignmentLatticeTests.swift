import Testing

@testable import GlossaAlignment

@Suite("Alignment lattice")
struct AlignmentLatticeTests {
  @Test("The band holds both corners and follows the diagonal")
  func band() {
    let lattice = AlignmentLattice(rows: 100, columns: 50, halfWidth: 3)
    #expect(lattice.index(0, 0) == 0)
    #expect(lattice.index(100, 50) == lattice.cellCount - 1)
    #expect(lattice.index(50, 25) != nil)
    #expect(lattice.index(50, 40) == nil)
    #expect(!lattice.isComplete)
    #expect(AlignmentLattice(rows: 4, columns: 5, halfWidth: 10).isComplete)
  }

  @Test("Log-sum-exp is stable and exact")
  func logSumExp() {
    let value = AlignmentLattice.negativeLogSumExp([1000, 1000])
    #expect(abs(value - (1000 - 0.6931471805599453)) < 1e-9)
    #expect(AlignmentLattice.negativeLogSumExp([.infinity]) == .infinity)
    #expect(AlignmentLattice.negativeLogSumExp([]) == .infinity)
  }

  @Test("Length cost grows with the distance from the expected length")
  func lengthCost() {
    let side = DocumentAnchors([])
    let scorer = BeadScorer(source: side, target: side, parameters: AlignmentParameters(), comparesForeignWords: true)
    #expect(scorer.ratio == 1)
    let exact = scorer.lengthCost(100, 100)
    let off = scorer.lengthCost(100, 130)
    let far = scorer.lengthCost(100, 400)
    #expect(exact < 0.01)
    #expect(exact < off && off < far)
    #expect(far.isFinite && far > 30)  // the tail stays finite
    // The asymptotic series takes over smoothly.
    #expect(abs(BeadScorer.logErfc(20.000_001) - BeadScorer.logErfc(19.999_999)) < 1e-3)
    #expect(BeadScorer.logErfc(40).isFinite && BeadScorer.logErfc(40) < BeadScorer.logErfc(30))
  }
}

@Suite("Anchor path")
struct AnchorPathTests {
  @Test("The longest chain advances on both sides and skips stray pairs")
  func chain() {
    let points = [(0, 5), (1, 6), (2, 1), (3, 7), (3, 8), (4, 9), (5, 2)]
    let chain = AnchorPath.longestChain(points.map { (i: $0.0, j: $0.1) })
    #expect(chain.map(\.i) == [0, 1, 3, 4])
    #expect(chain.map(\.j) == [5, 6, 7, 9] || chain.map(\.j) == [5, 6, 8, 9])
    #expect(AnchorPath.longestChain([]).isEmpty)
  }

  @Test("The band follows the anchors where the translation starts late")
  func centers() {
    let source = DocumentAnchors(
      ["Ο Ρόμπινσον έφτασε.", "Η τιμή ήταν 300 ευρώ.", "Ο Φέργκιουσον έφυγε."].map {
        SentenceFeatures($0, script: .greek, glossary: nil, readsStems: false)
      })
    let english =
      Array(repeating: "Nothing to see here at all.", count: 10) + [
        "Robinson arrived.", "The price was 300 euros.", "Ferguson left.",
      ]
    let target = DocumentAnchors(english.map { SentenceFeatures($0, script: .latin, glossary: nil, readsStems: false) })
    let centers = AnchorPath.centers(source: source, target: target, includesStems: false)
    #expect(centers.count == 4)
    #expect(centers.first == 0 && centers.last == 13)
    #expect(centers[1] > 10 && centers[2] > 11)  // the diagonal would say 4.3 and 8.7
  }
}
