import Testing

@testable import GlossaGlossary

@Suite("Glossary lookup and mentions")
struct GlossaryTests {
  static let glossary: Glossary = {
    let text = """
      [pyongyang]
      kind: place
      el: Πιονγκγιάνγκ
      en: Pyongyang

      [north-korea]
      kind: place
      el: Βόρεια Κορέα
      el admitted: ΛΔΚ
      en: North Korea

      [kremlin]
      kind: organization
      el: Κρεμλίνο
      en: Kremlin

      [sergey-lavrov]
      kind: person
      el: Σεργκέι Λαβρόφ
      el deprecated: Λαβρώφ
      en: Sergey Lavrov

      [volodymyr-zelensky]
      kind: person
      el: Βολοντίμιρ Ζελένσκι
      en: Volodymyr Zelensky

      [olena-zelenska]
      kind: person
      el: Ολένα Ζελένσκα
      en: Olena Zelenska

      [nikos-lazaridis]
      kind: person
      el: Νίκος Λαζαρίδης
      en: Nikos Lazaridis

      [kim-jong-un]
      kind: person
      el: Κιμ Γιονγκ Ουν
      en: Kim Jong Un

      [kim-yo-jong]
      kind: person
      el: Κιμ Γιο Γιονγκ
      en: Kim Yo Jong
      """
    return Glossary(entries: try! NativeGlossaryFormat.parse(text, file: "test.glossary").entries)
  }()

  func best(_ term: String) -> GlossaryMatch? { Self.glossary.bestMatch(for: term) }

  @Test("Exact, accent and case forms")
  func exact() {
    #expect(best("Πιονγκγιάνγκ")?.reason == .exact)
    #expect(best("Πιονγκγιάνγκ")?.score == 1)
    #expect(best("ΠΙΟΝΓΚΓΙΑΝΓΚ")?.reason == .accent)
    #expect(best("Pyongyang")?.entry.id == "pyongyang")
  }

  @Test("Case forms of every declension class, multi-word names word by word")
  func inflection() {
    #expect(best("Κρεμλίνου")?.entry.id == "kremlin")
    #expect(best("Κρεμλίνου")?.reason == .inflection)
    #expect(best("Βόρειας Κορέας")?.entry.id == "north-korea")
    #expect(best("της Βόρειας Κορέας")?.reason == .inflection)
    #expect(best("Λαζαρίδη")?.entry.id == "nikos-lazaridis")
  }

  @Test("Unlisted spellings are found as variants, naming the class")
  func variants() throws {
    let match = try #require(best("Πιονγιάνγκ"))
    #expect(match.entry.id == "pyongyang" && match.reason == .variant)
    #expect(match.detail.contains("γκ"))
    #expect(best("Ζελένσκυ")?.entry.id == "volodymyr-zelensky")
  }

  @Test("Latin spellings find Greek entries and back")
  func crossScript() {
    #expect(best("Pjöngjang")?.entry.id == "pyongyang")
    #expect(best("Kim Jong-un")?.entry.id == "kim-jong-un")
    #expect(best("Zelenskyy")?.entry.id == "volodymyr-zelensky")
  }

  @Test("The gender guard keeps feminine and masculine surnames apart")
  func genderGuard() {
    #expect(best("Ζελένσκα")?.entry.id == "olena-zelenska")
    #expect(best("Ζελένσκι")?.entry.id == "volodymyr-zelensky")
    #expect(best("Λαζαρίδου") == nil)
  }

  @Test("Short names need exact keys; unknown words find nothing")
  func shortAndUnknown() {
    #expect(best("Κιμι") == nil)
    #expect(best("Αθήνα") == nil)
    #expect(best("") == nil)
  }

  @Test("Mentions in text: offsets, inflection, variants, surnames, longest match")
  func mentions() throws {
    let text =
      "Ο Λαβρόφ έφτασε στην Πιονγιάνγκ. Ο Σεργκέι Λαβρώφ μίλησε για τη στάση της Βόρειας Κορέας και του Κρεμλίνου."
    let found = Self.glossary.mentions(in: text)
    #expect(found.map(\.entry.id) == ["sergey-lavrov", "pyongyang", "sergey-lavrov", "north-korea", "kremlin"])
    #expect(found.map(\.text) == ["Λαβρόφ", "Πιονγιάνγκ", "Σεργκέι Λαβρώφ", "Βόρειας Κορέας", "Κρεμλίνου"])
    #expect(found.map(\.reason) == [.exact, .variant, .variant, .inflection, .inflection])
    let bytes = Array(text.utf8)
    for mention in found {
      #expect(String(decoding: bytes[mention.utf8Range], as: UTF8.self) == mention.text)
    }
    #expect(found[1].start.column == 22)
  }

