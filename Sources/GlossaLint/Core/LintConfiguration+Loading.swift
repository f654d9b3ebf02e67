import GlossaText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LintConfiguration {
  /// The name of the configuration file ``discover(from:)`` looks for.
  package static let fileName = ".glossa.yml"

  /// The nearest `.glossa.yml`: in `directory`, else in the closest parent that has one.
  ///
  /// - Returns: The file's path, or `nil` when no folder up to the root has one.
  public static func discover(from directory: String) -> String? {
    var directory = directory.isEmpty ? "." : directory
    while directory.count > 1 && directory.hasSuffix("/") { directory.removeLast() }
    while true {
      let candidate = directory == "/" ? "/" + fileName : "\(directory)/\(fileName)"
      if access(candidate, R_OK) == 0 { return candidate }
      guard let slash = directory.lastIndex(of: "/"), directory != "/" else { return nil }
      directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
    }
  }

  /// Reads a configuration file. Glossary paths in it are taken relative to the file.
  ///
  /// - Returns: The configuration and the warnings met.
  /// - Throws: ``GlossaText/TextInputError`` when the file cannot be read,
  ///   ``LintConfigurationError`` when it is not a YAML mapping.
  public static func load(path: String) throws -> (LintConfiguration, [InputWarning]) {
    try load(path: path, rules: RuleRegistry.all)
  }

  /// Reads a configuration file whose rule sections are checked against `rules`.
  package static func load(path: String, rules: [any LintRule.Type]) throws -> (
    LintConfiguration, [InputWarning]
  ) {
    let text = try TextFile.read(path)
    var (configuration, warnings) = try parse(text, file: path, rules: rules)
    let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    configuration.glossaryPaths = configuration.glossaryPaths.map { $0.hasPrefix("/") ? $0 : "\(directory)/\($0)" }
    warnings.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    return (configuration, warnings)
  }
}
