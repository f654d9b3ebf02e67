import GlossaText
/// A document and its findings, as reporters receive them.
public struct FileReport: Sendable {
  public let document: Document
  public let findings: [Finding]

  public init(document: Document, findings: [Finding]) {
    self.document = document
    self.findings = findings
  }
}

/// Turns findings into output text.
public protocol Reporter {
  /// The name `--format` takes.
  static var identifier: String { get }
  /// The report for all files, ready to print.
  func report(_ files: [FileReport]) -> String
}

/// The output formats of `glossa lint`.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, sarif

  /// Makes the reporter for this format.
  ///
  /// - Parameter colored: Whether text output may use terminal colours.
  public func makeReporter(colored: Bool = false, toolVersion: String = "") -> any Reporter {
    switch self {
    case .text: TextReporter(colored: colored)
    case .json: JSONReporter()
    case .sarif: SARIFReporter(toolVersion: toolVersion)
    }
  }
}

/// A stable hash for fingerprints (Swift's `Hasher` changes per process): ``StableHash``.
func stableHash(_ text: String) -> String { StableHash.hex(of: text) }
