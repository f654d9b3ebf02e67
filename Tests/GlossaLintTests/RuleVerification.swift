import GlossaGlossary
import Testing

@testable import GlossaLint

/// Checks a rule against its own examples, as SwiftLint's `verifyRule` does:
///
/// 1. non-triggering examples yield no finding;
/// 2. every `↓` of a triggering example is the start of exactly one finding, and there is no
///    other finding;
/// 3. applying the rule's fixes to a correction's input gives its output, and linting that
///    gives no fixable finding;
/// 4. all of it again with a multibyte prefix (Greek, a flag emoji, a decomposed accent), with
///    every offset shifted by exactly the prefix's length.
func verifyRule(_ rule: any LintRule.Type) throws {
  let description = rule.description
  var configuration = LintConfiguration()
  for other in RuleRegistry.all {
    configuration.rules[other.description.identifier] = .init(
      isEnabled: other.description.identifier == description.identifier)
  }
  let linter = Linter(configuration: configuration, glossary: .shipped)
  let prefixes = ["", "Ελληνικά 🇬🇷 e\u{301}. "]
  for prefix in prefixes {
    let shift = prefix.utf8.count
    for example in description.nonTriggeringExamples {
      let findings = try linter.lint(Document(path: "example.txt", text: prefix + example.text))
      #expect(
        findings.isEmpty, "\(description.identifier): unexpected \(findings.map(\.text)) in “\(example.text)”",
        sourceLocation: SourceLocation(fileID: example.file, filePath: example.file, line: example.line, column: 1))
    }
    for example in description.triggeringExamples {
      let findings = try linter.lint(Document(path: "example.txt", text: prefix + example.text))
      let starts = findings.map(\.utf8Range.lowerBound).sorted()
      #expect(
        starts == example.markerOffsets.map { $0 + shift },
        "\(description.identifier): findings at \(starts), markers at \(example.markerOffsets.map { $0 + shift }) in “\(example.text)”: \(findings.map(\.message))",
        sourceLocation: SourceLocation(fileID: example.file, filePath: example.file, line: example.line, column: 1))
    }
    for (input, output) in description.corrections {
      let document = Document(path: "example.txt", text: prefix + input.text)
      let (fixed, _) = Fixer.apply(try linter.lint(document), to: document.original)
      #expect(
        fixed == prefix + output.text, "\(description.identifier): fixed to “\(fixed)”",
        sourceLocation: SourceLocation(fileID: input.file, filePath: input.file, line: input.line, column: 1))
      let again = try linter.lint(Document(path: "example.txt", text: fixed))
      #expect(
        again.allSatisfy { $0.fix == nil },
        "\(description.identifier): fixable findings after fixing: \(again.map(\.text))")
    }
  }
}
