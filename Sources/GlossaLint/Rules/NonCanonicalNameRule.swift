import GlossaDiagnostics
import GlossaGlossary

/// Flags a glossary form marked deprecated (an error) or superseded (a warning), and, when
/// the configuration asks (`non-canonical-name: { admitted: on }`), admitted forms as notes.
/// The fix writes the canonical form in the case the text used (του Κρεμλήνου → του Κρεμλίνου).
public struct NonCanonicalNameRule: LintRule {
  /// `non-canonical-name: { admitted: on }` in `.glossa.yml`.
  public struct Options: RuleOptions {
    /// Also flag admitted forms, as notes (with a suggestion, never a fix).
    public var admitted = false

    /// The defaults: admitted forms pass.
    public init() {}
  }

  /// What the rule flags, with its examples.
  package static let description = RuleDescription(
    identifier: "non-canonical-name",
    name: "Non-canonical name",
    summary: "A name spelled in a form the glossary marks deprecated or superseded.",
    defaultSeverity: .warning,
    nonTriggeringExamples: [
      Example("Ο Σεργκέι Λαβρόφ έφτασε στην Άγκυρα."),
      Example("Η αντιπροσωπεία έφτασε στην Πιονγκγιάνγκ."),
      Example("Η Πιονγιάνγκ απάντησε."),
    ],
    triggeringExamples: [
      Example("Ο ↓Σεργκέι Λαβρώφ έφτασε στην Άγκυρα."),
      Example("Οι συνομιλίες στο ↓Kiev συνεχίστηκαν· η ↓Σουαζιλάνδη άλλαξε όνομα."),
    ],
    corrections: [
      (Example("Ο ↓Σεργκέι Λαβρώφ έφτασε."), Example("Ο Σεργκέι Λαβρόφ έφτασε."))
    ])

  /// The rule.
  package init() {}

  /// Deprecated, superseded and (when configured) admitted glossary forms in the document.
  package func findings(in analysis: DocumentAnalysis) -> [Finding] {
    let includeAdmitted = analysis.configuration.options(for: Self.self).admitted
    return analysis.mentions.compactMap { mention in
      let status = mention.form.status
      guard status != .preferred, status != .admitted || includeAdmitted,
        let canonical = mention.entry.canonicalForm(in: mention.form.language), canonical != mention.form
      else { return nil }
      let fixed = mention.entry.rewrite(mention.text, matching: mention.form, as: canonical)
      var result = finding(
        "'\(mention.text)' is a \(status.rawValue) form of \(canonical.text); write '\(fixed)'",
        at: mention.utf8Range, in: analysis, suggestion: fixed,
        fix: status == .admitted ? nil : Replacement(utf8Range: mention.utf8Range, text: fixed),
        entryID: mention.entry.id)
      result.severity =
        switch status {
        case .deprecated: .error
        case .superseded: .warning
        default: .note
        }
      return result
    }
  }
}
