import GlossaText
import GlossaXML

/// Writes Glossa's sentence rules for one language as an SRX 2.0 file, so CAT tools that
/// read SRX (OmegaT, Okapi) segment close to the way `glossa segment` does.
///
///     let srx = SRXExporter(language: .greek).document()
///
/// SRX rules are pairs of Java-style regular expressions, before and after a break, tried in
/// order; the first that matches decides. They express the abbreviation lists, initials,
/// list labels, the Greek question mark and the small-letter rule; what needs more context
/// than a regular expression sees (stage directions, citation marks, dotted acronyms before a
/// starter) is left out, so the export approximates the segmenter rather than equals it.
public struct SRXExporter: Sendable {
  /// The language whose rules are exported.
  public let language: SegmentationLanguage
  /// The options whose effect is exported (the ano teleia, extra abbreviations).
  public let options: SegmentationOptions

  /// Creates an exporter.
  public init(language: SegmentationLanguage, options: SegmentationOptions = SegmentationOptions()) {
    self.language = language
    self.options = options
  }

  private struct Rule {
    var breaks: Bool
    var before: String
    var after: String
  }

  private var ruleName: String {
    language == .greek ? "Glossa Greek" : "Glossa English"
  }

  /// The SRX 2.0 document, as XML text.
  public func document() -> String {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- Sentence rules exported by Glossa (glossa segment, SRX format). -->
      <srx xmlns="http://www.lisa.org/srx20" version="2.0">
        <header segmentsubflows="yes" cascade="no">
          <formathandle type="start" include="no"/>
          <formathandle type="end" include="yes"/>
          <formathandle type="isolated" include="no"/>
        </header>
        <body>
          <languagerules>
            <languagerule languagerulename="\(ruleName)">

      """
    for rule in rules() {
      xml += """
                <rule break="\(rule.breaks ? "yes" : "no")">
                  <beforebreak>\(Self.escapedXML(rule.before))</beforebreak>
                  <afterbreak>\(Self.escapedXML(rule.after))</afterbreak>
                </rule>

        """
    }
    xml += """
            </languagerule>
          </languagerules>
          <maprules>
            <languagemap languagepattern="\(language.rawValue)(-.*)?" languagerulename="\(ruleName)"/>
          </maprules>
        </body>
      </srx>

      """
    return xml
  }

  private func rules() -> [Rule] {
    let list = AbbreviationList.builtIn(for: language).merged(with: options.extraAbbreviations)
    let closers = "[»”\"’'\\)\\]]*"
    let noLetterBefore = "(?<![\\p{L}\\p{N}\\.])"
    func entries(_ kind: AbbreviationList.Kind) -> String {
      list.kinds.filter { $0.value == kind }.keys.sorted().map(Self.escapedRegex).joined(separator: "|")
    }
    let starters = list.starters.sorted().map(Self.escapedRegex).joined(separator: "|")
    var rules: [Rule] = [
      Rule(breaks: false, before: "\(noLetterBefore)(?:\(entries(.title))|\(entries(.inner)))", after: "\\s"),
      Rule(breaks: false, before: "\(noLetterBefore)(?:\(entries(.numeric)))", after: "\\s+\\p{N}"),
      Rule(
        breaks: true, before: "\(noLetterBefore)(?:\(entries(.mayEnd)))",
        after: "\\s+[«“\"(]?(?:\(starters))(?![\\p{L}])"),
      Rule(breaks: false, before: "\(noLetterBefore)(?:\(entries(.mayEnd)))", after: "\\s"),
      // Initials before a name, and list labels at the start of a segment.
      Rule(breaks: false, before: "(?<![\\p{L}\\p{N}])\\p{Lu}\\.", after: "\\s+\\p{Lu}"),
      Rule(breaks: false, before: "^\\s*(?:\\p{N}{1,3}|\\p{L})[\\.\\)]", after: "\\s"),
      Rule(breaks: true, before: ":", after: "\\s+\\p{N}{1,3}\\.\\s+\\p{Lu}"),
      Rule(breaks: true, before: "(?:\\.\\.\\.|…)\(closers)", after: "\\s+[«“\"(]?\\p{Lu}"),
      Rule(breaks: false, before: "(?:\\.\\.\\.|…)\(closers)", after: "\\s"),
    ]
    if language == .greek {
      rules += [
        // Greek words end in a vowel, ς or ν: anything else before a period is an abbreviation.
        Rule(
          breaks: false, before: "(?<![\\p{L}])\\p{Ll}\\p{L}*[βγδζθκλμξπρστφχψ]\\.",
          after: "\\s+[\\p{Ll}\\p{N}]"),
        Rule(breaks: true, before: "[;\\u037E!?]\(closers)", after: "\\s+[^\\p{Ll}]"),
        Rule(breaks: true, before: "[\\p{L}\\p{N}]\\.\(closers)", after: "\\s"),
        // A quoted or bracketed sentence ends after its closing mark: «δεν θα έρθω». Μετά…
        Rule(breaks: true, before: "[»”\"’'\\)\\]]\\.\(closers)", after: "\\s"),
      ]
      if options.splitsAtAnoTeleia {
        rules.insert(Rule(breaks: true, before: "[·\\u0387]\(closers)", after: "\\s"), at: rules.count - 1)
      }
    } else {
      rules += [
        Rule(breaks: true, before: "[!?]+\(closers)", after: "\\s"),
        Rule(breaks: true, before: "\\.\(closers)", after: "\\s+[^\\p{Ll}]"),
      ]
    }
    return rules
  }

  static func escapedRegex(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\.^$|?*+()[]{}".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  static func escapedXML(_ text: String) -> String { XMLText.escaped(text) }
}
