import GlossaDiagnostics
import GlossaLint
import Hummingbird

/// `POST /v1/lint`: `{"text": "…", "format": "text" | "markdown" | "html"}`.
struct LintRequest: Decodable {
  var text: String
  var format: String?
}

/// A finding as `glossa lint --format json` writes it, with the place also in UTF-16 code units
/// (`offset`, `length`) for browsers, and the fix when one is safe.
struct LintFinding: Codable, Equatable {
  struct Fix: Codable, Equatable {
    var offset: Int
    var length: Int
    var text: String
  }

  var rule: String
  var severity: String
  var line: Int
  var column: Int
  var endLine: Int
  var endColumn: Int
  var text: String
  var message: String
  var suggestion: String?
  var entry: String?
  var offset: Int
  var length: Int
  var fix: Fix?
}

/// The answer of `POST /v1/lint`.
struct LintResponse: ResponseEncodable {
  var version = 1
  var findings: [LintFinding]
}

extension LintResponse {
  /// The findings of `document`, with UTF-16 places in its original text.
  init(findings: [Finding], in document: Document) {
    var offsets = UTF16Offsets(document.original)
    self.findings = findings.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }.map { finding in
      let start = document.location(ofUTF8Offset: finding.utf8Range.lowerBound)
      let end = document.location(ofUTF8Offset: finding.utf8Range.upperBound)
      let offset = offsets.offset(ofUTF8: finding.utf8Range.lowerBound)
      let length = offsets.offset(ofUTF8: finding.utf8Range.upperBound) - offset
      var fix: LintFinding.Fix?
      if let replacement = finding.fix {
        let fixStart = offsets.offset(ofUTF8: replacement.utf8Range.lowerBound)
        fix = LintFinding.Fix(
          offset: fixStart, length: offsets.offset(ofUTF8: replacement.utf8Range.upperBound) - fixStart,
          text: replacement.text)
      }
      return LintFinding(
        rule: finding.ruleID, severity: finding.severity.rawValue, line: start.line, column: start.column,
        endLine: end.line, endColumn: end.column, text: finding.text, message: finding.message,
        suggestion: finding.suggestion, entry: finding.entryID, offset: offset, length: length, fix: fix)
    }
  }
}
