import Foundation
import Testing

@testable import GlossaLint

@Suite("Rule examples")
struct RuleExampleTests {
  @Test("Each rule behaves as its examples say", arguments: RuleRegistry.identifiers)
  func examplesBehaveAsDocumented(_ identifier: String) throws {
    try verifyRule(try #require(RuleRegistry.rule(for: identifier)))
  }
}

@Suite("RuleRegistry")
struct RuleRegistryTests {
  @Test("Identifiers are unique and kebab-case")
  func identifiers() {
    let identifiers = RuleRegistry.identifiers
    #expect(Set(identifiers).count == identifiers.count)
    for identifier in identifiers {
      #expect(identifier.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }, "\(identifier)")
      #expect(!identifier.hasPrefix("-") && !identifier.hasSuffix("-"))
    }
  }

  @Test("Every rule has triggering and non-triggering examples, a summary and a name")
  func examples() {
    for rule in RuleRegistry.all {
      let description = rule.description
      #expect(!description.triggeringExamples.isEmpty, "\(description.identifier)")
      #expect(!description.nonTriggeringExamples.isEmpty, "\(description.identifier)")
      #expect(!description.summary.isEmpty && !description.name.isEmpty)
    }
  }

  @Test("Every rule file in Rules/ is registered")
  func everyRuleRegistered() throws {
    let rulesDirectory = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/GlossaLint/Rules")
    let files = try FileManager.default.contentsOfDirectory(atPath: rulesDirectory.path)
      .filter { $0.hasSuffix("Rule.swift") }
      .map { String($0.dropLast(".swift".count)) }
    let registered = Set(RuleRegistry.all.map { String(describing: $0) })
    #expect(Set(files) == registered)
  }
}
