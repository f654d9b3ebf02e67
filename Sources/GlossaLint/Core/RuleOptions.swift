import Foundation
import GlossaText
import Yams

/// A rule's own settings beyond on/off and severity, read from the rule's mapping in
/// `.glossa.yml`. Each rule declares its options as a `Codable` type with defaults:
///
///     public struct Options: RuleOptions {
///       /// Also flag admitted forms, as notes.
///       public var admitted = false
///       public init() {}
///     }
///
/// and reads them with ``LintConfiguration/options(for:)``. Keys the type does not have are
/// reported as warnings; a value of the wrong type is a warning and the default stays.
public protocol RuleOptions: Codable, Sendable, Hashable {
  /// The defaults.
  init()
}

/// The options of a rule that has none.
public struct NoRuleOptions: RuleOptions {
  /// No options.
  public init() {}
}

extension LintRule {
  /// Reads this rule's options from the keys of its mapping other than `enabled` and
  /// `severity`, warning about unknown keys and bad values.
  static func decodeOptions(
    from entries: [(key: Node, value: Node)], file: String, warnings: inout [InputWarning]
  ) -> (any RuleOptions)? {
    guard !entries.isEmpty else { return nil }
    let known = Self.optionKeys
    var accepted: [(Node, Node)] = []
    for (key, value) in entries {
      if let name = key.string, known.contains(name) {
        accepted.append((key, value))
      } else {
        warnings.append(
          InputWarning(
            file: file, line: key.mark?.line,
            "unknown key '\(key.string ?? "")' for \(description.identifier); ignoring it"))
      }
    }
    guard !accepted.isEmpty else { return nil }
    do {
      // The options go back to YAML text and through the decoder, which reads YAML
      // booleans (`on`, `yes`) and numbers as the options' types expect.
      let yaml = try Yams.serialize(node: Node.mapping(Node.Mapping(accepted)))
      return try YAMLDecoder().decode(Options.self, from: yaml)
    } catch {
      warnings.append(
        InputWarning(
          file: file, line: accepted[0].0.mark?.line,
          "invalid options for \(description.identifier) (\(accepted.map { $0.0.string ?? "" }.joined(separator: ", "))); using the defaults"
        ))
      return nil
    }
  }

  /// The keys ``Options`` has: those its defaults encode to.
  static var optionKeys: Set<String> {
    guard let data = try? JSONEncoder().encode(Options()),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [] }
    return Set(object.keys)
  }
}
