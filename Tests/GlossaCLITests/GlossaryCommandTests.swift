import Foundation
import Testing

@Suite("glossa lookup, variants and glossary")
struct GlossaryCommandTests {
  @Test("lookup finds variants and inflected forms in the shipped glossary, from any directory")
  func lookupText() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let outcome = try GlossaProcess.run(["lookup", "Πιονγιάνγκ", "της Βόρειας Κορέας"], in: directory)
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.contains("Πιονγιάνγκ → pyongyang (place)"))
    #expect(outcome.standardOutput.contains("της Βόρειας Κορέας → north-korea (place)"))
    #expect(outcome.standardOutput.contains("matched Βόρεια Κορέα: inflection"))
    #expect(outcome.standardOutput.contains("en: North Korea (preferred)"))
  }

  @Test("lookup --format jsonl from standard input, with null for unknown terms")
  func lookupJSONL() throws {
    let outcome = try GlossaProcess.run(
      ["lookup", "--format", "jsonl", "-"], input: "Κρεμλίνου\nPyongyang\nΧωριουδάκι\n")
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(lines.count == 3)
    let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
    #expect(first?["query"] as? String == "Κρεμλίνου")
    #expect(first?["match"] as? String == "kremlin")
    #expect(first?["canonical_el"] as? String == "Κρεμλίνο")
    #expect(first?["canonical_en"] as? String == "Kremlin")
    #expect(first?["reason"] as? String == "inflection")
    #expect((first?["score"] as? Double ?? 0) > 0.9)
    let last = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as? [String: Any]
    #expect(last?["match"] is NSNull)
  }

  @Test("variants: two names, and --pairs with a header")
  func variants() throws {
    let same = try GlossaProcess.run(["variants", "Πιονγκγιάνγκ", "Πιονγιάνγκ"])
    #expect(same.status == 0)
    #expect(same.standardOutput.hasPrefix("same name: variant, score"))
    let different = try GlossaProcess.run(["variants", "Λαζαρίδης", "Λαζαρίδου"])
    #expect(different.standardOutput.hasPrefix("different names: different"))
    let pairs = try GlossaProcess.run(
      ["variants", "--pairs", "-"], input: "a\tb\nΚρεμλίνο\tΚρεμλίνου\nΚιμ\tKim\nΑθήνα\tΜόσχα\n")
    let rows = pairs.standardOutput.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.map { $0[1] } == ["inflection", "transliteration", "different"])
    #expect(rows.allSatisfy { Double($0[0]) != nil })
    let bad = try GlossaProcess.run(["variants", "--pairs", "-"], input: "just one column\n")
    #expect(bad.status == 65)
    #expect(bad.standardError.contains("<stdin>:1: expected A<TAB>B"))
  }

  @Test("variants --explain: each term's part, adding up to the log-odds and the score")
  func explain() throws {
    let outcome = try GlossaProcess.run(["variants", "--explain", "Γουότερς", "Γουόκερ"])
    #expect(outcome.status == 0)
    let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("different names: different, score "))
    #expect(lines[1].hasPrefix("model probability "))
    #expect(lines[2].hasPrefix("term"))
    func lastNumber(_ line: String) -> Double? { line.split(separator: " ").last.flatMap { Double($0) } }
    let bias = try #require(lines.first { $0.hasPrefix("bias ") }.flatMap(lastNumber))
    let terms = lines.dropFirst(4).dropLast().compactMap(lastNumber)
    #expect(terms.count >= 3)
    let logOdds = try #require(lines.last.flatMap(lastNumber))
    #expect(lines.last?.hasPrefix("log-odds") == true)
    #expect(abs(terms.reduce(bias, +) - logOdds) < 0.01 * Double(terms.count + 1))
    let score = try #require(Double(lines[0].split(separator: " ")[4]))
    #expect(abs(1 / (1 + exp(-logOdds)) - score) < 0.002)
    // Where the list of equivalents or a guard decides, the explanation says so.
    let listed = try GlossaProcess.run(["variants", "--explain", "Θωμάς", "Τόμας"])
    #expect(listed.standardOutput.contains("the list of name equivalents knows the two as one name"))
    #expect(listed.standardOutput.contains("log-odds"))
    let short = try GlossaProcess.run(["variants", "--explain", "Κιμ", "Κιμι"])
    #expect(short.standardOutput.contains("must keep its sounds"))
    let identical = try GlossaProcess.run(["variants", "--explain", "Κουρσκ", "Κουρσκ"])
    #expect(identical.standardOutput.contains("identical"))
    let misuse = try GlossaProcess.run(["variants", "--explain", "--pairs", "-"], input: "a\tb\n")
    #expect(misuse.status == 64)
  }

  @Test("variants --features: a header of measurement names and one row of numbers per pair")
  func features() throws {
    let outcome = try GlossaProcess.run(
      ["variants", "--features", "--pairs", "-"], input: "a\tb\nΚρεμλίνο\tΚρεμλίνου\nΚιμ\tKim\n")
    #expect(outcome.status == 0)
    let rows = outcome.standardOutput.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
    #expect(rows.count == 3)
    #expect(rows[0].contains("similarity") && rows[0].contains("crossScript") && rows[0].contains("inflection"))
    #expect(rows.dropFirst().allSatisfy { $0.count == rows[0].count && $0.allSatisfy { Double($0) != nil } })
    let inflection = try #require(rows[0].firstIndex(of: "inflection"))
    let crossScript = try #require(rows[0].firstIndex(of: "crossScript"))
    #expect(rows[1][inflection] == "1.000" && rows[2][crossScript] == "1.000")
  }

  @Test("glossary validate, stats, export and import round trip")
  func glossaryCommands() throws {
    let validate = try GlossaProcess.run(["glossary", "validate"])
    #expect(validate.status == 0)
    #expect(validate.standardOutput.contains("all pass"))
    let stats = try GlossaProcess.run(["glossary", "stats"])
    let entries = stats.standardOutput.split(separator: "\n").first.flatMap { Int($0.split(separator: " ").last ?? "") }
    #expect((entries ?? 0) >= 500)

    let directory = try GlossaProcess.temporaryDirectory()
    let tbx = directory.appendingPathComponent("all.tbx")
    let export = try GlossaProcess.run(["glossary", "export", "--format", "tbx", "-o", tbx.path])
    #expect(export.status == 0)
    let native = directory.appendingPathComponent("all.glossary")
    let importing = try GlossaProcess.run(["glossary", "import", tbx.path, "-o", native.path])
    #expect(importing.status == 0)
    let lookup = try GlossaProcess.run(["lookup", "--glossary", native.path, "Λαβρώφ"])
    #expect(lookup.standardOutput.contains("sergey-lavrov"))
  }

  @Test("A spreadsheet's termbase imports into a file every command then reads, and exports as TBX")
  func spreadsheetImport() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let csv = directory.appendingPathComponent("desk.csv")
    try """
    id,kind,el,en,el_deprecated,note
    "Desk: 1/A",person,Σεργκέι Λαβρόφ,Sergei Lavrov,Σεργκέι Λαβρώφ,"Foreign minister.
    Omega is wrong."
    thing,other,κάτι [os],Thing [os],,

    """.write(to: csv, atomically: true, encoding: .utf8)
    let native = directory.appendingPathComponent("desk.glossary")
    let importing = try GlossaProcess.run(["glossary", "import", csv.path, "-o", native.path])
    #expect(importing.status == 0, "\(importing.standardError)")
    let validate = try GlossaProcess.run(["glossary", "validate", "--glossary", native.path])
    #expect(validate.status == 0, "\(validate.standardError)")
    let lookup = try GlossaProcess.run(["lookup", "--glossary", native.path, "--format", "json", "Λαβρώφ"])
    #expect(lookup.standardOutput.contains("Desk: 1/A"))
    #expect(lookup.standardOutput.contains("deprecated"))
    let tbx = directory.appendingPathComponent("desk.tbx")
    let export = try GlossaProcess.run(["glossary", "export", "--glossary", native.path, "-o", tbx.path])
    #expect(export.status == 0)
    let exported = try String(contentsOf: tbx, encoding: .utf8)
    #expect(exported.contains("<conceptEntry id=\"Desk__1_A\">"))
    #expect(exported.contains("<note>Omega is wrong.</note>"))
    #expect(exported.contains("<term>κάτι [os]</term>"))
  }

  @Test("Malformed and missing glossaries: file and line, exit 65 or 66")
  func badGlossaries() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let broken = directory.appendingPathComponent("broken.glossary")
    try "[a]\nkind: place\nel Κουρσκ\n".write(to: broken, atomically: true, encoding: .utf8)
    let outcome = try GlossaProcess.run(["lookup", "--glossary", broken.path, "Κουρσκ"])
    #expect(outcome.status == 65)
    #expect(outcome.standardError.contains("broken.glossary:3: expected 'field: value'"))
    let missing = try GlossaProcess.run(["lookup", "--glossary", "nowhere.glossary", "Κουρσκ"])
    #expect(missing.status == 66)
    let badXML = directory.appendingPathComponent("bad.tbx")
    try "<tbx>\n<text>\n".write(to: badXML, atomically: true, encoding: .utf8)
    let xml = try GlossaProcess.run(["glossary", "validate", "--glossary", badXML.path])
    #expect(xml.status == 65)
    #expect(xml.standardError.contains("bad.tbx:"))
  }
}
