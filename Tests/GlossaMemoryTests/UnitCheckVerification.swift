import GlossaDiagnostics
import GlossaGlossary
import Testing

@testable import GlossaMemory

/// Every unit check's examples, run as tests: triggering sequences give findings of that
/// check on their last unit and nowhere else; non-triggering ones give none.
@Suite("Unit check examples")
struct UnitCheckVerification {

  static func run(_ type: any UnitCheck.Type, _ units: [UnitExample]) -> [(index: Int, finding: Finding)] {
    let check = type.init()
    var found: [(Int, Finding)] = []
    for (index, example) in units.enumerated() {
      for finding in check.check(
        UnitAnalysis(example.unit, glossary: .shipped), at: UnitLocation(file: "examples.tmx", line: index + 1))
      {
        found.append((index, finding))
      }
    }
    return found
  }

  /// Where an example is written, so that a failure points at it.
  static func place(of example: UnitExample) -> SourceLocation {
    SourceLocation(
      fileID: "GlossaMemoryTests/\(example.file.split(separator: "/").last ?? "")", filePath: example.file,
      line: example.line, column: 1)
  }

  @Test("Every check has examples of both kinds and a unique identifier")
  func described() {
    let identifiers = UnitCheckRegistry.all.map { $0.description.metadata.identifier }
    #expect(Set(identifiers).count == identifiers.count)
    for type in UnitCheckRegistry.all {
      #expect(!type.description.triggeringExamples.isEmpty, "\(type)")
      #expect(!type.description.nonTriggeringExamples.isEmpty, "\(type)")
    }
  }

  @Test("Triggering examples are flagged at their last unit, by their own check")
  func triggering() {
    for type in UnitCheckRegistry.all {
      let identifier = type.description.metadata.identifier
      for units in type.description.triggeringExamples {
        let found = Self.run(type, units)
        let location = Self.place(of: units[units.count - 1])
        #expect(!found.isEmpty, "\(identifier) found nothing", sourceLocation: location)
        #expect(
          found.allSatisfy { $0.index == units.count - 1 && $0.finding.ruleID == identifier },
          "\(identifier): \(found.map { "\($0.index): \($0.finding.message)" })", sourceLocation: location)
      }
    }
  }

  @Test("Non-triggering examples pass")
  func nonTriggering() {
    for type in UnitCheckRegistry.all {
      for units in type.description.nonTriggeringExamples {
        let found = Self.run(type, units)
        let location = Self.place(of: units[units.count - 1])
        #expect(found.isEmpty, "\(found.map(\.finding.message))", sourceLocation: location)
      }
    }
  }

  @Test("Without a glossary, the name checks find nothing")
  func noGlossary() {
    for type in [NonCanonicalNameCheck.self, MissingNameCheck.self] as [any UnitCheck.Type] {
      let check = type.init()
      for units in type.description.triggeringExamples {
        #expect(
          units.allSatisfy {
            check.check(UnitAnalysis($0.unit, glossary: nil), at: UnitLocation(file: "x.tmx")).isEmpty
          })
      }
    }
  }
}
