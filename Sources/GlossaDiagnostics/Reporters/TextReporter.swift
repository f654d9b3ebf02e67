/// Compiler-style lines, `path:line:column: warning: message [rule-id]`, coloured on a
/// terminal. Columns count Unicode scalars. Findings about units start with the unit's place
/// (`memory.tmx:12 [tuid]`).
package struct TextReporter: Reporter {
  /// The name `--format` takes: `text`.
  package static let identifier = "text"
  let colored: Bool

  /// A reporter; `colored` paints severities with terminal colours.
  package init(colored: Bool = false) { self.colored = colored }

  /// One line per finding, files in the order given.
  package func report(_ files: [FileReport]) -> String {
    var output = ""
    for file in files {
      for finding in file.findings {
        let severity = colored ? paint(finding.severity) : finding.severity.rawValue
        let rule = colored ? "\u{1B}[2m[\(finding.ruleID)]\u{1B}[0m" : "[\(finding.ruleID)]"
        output += "\(file.place(of: finding)): \(severity): \(finding.message) \(rule)\n"
      }
    }
    return output
  }

  private func paint(_ severity: Severity) -> String {
    let code =
      switch severity {
      case .error: "31"
      case .warning: "33"
      case .note: "36"
      }
    return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
  }
}
