import Foundation
import GlossaDiagnostics
import GlossaLint
import GlossaText
import Hummingbird

/// The form of LanguageTool's `POST /v2/check`: the text as `text`, or as `data` (JSON with an
/// `annotation` list of `{"text"}` and `{"markup", "interpretAs"}` parts), and a `language`.
struct CheckForm: Decodable {
  var text: String?
  var data: String?
  var language: String?
}

/// LanguageTool's answer to `/v2/check`, so that its clients (browser add-ons, LibreOffice's
/// remote setting, editor plug-ins, `language-tool-python`) show Glossa's findings. Offsets and
/// lengths are in UTF-16 code units, as LanguageTool counts.
struct CheckResponse: ResponseEncodable {
  struct Software: Codable {
    var name = "Glossa"
    var version = Glossa.version
    var buildDate = ""
    var apiVersion = 1
    var premium = false
    var status = ""
  }

  struct Language: Codable {
    struct Detected: Codable {
      var name: String
      var code: String
      var confidence: Double
    }

    var name: String
    var code: String
    var detectedLanguage: Detected
  }

  struct Match: Codable {
    struct Replacement: Codable { var value: String }
    struct Context: Codable {
      var text: String
      var offset: Int
      var length: Int
    }
    struct Rule: Codable {
      struct Category: Codable {
        var id: String
        var name: String
      }
      var id: String
      var description: String
      var issueType: String
      var category: Category
    }

    var message: String
    var shortMessage: String
    var offset: Int
    var length: Int
    var replacements: [Replacement]
    var context: Context
    var sentence: String
    var rule: Rule
  }

  var software = Software()
  var language: Language
  var matches: [Match]
}

/// LanguageTool's `GET /v2/languages`.
struct LanguageEntry: Codable {
  var name: String
  var code: String
  var longCode: String
}

/// The list answered by `GET /v2/languages`.
struct LanguageList: ResponseEncodable {
  var languages: [LanguageEntry]

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(languages)
  }
}

enum LanguageToolCheck {
  static let languages = [
    LanguageEntry(name: "Greek", code: "el", longCode: "el-GR"),
    LanguageEntry(name: "English", code: "en", longCode: "en-US"),
  ]

  /// The text a form asks to check: `text`, or `data`'s parts with markup blanked out so that
  /// offsets still count every character of the original.
  static func text(of form: CheckForm) throws -> String {
    if let text = form.text { return text }
    guard let data = form.data else { throw ProblemDetails(.badRequest, "give the text to check as 'text' or 'data'") }
    guard let object = try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any],
      let parts = object["annotation"] as? [[String: Any]]
    else { throw ProblemDetails(.badRequest, "'data' is not a JSON object with an 'annotation' list") }
    var text = ""
    for part in parts {
      if let plain = part["text"] as? String {
        text += plain
      } else if let markup = part["markup"] as? String {
        // Markup is blanked with as many spaces as it has UTF-16 units; a line break it stands
        // for is kept, so sentences do not run together.
        let blank = String(repeating: " ", count: markup.utf16.count)
        text +=
          (part["interpretAs"] as? String)?.contains("\n") == true && markup.utf16.count > 0
          ? String(blank.dropLast()) + "\n" : blank
      }
    }
    return text
  }

  /// The answer for `findings` in `text`.
  static func response(findings: [Finding], text: String, language code: String) -> CheckResponse {
    let greek = code.hasPrefix("el") || code == "auto"
    let language = CheckResponse.Language(
      name: greek ? "Greek" : "English", code: greek ? "el-GR" : "en-US",
      detectedLanguage: .init(name: greek ? "Greek" : "English", code: greek ? "el-GR" : "en-US", confidence: 1))
    let rules = Dictionary(RuleRegistry.metadata.map { ($0.identifier, $0) }, uniquingKeysWith: { a, _ in a })
    var offsets = UTF16Offsets(text)
    let units = Array(text.utf16)
    let matches = findings.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }.map { finding in
      let offset = offsets.offset(ofUTF8: finding.utf8Range.lowerBound)
      let length = offsets.offset(ofUTF8: finding.utf8Range.upperBound) - offset
      let rule = rules[finding.ruleID]
      // Name rules are spelling matters to LanguageTool's clients; the rest typography.
      let isName = finding.ruleID.contains("spelling") || finding.ruleID.contains("name")
      return CheckResponse.Match(
        message: finding.message, shortMessage: rule?.name ?? finding.ruleID, offset: offset, length: length,
        replacements: finding.suggestion.map { [.init(value: $0)] } ?? [],
        context: context(units, offset: offset, length: length), sentence: sentence(units, offset: offset),
        rule: .init(
          id: finding.ruleID, description: rule?.summary ?? finding.ruleID,
          issueType: isName ? "misspelling" : "typographical",
          category: .init(id: isName ? "NAMES" : "TYPOGRAPHY", name: isName ? "Names" : "Typography")))
    }
    return CheckResponse(language: language, matches: matches)
  }

  /// Up to 40 code units either side of the match, as LanguageTool's `context`.
  private static func context(_ units: [UInt16], offset: Int, length: Int) -> CheckResponse.Match.Context {
    let start = max(0, offset - 40)
    let end = min(units.count, offset + length + 40)
    return .init(text: String(decoding: units[start..<end], as: UTF16.self), offset: offset - start, length: length)
  }

  /// The line holding the match: the sentence, near enough for a client's display.
  private static func sentence(_ units: [UInt16], offset: Int) -> String {
    var start = min(offset, units.count)
    while start > 0, units[start - 1] != 0x0A { start -= 1 }
    var end = min(offset, units.count)
    while end < units.count, units[end] != 0x0A { end += 1 }
    return String(decoding: units[start..<end], as: UTF16.self)
  }
}
