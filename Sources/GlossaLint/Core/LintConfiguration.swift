import GlossaDiagnostics
import GlossaText
import Yams

/// What a `.glossa.yml` file (or the defaults) says: which rules run at which severity,
/// which glossaries to use, and which words never to flag.
///
///     rules:
///       accented-monosyllable: off
///       non-canonical-name:
///         severity: error
///       inconsistent-spelling: warning
///     glossaries:
///       - glossaries/
///     ignore:
///       - Πιονγιάνγκ
///
/// A rule's value is `on`, `off`, a severity (`error`, `warning`, `note`), or a mapping with
/// `enabled` and `severity`. Unknown keys and rules are warnings, and the rest applies.
public struct LintConfiguration: Sendable {
  /// Per-rule settings; rules not listed use their defaults.
  public var rules: [String: RuleSettings] = [:]
  /// Glossary files or folders, relative to the configuration file; empty for the shipped ones.
  public var glossaryPaths: [String] = []
  /// Words and names never flagged (compared folded: case and accents do not matter).
  public var ignoredWords: Set<String> = []
  /// The file the configuration came from, if any.
  public var source: String?

  /// A rule's settings.
  public struct RuleSettings: Sendable, Equatable {
    /// Whether the rule runs; `nil` for its default.
    package var isEnabled: Bool?
    /// The severity of its findings; `nil` for its default.
    package var severity: Severity?
    /// The rule's own options (its ``LintRule/Options``), such as `admitted: on` for
    /// `non-canonical-name`; `nil` for the defaults.
    package var options: (any RuleOptions)?

    /// Settings for one rule.
    public init(isEnabled: Bool? = nil, severity: Severity? = nil, options: (any RuleOptions)? = nil) {
      self.isEnabled = isEnabled
      self.severity = severity
      self.options = options
    }

    /// Settings are equal when switch, severity and options are.
    public static func == (lhs: RuleSettings, rhs: RuleSettings) -> Bool {
      lhs.isEnabled == rhs.isEnabled && lhs.severity == rhs.severity
        && lhs.options.map { AnyHashable($0) } == rhs.options.map { AnyHashable($0) }
    }
  }

  /// The options configured for `rule`, or its defaults.
  package func options<Rule: LintRule>(for rule: Rule.Type) -> Rule.Options {
    (rules[Rule.description.identifier]?.options as? Rule.Options) ?? Rule.Options()
  }

  /// The defaults: every rule as its description says, the shipped glossaries.
  public init() {}

  /// Whether `rule` runs.
  package func isEnabled(_ rule: RuleDescription) -> Bool {
    rules[rule.identifier]?.isEnabled ?? rule.isEnabledByDefault
  }

  /// The severity of `rule`'s findings.
  package func severity(of rule: RuleDescription) -> Severity {
    rules[rule.identifier]?.severity ?? rule.defaultSeverity
  }

  /// Whether `word` is on the ignore list.
  package func ignores(_ word: String) -> Bool {
    !ignoredWords.isEmpty && ignoredWords.contains(TextFolder.shared.key(word))
  }

  /// Reads configuration text.
  ///
  /// - Parameter rules: The rules there are; others are reported as warnings.
  /// - Returns: The configuration and the warnings (each naming the file and line).
  /// - Throws: ``LintConfigurationError`` when the text is not YAML or not a mapping.
  package static func parse(
    _ text: String, file: String, rules known: [any LintRule.Type] = RuleRegistry.all
  ) throws(LintConfigurationError) -> (LintConfiguration, [InputWarning]) {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw LintConfigurationError(file: file, message: "not valid YAML: \(error)")
    }
    var configuration = LintConfiguration()
    configuration.source = file
    var warnings: [InputWarning] = []
    guard let root else { return (configuration, warnings) }
    guard let mapping = root.mapping else {
      throw LintConfigurationError(file: file, message: "expected a mapping with rules, glossaries and ignore")
    }
    func warn(_ node: Node, _ message: String) {
      warnings.append(InputWarning(file: file, line: node.mark?.line, message))
    }
    // A list of texts, or one text alone; anything else is warned about.
    func strings(in value: Node, key: String) -> [String] {
      var result: [String] = []
      for item in value.sequence.map(Array.init) ?? [value] {
        if let text = item.scalar?.string, item.mapping == nil, item.sequence == nil {
          result.append(text)
        } else {
          warn(item, "'\(key)' takes texts; ignoring an entry that is not one")
        }
      }
      return result
    }
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else { continue }
      // `key:` with nothing after it (or ~, null) sets nothing.
      if let scalar = value.scalar?.string, ["", "~", "null"].contains(scalar) { continue }
      switch key {
      case "rules":
        guard let ruleMapping = value.mapping else {
          warn(value, "'rules' takes a mapping of rule names to settings; ignoring it")
          continue
        }
        for (ruleNode, setting) in ruleMapping {
          guard let rule = ruleNode.string else { continue }
          guard let ruleType = known.first(where: { $0.description.identifier == rule }) else {
            warn(ruleNode, "unknown rule '\(rule)'; ignoring it")
            continue
          }
          if let word = setting.string {
            switch word.lowercased() {
            case "on", "true", "yes": configuration.rules[rule] = RuleSettings(isEnabled: true)
            case "off", "false", "no": configuration.rules[rule] = RuleSettings(isEnabled: false)
            default:
              if let severity = Severity(rawValue: word.lowercased()) {
                configuration.rules[rule] = RuleSettings(isEnabled: true, severity: severity)
              } else {
                warn(setting, "unknown setting '\(word)' for \(rule); ignoring it")
              }
            }
          } else if let settings = setting.mapping {
            var ruleSettings = RuleSettings()
            var optionEntries: [(key: Node, value: Node)] = []
            for (nameNode, valueNode) in settings {
              switch nameNode.string {
              case "enabled": ruleSettings.isEnabled = valueNode.bool
              case "severity":
                if let severity = valueNode.string.flatMap(Severity.init(rawValue:)) {
                  ruleSettings.severity = severity
                } else {
                  warn(valueNode, "unknown severity; use error, warning or note")
                }
              default:
                optionEntries.append((nameNode, valueNode))
              }
            }
            ruleSettings.options = ruleType.decodeOptions(from: optionEntries, file: file, warnings: &warnings)
            configuration.rules[rule] = ruleSettings
          } else {
            warn(setting, "\(rule) takes on, off, a severity or a mapping of settings; ignoring it")
          }
        }
      case "glossaries":
        configuration.glossaryPaths = strings(in: value, key: key)
      case "ignore":
        // One word alone is a list of one (ignore: Λαβρώφ).
        configuration.ignoredWords = Set(strings(in: value, key: key).map { TextFolder.shared.key($0) })
      default:
        warn(keyNode, "unknown key '\(key)'; ignoring it")
      }
    }
    return (configuration, warnings)
  }
}

/// A configuration file that cannot be read at all.
package struct LintConfigurationError: CategorizedError, Hashable, Sendable {
  /// The configuration file.
  package let file: String
  /// What is wrong.
  package let message: String
  /// Always ``GlossaText/ErrorCategory/malformedInput``.
  package var category: ErrorCategory { .malformedInput }
  /// `file: message`.
  package var description: String { "\(file): \(message)" }
}