  @Test("Different people with similar names are not mentions of each other")
  func similarPeople() {
    let found = Self.glossary.mentions(in: "Η Κιμ Γιο Γιονγκ και η Ολένα Ζελένσκα μίλησαν.")
    #expect(found.map(\.entry.id) == ["kim-yo-jong", "olena-zelenska"])
  }

  @Test("The shipped glossary has over 500 entries, the seed article's names, and passes its own examples")
  func shipped() {
    let shipped = Glossary.shipped
    #expect(shipped.entries.count >= 500)
    for (id, greek) in [
      ("kim-jong-un", "Κιμ Γιονγκ Ουν"), ("pyongyang", "Πιονγκγιάνγκ"), ("vladimir-putin", "Βλαντίμιρ Πούτιν"),
      ("sergey-lavrov", "Σεργκέι Λαβρόφ"), ("kursk", "Κουρσκ"), ("kremlin", "Κρεμλίνο"),
      ("north-korea", "Βόρεια Κορέα"), ("russia", "Ρωσία"), ("ukraine", "Ουκρανία"), ("moscow", "Μόσχα"),
    ] {
      #expect(shipped.entry(withID: id)?.canonicalGreek == greek)
    }
    #expect(shipped.bestMatch(for: "ΛΔΚ")?.entry.id == "north-korea")
    #expect(shipped.bestMatch(for: "Πιονγιάνγκ")?.entry.id == "pyongyang")
    #expect(shipped.validationFailures() == [])
  }

  @Test(
    "Each shipped glossary file parses without warnings and passes its own examples",
    arguments: Glossary.shippedFileNames)
  func shippedFile(name: String) throws {
    let text = try #require(Glossary.shippedFile(named: name))
    let (entries, warnings) = try NativeGlossaryFormat.parse(text, file: name)
    #expect(warnings.isEmpty, "\(warnings)")
    #expect(!entries.isEmpty)
    #expect(entries.allSatisfy { !$0.forms.isEmpty && $0.canonicalGreek != nil })
    #expect(Glossary(entries: entries).validationFailures() == [])
  }

  @Test("Every shipped file's entries are in the shipped glossary: none is skipped")
  func shippedFilesAllLoaded() throws {
    let names = Glossary.shippedFileNames
    #expect(names.count >= 5)
    var total = 0
    for name in names {
      total += try NativeGlossaryFormat.parse(try #require(Glossary.shippedFile(named: name)), file: name).entries.count
    }
    #expect(total == Glossary.shipped.entries.count)
  }
}

@Suite("Rewriting a mention as another form")
struct RewriteTests {
  static func rewrite(_ text: String, entry id: String) throws -> String {
    let entry = try #require(Glossary.shipped.entry(withID: id))
    let mention = try #require(Glossary.shipped.mentions(in: text).first { $0.entry.id == id })
    let canonical = try #require(entry.canonicalForm(in: mention.form.language))
    return entry.rewrite(mention.text, matching: mention.form, as: canonical)
  }

  @Test("A one-word form of a longer name becomes the whole name, never its last word")
  func acronym() throws {
    #expect(try Self.rewrite("Το δημοψήφισμα στην ΠΓΔΜ έγινε.", entry: "north-macedonia") == "Βόρεια Μακεδονία")
  }

  @Test("A surname alone stays a surname; a full name keeps its case")
  func surnames() throws {
    #expect(try Self.rewrite("Ο Λαβρώφ μίλησε.", entry: "sergey-lavrov") == "Λαβρόφ")
    #expect(try Self.rewrite("Δήλωση του Σεργκέι Λαβρώφ.", entry: "sergey-lavrov") == "Σεργκέι Λαβρόφ")
  }
}
