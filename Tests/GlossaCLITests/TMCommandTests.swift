import Foundation
import Testing

@Suite("glossa tm")
struct TMCommandTests {
  static let tmx = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4">
      <header creationtool="Test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="el" datatype="plaintext"/>
      <body>
        <tu tuid="a1"><tuv xml:lang="el"><seg>Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση την Τρίτη.</seg></tuv><tuv xml:lang="en"><seg>The government announced new housing measures on Tuesday.</seg></tuv></tu>
        <tu tuid="a2"><tuv xml:lang="el"><seg>Τα ενοίκια στην Αθήνα αυξήθηκαν κατά 9% μέσα σε ένα χρόνο.</seg></tuv><tuv xml:lang="en"><seg>Rents in Athens rose by 9% in a single year.</seg></tuv></tu>
        <tu tuid="a3"><tuv xml:lang="el"><seg>Το πρόγραμμα θα κοστίσει 1.200 ευρώ.</seg></tuv><tuv xml:lang="en"><seg>The programme will cost 1,300 euros.</seg></tuv></tu>
      </body>
    </tmx>

    """

  private func setUp() throws -> (directory: URL, memory: String, tmx: String) {
    let directory = try GlossaProcess.temporaryDirectory()
    let tmx = directory.appendingPathComponent("desk.tmx")
    try Self.tmx.write(to: tmx, atomically: true, encoding: .utf8)
    return (directory, directory.appendingPathComponent("memory.sqlite").path, tmx.path)
  }

  @Test("Import, search, concordance, stats and export")
  func workflow() throws {
    let (directory, memory, tmx) = try setUp()
    let imported = try GlossaProcess.run(["tm", "import", "--tm", memory, tmx])
    #expect(imported.status == 0)
    #expect(imported.standardError.contains("desk.tmx: added 3 units, merged 0, skipped 0, failed 0"))
    let again = try GlossaProcess.run(["tm", "import", "--tm", memory, tmx])
    #expect(again.standardError.contains("added 0 units, merged 3"))

    let search = try GlossaProcess.run([
      "tm", "search", "--tm", memory, "--explain", "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση την Πέμπτη.",
    ])
    #expect(search.status == 0)
    #expect(search.standardOutput.hasPrefix("90 [a1]  Η κυβέρνηση ανακοίνωσε"))
    #expect(search.standardOutput.contains("→ The government announced new housing measures on Tuesday."))
    #expect(search.standardOutput.contains("replaced: Πέμπτη → Τρίτη"))

    let none = try GlossaProcess.run(["tm", "search", "--tm", memory, "Ο Ολυμπιακός κέρδισε με δύο γκολ."])
    #expect(none.status == 1)
    #expect(none.standardOutput.isEmpty)

    let queries = try GlossaProcess.run(
      ["tm", "search", "--tm", memory, "--queries", "-"],
      input: "Τα ενοίκια στην Αθήνα αυξήθηκαν κατά 9% μέσα σε ένα χρόνο.\nΚάτι άσχετο εντελώς.\n")
    let lines = queries.standardOutput.split(separator: "\n")
    #expect(lines.count == 2)
    let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    let matches = try #require(first["matches"] as? [[String: Any]])
    #expect(matches.first?["tuid"] as? String == "a2")
    #expect(matches.first?["score"] as? Double == 100)
    let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
    #expect((second["matches"] as? [Any])?.isEmpty == true)

    let concordance = try GlossaProcess.run(["tm", "concordance", "--tm", memory, "αθηνα"])
    #expect(concordance.standardOutput.contains("[a2] Τα ενοίκια στην Αθήνα"))

    let stats = try GlossaProcess.run(["tm", "stats", "--tm", memory])
    #expect(stats.standardOutput.contains("units: 3"))
    #expect(stats.standardOutput.contains("el → en: 3"))

    let exported = directory.appendingPathComponent("out.tmx").path
    let export = try GlossaProcess.run(["tm", "export", "--tm", memory, "-o", exported])
    #expect(export.status == 0)
    let text = try String(contentsOfFile: exported, encoding: .utf8)
    #expect(text.components(separatedBy: "<tu ").count - 1 == 3)
    #expect(text.contains("srclang=\"el\""))
  }

  @Test("The memory comes from --tm, else GLOSSA_TM")
  func memoryPath() throws {
    let (_, memory, tmx) = try setUp()
    let environment = ["GLOSSA_TM": memory]
    #expect(try GlossaProcess.run(["tm", "import", tmx], environment: environment).status == 0)
    #expect(FileManager.default.fileExists(atPath: memory))
    #expect(try GlossaProcess.run(["tm", "add", "Καλημέρα.", "Good morning."], environment: environment).status == 0)
    #expect(try GlossaProcess.run(["tm", "stats"], environment: environment).standardOutput.contains("units: 4"))
    // Without GLOSSA_TM, XDG_DATA_HOME decides.
    let data = (memory as NSString).deletingLastPathComponent + "/data"
    let xdg = ["GLOSSA_TM": "", "XDG_DATA_HOME": data]
    #expect(try GlossaProcess.run(["tm", "add", "Καλημέρα.", "Good morning."], environment: xdg).status == 0)
    #expect(FileManager.default.fileExists(atPath: data + "/glossa/memory.sqlite"))
  }

  @Test("Languages: el finds el-GR, *all* names no language, and a file of which nothing is usable fails")
  func sourceLanguages() throws {
    let (directory, memory, _) = try setUp()
    let regional = directory.appendingPathComponent("regional.tmx")
    try Self.tmx.replacingOccurrences(of: "xml:lang=\"el\"", with: "xml:lang=\"el-GR\"")
      .write(to: regional, atomically: true, encoding: .utf8)
    let imported = try GlossaProcess.run(["tm", "import", "--tm", memory, regional.path])
    #expect(imported.status == 0)
    #expect(imported.standardError.contains("added 3 units"))
    let anyLanguage = directory.appendingPathComponent("all.tmx")
    try Self.tmx.replacingOccurrences(of: "srclang=\"el\"", with: "srclang=\"*all*\"")
      .write(to: anyLanguage, atomically: true, encoding: .utf8)
    let other = directory.appendingPathComponent("other.sqlite").path
    #expect(
      try GlossaProcess.run(["tm", "import", "--tm", other, anyLanguage.path]).standardError.contains("added 3 units"))
    let wrong = try GlossaProcess.run(["tm", "import", "--tm", memory, "--source-lang", "fr", regional.path])
    #expect(wrong.status == 65)
    #expect(wrong.standardError.contains("no unit imported"))
  }

  @Test("Only import and add create a memory; a mistyped --tm elsewhere is an error, and nothing is created")
  func missingMemory() throws {
    let (directory, _, _) = try setUp()
    let typo = directory.appendingPathComponent("typo/memroy.sqlite").path
    for command in [["tm", "stats"], ["tm", "search", "Καλημέρα"], ["tm", "export"]] {
      let outcome = try GlossaProcess.run(command + ["--tm", typo])
      #expect(outcome.status == 66)
      #expect(outcome.standardError.contains("no such memory"))
    }
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("typo").path))
  }

  @Test("A broken file adds nothing, and says where it broke; a dry run writes nothing")
  func brokenAndDryRun() throws {
    let (directory, memory, tmx) = try setUp()
    let broken = directory.appendingPathComponent("broken.tmx")
    let last = try #require(Self.tmx.range(of: "</seg></tuv></tu>", options: .backwards))
    try Self.tmx.replacingCharacters(in: last, with: "</tuv></tu>").write(to: broken, atomically: true, encoding: .utf8)
    let outcome = try GlossaProcess.run(["tm", "import", "--tm", memory, broken.path])
    #expect(outcome.status == 65)
    #expect(outcome.standardError.contains("broken.tmx:7:"))
    #expect(try GlossaProcess.run(["tm", "stats", "--tm", memory]).standardOutput.contains("units: 0"))
    let dry = try GlossaProcess.run(["tm", "import", "--dry-run", "--tm", memory, tmx])
    #expect(dry.standardError.contains("would add 3 units"))
    #expect(try GlossaProcess.run(["tm", "stats", "--tm", memory]).standardOutput.contains("units: 0"))
  }

  @Test("An import killed while it writes leaves the memory as it was")
  func killedImport() throws {
    let (_, memory, tmx) = try setUp()
    #expect(try GlossaProcess.run(["tm", "import", "--tm", memory, tmx]).status == 0)
    // The TMX comes through a pipe that is never closed, so the import cannot finish: when
    // it is killed it is certainly in the middle of its transaction.
    signal(SIGPIPE, SIG_IGN)
    let pipe = Pipe()
    let process = Process()
    process.executableURL = GlossaProcess.executableURL
    process.arguments = ["tm", "import", "--quiet", "--tm", memory, "-"]
    process.environment = GlossaProcess.environment()
    process.standardInput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    var head = "<tmx version=\"1.4\"><header srclang=\"el\"/><body>\n"
    for index in 0..<20_000 {
      head +=
        "<tu><tuv xml:lang=\"el\"><seg>Πρόταση \(index) για δοκιμή.</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence \(index) for a test.</seg></tuv></tu>\n"
    }
    try pipe.fileHandleForWriting.write(contentsOf: Data(head.utf8))
    usleep(300_000)
    #expect(process.isRunning, "the import ended before it was killed")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    try? pipe.fileHandleForWriting.close()
    let stats = try GlossaProcess.run(["tm", "stats", "--tm", memory]).standardOutput
    #expect(stats.contains("units: 3\n"), "\(stats)")
  }

  @Test("Queries through a pipe are answered one by one, before the input ends")
  func streamingQueries() throws {
    let (_, memory, tmx) = try setUp()
    #expect(try GlossaProcess.run(["tm", "import", "--tm", memory, tmx]).status == 0)
    let search = try PipedGlossa(["tm", "search", "--tm", memory, "--queries", "-"])
    for query in ["Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση την Πέμπτη.", "Ο Ολυμπιακός κέρδισε με δύο γκολ."] {
      try search.send(query)
      let answer = try #require(search.nextLine(), "no answer while the input was still open")
      #expect(answer.contains(query))
    }
    #expect(try search.finish() == 0)
    let variants = try PipedGlossa(["variants", "--pairs", "-"])
    try variants.send("Πιονγκγιάνγκ\tΠιονγιάνγκ")
    #expect(variants.nextLine()?.hasSuffix("\tvariant") == true)
    try variants.send("Λαβρόφ\tΖελένσκι")
    #expect(variants.nextLine()?.contains("different") == true)
    #expect(try variants.finish() == 0)
    let lookup = try PipedGlossa(["lookup", "--format", "jsonl", "-"])
    try lookup.send("Πιονγιάνγκ")
    #expect(lookup.nextLine()?.contains("pyongyang") == true)
    _ = try lookup.finish()
  }

  @Test("An interrupted export leaves neither the file nor a hidden partial one", arguments: [SIGINT, SIGTERM])
  func interruptedExport(signalNumber: Int32) throws {
    let directory = try GlossaProcess.temporaryDirectory()
    let memory = directory.appendingPathComponent("memory.sqlite").path
    var tmx = "<tmx version=\"1.4\"><header srclang=\"el\"/><body>\n"
    for index in 0..<10_000 {
      tmx +=
        "<tu><tuv xml:lang=\"el\"><seg>Πρόταση \(index) για δοκιμή.</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence \(index) for a test.</seg></tuv></tu>\n"
    }
    let input = directory.appendingPathComponent("big.tmx")
    try (tmx + "</body></tmx>\n").write(to: input, atomically: true, encoding: .utf8)
    #expect(try GlossaProcess.run(["tm", "import", "--quiet", "--tm", memory, input.path]).status == 0)
    let output = directory.appendingPathComponent("out.tmx").path
    func partialFiles() throws -> [String] {
      try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".out.tmx.") }
    }
    // Spawned with no signal blocked or ignored, as from a shell: test runners block some.
    let arguments = [GlossaProcess.executableURL.path, "tm", "export", "--tm", memory, "-o", output]
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var handled = sigset_t()
    sigemptyset(&handled)
    sigaddset(&handled, signalNumber)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &handled)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var argv = arguments.map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid = pid_t()
    #expect(posix_spawn(&pid, arguments[0], nil, &attributes, &argv, environ) == 0)
    // Interrupt it once the partial file is there, while units are still being written.
    let deadline = Date().addingTimeInterval(20)
    var status: Int32 = 0
    var ended = false
    while try partialFiles().isEmpty, Date() < deadline, !ended {
      ended = waitpid(pid, &status, WNOHANG) != 0
      usleep(500)
    }
    try #require(!ended, "the export ended before it could be interrupted")
    kill(pid, signalNumber)
    #expect(waitpid(pid, &status, 0) == pid)
    // Ended by the signal, as the signal's own action would have ended it.
    #expect(status & 0x7F == signalNumber)
    #expect(try partialFiles().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test("check reports numbers, in text and SARIF, with exit status 1")
  func check() throws {
    let (_, memory, tmx) = try setUp()
    let text = try GlossaProcess.run(["tm", "check", "--no-glossary", tmx])
    #expect(text.status == 1)
    #expect(
      text.standardOutput.contains(
        "desk.tmx:7 [a3]: warning: numbers differ: 1200 only in the source; 1300 only in the target [number-mismatch]"))
    #expect(try GlossaProcess.run(["tm", "import", "--tm", memory, tmx]).status == 0)
    let sarif = try GlossaProcess.run(["tm", "check", "--tm", memory, "--format", "sarif"])
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect(try GlossaProcess.run(["tm", "check", "--tm", memory, "--fail-on", "error"]).status == 0)
  }

  @Test("align --tm adds the aligned units")
  func alignIntoMemory() throws {
    let (directory, memory, _) = try setUp()
    let greek = directory.appendingPathComponent("el.txt")
    let english = directory.appendingPathComponent("en.txt")
    try "Η Βουλή ψήφισε τον νόμο.\nΗ αντιπολίτευση καταψήφισε.\n".write(to: greek, atomically: true, encoding: .utf8)
    try "Parliament passed the law.\nThe opposition voted against.\n".write(
      to: english, atomically: true, encoding: .utf8)
    let outcome = try GlossaProcess.run([
      "align", "--quiet", "--tm", memory, "-o", directory.appendingPathComponent("x.tmx").path, greek.path,
      english.path,
    ])
    #expect(outcome.status == 0)
    #expect(outcome.standardError.contains("added 2 units"))
    let search = try GlossaProcess.run(["tm", "search", "--tm", memory, "Η Βουλή ψήφισε τον νόμο."])
    #expect(search.standardOutput.hasPrefix("100  Η Βουλή ψήφισε τον νόμο."))
  }
}
