import ArgumentParser
import GlossaGlossary
import GlossaText

extension GlossaCommand {
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find the glossary entry for a name, in any spelling or case form.",
      discussion: """
        For each term (Greek or Latin letters, any variant or inflected form) prints the \
        entry, its canonical forms in both languages, its known forms with their status, \
        and how the term matched: exact, accent, inflection, variant or cross-script.

        --format jsonl prints one object per term with the fields query, match (the entry \
        id, or null), canonical_el, canonical_en, score, reason, detail, kind, matched_form \
        and forms.

        Examples:
          glossa lookup Πιονγιάνγκ
          glossa lookup "της Βόρειας Κορέας" Pyongyang
          glossa lookup --format jsonl - < names.txt
          glossa lookup --glossary my-names.tbx Λαβρώφ
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json, jsonl
    }

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: "Output format: text, json or jsonl.")
    var format: Format = .text

    @Argument(help: "Terms to look up; '-' reads one term per line from standard input.")
    var terms: [String] = []

    func validate() throws {
      if terms.isEmpty { throw ValidationError("Give at least one term, or '-' to read terms from standard input.") }
    }

    func run() throws {
      let glossary = try glossaryOptions.load()
      // Terms from standard input are answered one by one, for a program at the other end.
      let output = terms.contains("-") && format != .json ? BufferedOutput(answering: "-") : BufferedOutput()
      defer { output.flush() }
      var objects: [String] = []
      var anyMissing = false
      func handle(_ term: String) {
        let match = glossary.bestMatch(for: term)
        if match == nil { anyMissing = true }
        switch format {
        case .text: output.write(Self.text(for: term, match: match))
        case .jsonl: output.writeLine(Self.json(for: term, match: match))
        case .json: objects.append(Self.json(for: term, match: match))
        }
        output.endAnswer()
      }
      for term in terms where term != "-" { handle(term) }
      if terms.contains("-") {
        do {
          let reader = try LineReader(path: "-")
          while let line = try reader.next() {
            if !line.text.isEmpty { handle(line.text) }
          }
        } catch {
          output.flush()
          throw reported(error)
        }
      }
      if format == .json { output.writeLine("[\n  " + objects.joined(separator: ",\n  ") + "\n]") }
      if anyMissing && format == .text { throw ExitCode.failure }
    }

    static func text(for term: String, match: GlossaryMatch?) -> String {
      guard let match else { return "\(term): not in the glossary\n" }
      let entry = match.entry
      var text = "\(term) → \(entry.id) (\(entry.kind.rawValue))\n"
      text += "  matched \(match.form.text): \(match.reason.rawValue)"
      if !match.detail.isEmpty { text += " (\(match.detail))" }
      text += ", score \(GlossaCommand.Variants.format(match.score))\n"
      for language in TermLanguage.allCases {
        let forms = entry.forms.filter { $0.language == language }
        guard !forms.isEmpty else { continue }
        text +=
          "  \(language.rawValue): " + forms.map { "\($0.text) (\($0.status.rawValue))" }.joined(separator: ", ") + "\n"
      }
      if let note = entry.note { text += "  note: \(note)\n" }
      return text
    }

    static func json(for term: String, match: GlossaryMatch?) -> String {
      guard let match else {
        return JSONText.object([
          "query": JSONText.quoted(term), "match": "null", "canonical_el": "null", "canonical_en": "null",
          "score": "0", "reason": "null",
        ])
      }
      let entry = match.entry
      let forms = entry.forms.map {
        JSONText.object([
          "text": JSONText.quoted($0.text), "language": JSONText.quoted($0.language.rawValue),
          "status": JSONText.quoted($0.status.rawValue),
        ])
      }
      return JSONText.object([
        "query": JSONText.quoted(term),
        "match": JSONText.quoted(entry.id),
        "canonical_el": entry.canonicalGreek.map(JSONText.quoted) ?? "null",
        "canonical_en": entry.canonicalEnglish.map(JSONText.quoted) ?? "null",
        "score": GlossaCommand.Variants.format(match.score),
        "reason": JSONText.quoted(match.reason.rawValue),
        "detail": JSONText.quoted(match.detail),
        "kind": JSONText.quoted(entry.kind.rawValue),
        "matched_form": JSONText.quoted(match.form.text),
        "forms": "[" + forms.joined(separator: ", ") + "]",
      ])
    }
  }
}
