import GlossaMemory
import Testing

@testable import GlossaAlignment

@Suite("Aligned documents to translation units")
struct AlignedDocumentTests {
  static let document = AlignedDocument(
    name: "talks.txt",
    source: ["Ο Λαβρόφ έφτασε.", "Θα μείνει δύο ημέρες.", "Η επίσκεψη έληξε.", "Σχόλιο χωρίς μετάφραση."],
    target: ["Lavrov arrived.", "He will stay for two days.", "The visit ended."],
    sourceLanguage: "el", targetLanguage: "en-GB",
    alignment: Alignment(
      beads: [
        Bead(source: 0..<1, target: 0..<1, confidence: 0.99),
        Bead(source: 1..<3, target: 1..<3, confidence: 0.5),
        Bead(source: 3..<4, target: 3..<3, confidence: 1),
      ],
      sourceCount: 4, targetCount: 3, lengthRatio: 1, warnings: []))

  @Test("Two-sided beads above the confidence become units with their properties")
  func units() {
    let all = Self.document.translationUnits()
    #expect(all.map(\.source.text) == ["Ο Λαβρόφ έφτασε.", "Θα μείνει δύο ημέρες. Η επίσκεψη έληξε."])
    #expect(all.map(\.target.text) == ["Lavrov arrived.", "He will stay for two days. The visit ended."])
    #expect(all.allSatisfy { $0.sourceLanguage == "el" && $0.targetLanguage == "en-GB" })
    #expect(all[1].property("x-glossa-bead") == "2-2")
    #expect(all[0].property("x-glossa-confidence") == "0.9900")
    #expect(all[0].property("x-glossa-document") == "talks.txt")
    let confident = Self.document.translationUnits(minimumConfidence: 0.9)
    #expect(confident.map(\.source.text) == ["Ο Λαβρόφ έφτασε."])
  }

  @Test(
    "Confidences have four decimals",
    arguments: [(1.0, "1.0000"), (0.98765, "0.9877"), (0, "0.0000"), (0.05, "0.0500")])
  func formatting(confidence: Double, text: String) {
    #expect(AlignedDocument.formatted(confidence: confidence) == text)
  }
}
