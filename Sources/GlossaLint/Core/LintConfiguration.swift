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
    public var isEnabled: Bool?
    public var severity: Severity?
    /// Rule-specific settings, such as `admitted: on` for `non-canonical-name`.
    public var options: [String: String]

    public init(isEnabled: Bool? = nil, severity: Severity? = nil, options: [String: String] = [:]) {
      self.isEnabled = isEnabled
      self.severity = severity
      self.options = options
    }
  }

  /// The defaults: every rule as its description says, the shipped glossaries.
  public init() {}

  /// Whether `rule` runs.
  public func isEnabled(_ rule: RuleDescription) -> Bool {
    rules[rule.identifier]?.isEnabled ?? rule.isEnabledByDefault
  }

  /// The severity of `rule`'s findings.
  public func severity(of rule: RuleDescription) -> Severity {
    rules[rule.identifier]?.severity ?? rule.defaultSeverity
  }

  /// Whether `word` is on the ignore list.
  public func ignores(_ word: String) -> Bool {
    !ignoredWords.isEmpty && ignoredWords.contains(TextFolder.shared.key(word))
  }

  /// Reads a configuration file.
  ///
  /// - Parameter knownRules: Rule identifiers; others are reported as warnings.
  /// - Returns: The configuration and the warnings (one line each, naming the file and line).
  /// - Throws: ``LintConfigurationError`` when the file is not YAML or not a mapping.
  public static func parse(_ text: String, file: String, knownRules: Set<String>) throws(LintConfigurationError) -> (
    LintConfiguration, [String]
  ) {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw LintConfigurationError(file: file, message: "not valid YAML: \(error)")
    }
    var configuration = LintConfiguration()
    configuration.source = file
    var warnings: [String] = []
    guard let root else { return (configuration, warnings) }
    guard let mapping = root.mapping else {
      throw LintConfigurationError(file: file, message: "expected a mapping with rules, glossaries and ignore")
    }
    func place(_ node: Node) -> String { "\(file):\((node.mark?.line ?? 0))" }
    for (keyNode, value) in mapping {
      guard let key = keyNode.string else { continue }
      switch key {
      case "rules":
        for (ruleNode, setting) in value.mapping ?? [:] {
          guard let rule = ruleNode.string else { continue }
          guard knownRules.contains(rule) else {
            warnings.append("\(place(ruleNode)): warning: unknown rule '\(rule)'; ignoring it")
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
                warnings.append("\(place(setting)): warning: unknown setting '\(word)' for \(rule); ignoring it")
              }
            }
          } else if let settings = setting.mapping {
            var ruleSettings = RuleSettings()
            for (nameNode, valueNode) in settings {
              switch nameNode.string {
              case "enabled": ruleSettings.isEnabled = valueNode.bool
              case "severity":
                if let severity = valueNode.string.flatMap(Severity.init(rawValue:)) {
                  ruleSettings.severity = severity
                } else {
                  warnings.append("\(place(valueNode)): warning: unknown severity; use error, warning or note")
                }
              case "admitted" where rule == "non-canonical-name":
                ruleSettings.options["admitted"] = (valueNode.bool ?? (valueNode.string == "on")) ? "on" : "off"
              default:
                warnings.append("\(place(nameNode)): warning: unknown key '\(nameNode.string ?? "")'; ignoring it")
              }
            }
            configuration.rules[rule] = ruleSettings
          }
        }
      case "glossaries":
        configuration.glossaryPaths = (value.sequence ?? [value]).compactMap(\.string)
      case "ignore":
        configuration.ignoredWords = Set((value.sequence ?? []).compactMap(\.string).map { TextFolder.shared.key($0) })
      default:
        warnings.append("\(place(keyNode)): warning: unknown key '\(key)'; ignoring it")
      }
    }
    return (configuration, warnings)
  }
}

/// A configuration file that cannot be read at all.
public struct LintConfigurationError: CategorizedError, Hashable, Sendable {
  /// The configuration file.
  public let file: String
  /// What is wrong.
  public let message: String
  /// Always ``GlossaText/ErrorCategory/malformedInput``.
  public var category: ErrorCategory { .malformedInput }
  /// `file: message`.
  public var description: String { "\(file): \(message)" }
}
