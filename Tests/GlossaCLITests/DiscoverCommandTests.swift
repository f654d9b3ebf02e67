import Foundation
import Testing

@Suite("glossary discover and merge")
struct DiscoverCommandTests {
  /// An aligned pair written for the test, as TMX.
  static let tmx = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" \
    adminlang="en" srclang="en" datatype="plaintext"/><body>
    <tu><tuv xml:lang="en"><seg>Mayor Annika Vestergaard said the bridge will reopen.</seg></tuv>\
    <tuv xml:lang="el"><seg>Η δήμαρχος Άνικα Βέστεργκααρντ δήλωσε ότι η γέφυρα θα ανοίξει ξανά.</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg>Vestergaard visited Aarhus on Friday.</seg></tuv>\
    <tuv xml:lang="el"><seg>Η Βέστεργκααρντ επισκέφθηκε το Ώρχους την Παρασκευή.</seg></tuv></tu>
    <tu><tuv xml:lang="en"><seg>The Aarhus port was closed.</seg></tuv>\
    <tuv xml:lang="el"><seg>Το λιμάνι του Ώρχους έκλεισε.</seg></tuv></tu>
    </body></tmx>
    """

  @Test("Names found in a TMX are proposed as JSON lines, merged into a glossary, and used by lint")
  func loop() throws {
    let directory = try GlossaProcess.temporaryDirectory()
    try Self.tmx.write(to: directory.appendingPathComponent("aligned.tmx"), atomically: true, encoding: .utf8)
    let discover = try GlossaProcess.run(
      ["glossary", "discover", "--tmx", "aligned.tmx", "-o", "proposals.jsonl"], in: directory)
    #expect(discover.status == 0, "\(discover.standardError)")
    let lines = try String(contentsOf: directory.appendingPathComponent("proposals.jsonl"), encoding: .utf8)
      .split(separator: "\n")
    let proposals = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
    let person = try #require(proposals.first { $0["en"] as? String == "Annika Vestergaard" })
    #expect(person["el"] as? String == "Άνικα Βέστεργκααρντ")
    #expect(person["type"] as? String == "person")
    #expect(person["entry"] is NSNull)
    #expect(proposals.contains { $0["en"] as? String == "Aarhus" && $0["el"] as? String == "Ώρχους" })

    let merge = try GlossaProcess.run(
      ["glossary", "merge", "proposals.jsonl", "--into", "names.glossary", "--ids", "annika-vestergaard"],
      in: directory)
    #expect(merge.status == 0, "\(merge.standardError)")
    let glossary = try String(contentsOf: directory.appendingPathComponent("names.glossary"), encoding: .utf8)
    #expect(glossary.contains("[annika-vestergaard]"))
    #expect(!glossary.contains("Ώρχους"))
    let validate = try GlossaProcess.run(["glossary", "validate", "--glossary", "names.glossary"], in: directory)
    #expect(validate.status == 0)

    try "Η Άνικα Βέστεργκααρντ μίλησε. Η Βέστεργκαρντ απάντησε.\n".write(
      to: directory.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
    let lint = try GlossaProcess.run(["lint", "--glossary", "names.glossary", "new.txt"], in: directory)
    #expect(lint.standardOutput.contains("'Βέστεργκαρντ'"))
  }

  @Test("Without evidence, or with a missing file, discover says so and fails")
  func badInput() throws {
    let none = try GlossaProcess.run(["glossary", "discover"])
    #expect(none.status == 64)
    let missing = try GlossaProcess.run(["glossary", "discover", "--tmx", "no-such.tmx"])
    #expect(missing.status == 66)
    #expect(missing.standardError.contains("no-such.tmx"))
  }
}
