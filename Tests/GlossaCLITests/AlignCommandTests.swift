import Foundation
import Testing

@Suite("glossa align")
struct AlignCommandTests {
  static let greek = """
    Η Βουλή ψήφισε τον νέο νόμο για την ενέργεια την Πέμπτη.
    Ο νόμος προβλέπει 2.000 νέους σταθμούς φόρτισης έως το 2030.
    Η υπουργός είπε: «Είναι μια καλή μέρα για τη χώρα».
    Ποιος θα πληρώσει το κόστος;
    Η αντιπολίτευση καταψήφισε το νομοσχέδιο.

    """
  static let english = """
    Parliament passed the new energy law on Thursday.
    The law provides for 2,000 new charging stations by 2030.
    The minister said: "It is a good day for the country".
    Who will pay the cost?
    The opposition voted against the bill.

    """

  private func write(_ files: [String: String]) throws -> URL {
    let directory = try GlossaProcess.temporaryDirectory()
    for (name, text) in files {
      let url = directory.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return directory
  }

  @Test("Beads, one per line, with confidences")
  func beads() throws {
    let directory = try write(["el.txt": Self.greek, "en.txt": Self.english])
    let outcome = try GlossaProcess.run([
      "align", "--format", "beads", directory.appendingPathComponent("el.txt").path,
      directory.appendingPathComponent("en.txt").path,
    ])
    #expect(outcome.status == 0)
    let lines = outcome.standardOutput.split(separator: "\n")
    #expect(
      lines.map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == [
        "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]",
      ])
    for line in lines {
      let confidence = try #require(Double(line.split(separator: ":").last!))
      #expect(confidence > 0.5 && confidence <= 1)
    }
    #expect(outcome.standardError.contains("aligned 5 source and 5 target sentences into 5 beads (5 1-1)"))
  }

  @Test("TMX output written atomically to a file, with props per unit")
  func tmx() throws {
    let directory = try write(["el.txt": Self.greek, "en.txt": Self.english])
    let output = directory.appendingPathComponent("memory.tmx")
    let outcome = try GlossaProcess.run([
      "align", directory.appendingPathComponent("el.txt").path, directory.appendingPathComponent("en.txt").path,
      "-o", output.path, "--quiet",
    ])
    #expect(outcome.status == 0)
    #expect(outcome.standardError.isEmpty)
    let tmx = try String(contentsOf: output, encoding: .utf8)
    #expect(tmx.contains("srclang=\"el\""))
    #expect(tmx.contains("segtype=\"sentence\""))
    #expect(tmx.components(separatedBy: "<tu ").count - 1 == 5)
    #expect(tmx.contains("<prop type=\"x-glossa-bead\">1-1</prop>"))
    // Absolute paths outside the working folder keep only the file's name: no local folders.
    #expect(tmx.contains("<prop type=\"x-glossa-document\">el.txt</prop>"))
    #expect(!tmx.contains(directory.path))
    #expect(tmx.contains("<seg>The minister said: &quot;It is a good day for the country&quot;.</seg>"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
  }

  @Test("Unaligned sentences are in JSON lines and the summary, not in TSV units")
  func unaligned() throws {
    let english = Self.english.replacingOccurrences(of: "Who will pay the cost?\n", with: "")
    let directory = try write(["el.txt": Self.greek, "en.txt": english])
    let arguments = [
      "align", directory.appendingPathComponent("el.txt").path, directory.appendingPathComponent("en.txt").path,
    ]
    let jsonl = try GlossaProcess.run(arguments + ["--format", "jsonl"])
    #expect(jsonl.status == 0)
    let objects = try jsonl.standardOutput.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.count == 5)
    let dropped = try #require(objects.first { $0["shape"] as? String == "1-0" })
    #expect(dropped["source"] as? String == "Ποιος θα πληρώσει το κόστος;")
    #expect(dropped["target_sentences"] as? [Int] == [])
    #expect(jsonl.standardError.contains("unaligned: 1 source, 0 target sentences"))

