import Foundation
import GlossaDiagnostics
import GlossaGlossary
import Testing

@testable import GlossaMemory

@Suite("Memory checks")
struct MemoryCheckerTests {
  func findings(_ pairs: [(String, String)], glossary: Glossary? = .shipped) -> [Finding] {
    let checker = MemoryChecker(glossary: glossary)
    for (index, pair) in pairs.enumerated() {
      checker.check(
        TranslationUnit(source: pair.0, target: pair.1, sourceLanguage: "el", targetLanguage: "en"),
        at: UnitLocation(file: "desk.tmx", line: index + 1))
    }
    return checker.findings
  }

  @Test("One source translated two ways, and one translation for two sources")
  func inconsistentTranslations() {
    let found = findings(
      [
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "The government announced new measures."),
        ("Η  ΚΥΒΕΡΝΗΣΗ ανακοίνωσε νέα μέτρα.", "The government unveiled new measures."),
        ("Η κυβέρνηση παρουσίασε νέα μέτρα.", "The government announced new measures."),
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "The government announced new measures."),
      ], glossary: nil)
    #expect(found.map(\.ruleID) == ["same-source-different-targets", "same-target-different-sources"])
    #expect(found[0].unit?.line == 2)
    #expect(found[0].related?.unit?.line == 1)
    #expect(found[0].message.contains("desk.tmx:1"))
    #expect(found[1].severity == .note)
  }

  @Test("Numbers must agree; thousands separators and decimal commas may differ")
  func numbers() {
    let found = findings(
      [
        ("Κόστισε 1.200 ευρώ και 3,5%.", "It cost 1,200 euros and 3.5%."),
        ("Κόστισε 1.200 ευρώ.", "It cost 1,300 euros."),
      ], glossary: nil)
    #expect(found.map(\.ruleID) == ["number-mismatch"])
    #expect(found[0].unit?.line == 2)
    #expect(found[0].message == "numbers differ: 1200 only in the source; 1300 only in the target")
  }

  @Test("Glossary names: missing in the translation, or in a deprecated form")
  func names() {
    let found = findings([
      ("Ο Λαβρόφ έφτασε στην Πιονγκγιάνγκ.", "Lavrov arrived in Pyongyang."),
      ("Η αντιπροσωπεία έφτασε στην Πιονγκγιάνγκ.", "The delegation arrived in the capital."),
      ("Ο Σεργκέι Λαβρώφ μίλησε.", "Sergei Lavrov spoke."),
    ])
    #expect(found.map(\.ruleID) == ["missing-name", "non-canonical-name"])
    #expect(found[0].unit?.line == 2)
    #expect(found[0].message.contains("'Pyongyang'"))
    #expect(found[1].unit?.line == 3)
    #expect(found[1].message.contains("Λαβρώφ"))
  }

  @Test("Reports: text lines, JSON and SARIF")
  func reports() throws {
    let found = findings([("Κόστισε 1.200 ευρώ.", "It cost 1,300 euros.")], glossary: nil)
    #expect(
      CheckReport.report(found, format: .text)
        == "desk.tmx:1: warning: numbers differ: 1200 only in the source; 1300 only in the target [number-mismatch]\n")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(CheckReport.report(found, format: .json).utf8)) as? [String: Any])
    let first = try #require((json["findings"] as? [[String: Any]])?.first)
    #expect(first["rule"] as? String == "number-mismatch")
    #expect(first["line"] as? Int == 1)
    #expect(first["column"] == nil)
    let sarif = try #require(
      try JSONSerialization.jsonObject(with: Data(CheckReport.report(found, format: .sarif).utf8)) as? [String: Any])
    #expect(sarif["version"] as? String == "2.1.0")
    let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.first?["ruleId"] as? String == "number-mismatch")
    #expect(results.first?["level"] as? String == "warning")
    let location = try #require(
      (results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 1)
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "desk.tmx")
  }

  @Test("A memory's unit is a logical location in SARIF; the related unit is named")
  func memoryLocations() throws {
    let checker = MemoryChecker(glossary: nil)
    for (id, target) in [(Int64(1), "The talks ended."), (2, "The talks are over.")] {
      checker.check(
        TranslationUnit(source: "Οι συνομιλίες τελείωσαν.", target: target, sourceLanguage: "el", targetLanguage: "en"),
        at: UnitLocation(file: "news.sqlite", unitID: id, tuid: "t\(id)"))
    }
    #expect(checker.findings.map(\.ruleID) == ["same-source-different-targets"])
    let text = CheckReport.report(checker.findings, format: .text)
    #expect(text.hasPrefix("news.sqlite#unit-2 [t2]: warning: "))
    let sarif = try #require(
      try JSONSerialization.jsonObject(with: Data(CheckReport.report(checker.findings, format: .sarif).utf8))
        as? [String: Any])
    let result = try #require(((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first)
    let location = try #require((result["locations"] as? [[String: Any]])?.first)
    #expect((location["logicalLocations"] as? [[String: Any]])?.first?["name"] as? String == "unit-2")
    #expect((location["physicalLocation"] as? [String: Any])?["region"] == nil)
    #expect((result["relatedLocations"] as? [[String: Any]])?.count == 1)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(CheckReport.report(checker.findings, format: .json).utf8))
        as? [String: Any])
    let first = try #require((json["findings"] as? [[String: Any]])?.first)
    #expect(first["unit"] as? Int == 2 && first["tuid"] as? String == "t2")
    #expect(first["related"] as? String == "news.sqlite#unit-1 [t1]")
  }
}