    let tsv = try GlossaProcess.run(arguments + ["--format", "tsv"])
    let rows = tsv.standardOutput.split(separator: "\n")
    #expect(rows.first == "source\ttarget\tconfidence\tshape\tdocument\tsource_sentences\ttarget_sentences")
    #expect(rows.count == 5)  // the header and four units
    #expect(!tsv.standardOutput.contains("Ποιος"))
  }

  @Test("--min-confidence leaves out less sure beads")
  func minimumConfidence() throws {
    let directory = try write(["el.txt": Self.greek, "en.txt": Self.english])
    let paths = [directory.appendingPathComponent("el.txt").path, directory.appendingPathComponent("en.txt").path]
    let all = try GlossaProcess.run(["align", "--format", "beads"] + paths)
    let confidences = all.standardOutput.split(separator: "\n").compactMap { Double($0.split(separator: ":").last!) }
    // Printed confidences are rounded to four decimals: ask for a little less than the third lowest.
    let threshold = confidences.sorted()[2] - 0.00005
    let some = try GlossaProcess.run(["align", "--format", "beads", "--min-confidence", String(threshold)] + paths)
    #expect(some.standardOutput.split(separator: "\n").count == confidences.filter { $0 >= threshold }.count)
    let bad = try GlossaProcess.run(["align", "--min-confidence", "1.5"] + paths)
    #expect(bad.status == 64)
  }

  @Test("Two folders: same-named files are paired, one beads file per pair")
  func folders() throws {
    let directory = try write([
      "el/a.txt": Self.greek, "en/a.txt": Self.english, "el/sub/b.txt": Self.greek, "en/sub/b.txt": Self.english,
      "el/only-greek.txt": Self.greek,
    ])
    let out = directory.appendingPathComponent("out")
    let outcome = try GlossaProcess.run([
      "align", "--presegmented", "--format", "beads", "-o", out.path,
      directory.appendingPathComponent("el").path, directory.appendingPathComponent("en").path,
    ])
    #expect(outcome.status == 0)
    #expect(outcome.standardError.contains("only-greek.txt: no file of the same name"))
    #expect(outcome.standardError.contains("aligned 2 document pairs, 10 source and 10 target sentences"))
    let a = try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8)
    let b = try String(contentsOf: out.appendingPathComponent("sub/b.txt"), encoding: .utf8)
    #expect(a.split(separator: "\n").count == 5)
    #expect(a == b)
    let noOutput = try GlossaProcess.run([
      "align", "--format", "beads", directory.appendingPathComponent("el").path,
      directory.appendingPathComponent("en").path,
    ])
    #expect(noOutput.status == 64)
  }

  @Test("Empty and swapped inputs warn and still align; missing and broken files fail clearly")
  func badInputs() throws {
    let directory = try write(["el.txt": Self.greek, "en.txt": Self.english, "empty.txt": ""])
    let path = { (name: String) in directory.appendingPathComponent(name).path }
    let empty = try GlossaProcess.run(["align", "--format", "beads", path("el.txt"), path("empty.txt")])
    #expect(empty.status == 0)
    #expect(empty.standardError.contains("warning: "))
    #expect(empty.standardError.contains("the target text has no sentences"))
    #expect(empty.standardOutput.split(separator: "\n").allSatisfy { $0.hasSuffix(":[]:1.0000") })

    let swapped = try GlossaProcess.run(["align", "--format", "beads", path("en.txt"), path("el.txt")])
    #expect(swapped.status == 0)
    #expect(swapped.standardError.contains("the source text is mostly Latin script, not Greek"))
    #expect(swapped.standardOutput.split(separator: "\n").count == 5)

    let missing = try GlossaProcess.run(["align", path("el.txt"), path("nothere.txt")])
    #expect(missing.status == 66)
    #expect(missing.standardError.contains("nothere.txt: no such file"))

    try Data([0x41, 0x2E, 0x0A, 0xFF, 0x0A]).write(to: directory.appendingPathComponent("bad.txt"))
    let broken = try GlossaProcess.run(["align", path("bad.txt"), path("en.txt")])
    #expect(broken.status == 65)
    #expect(broken.standardError.contains("bad.txt:2: invalid UTF-8"))
    #expect(broken.standardOutput.isEmpty)
  }
}
