import GlossaDiagnostics
import GlossaGlossary

/// A quality check over translation units, fed one unit at a time (`glossa tm check`).
///
/// Like a lint rule, a check describes itself with examples that are also its tests
/// (``UnitCheckDescription``); a check that compares units across the memory keeps what it
/// needs of the units seen so far.
package protocol UnitCheck: AnyObject {
  /// The check's identifier, summary, default severity and examples.
  static var description: UnitCheckDescription { get }

  /// A check with nothing seen yet.
  init()

  /// The findings about the analysed unit, which is at `location`.
  func check(_ analysis: UnitAnalysis, at location: UnitLocation) -> [Finding]
}

extension UnitCheck {
  /// A finding of this check about the unit at `location`, at the check's default severity.
  func finding(_ message: String, at location: UnitLocation, related: UnitLocation? = nil) -> Finding {
    Finding(
      ruleID: Self.description.metadata.identifier, severity: Self.description.metadata.defaultSeverity,
      message: message, unit: location, related: related)
  }
}

/// What a unit check is, with units it must flag and units it must pass.
package struct UnitCheckDescription: Sendable {
  /// Identifier, name, summary and default severity, as reporters show them.
  package let metadata: RuleMetadata
  /// Unit sequences the check must pass without a finding.
  package let nonTriggeringExamples: [[UnitExample]]
  /// Unit sequences whose last unit the check must flag (and no other).
  package let triggeringExamples: [[UnitExample]]

  /// A description.
  package init(metadata: RuleMetadata, nonTriggeringExamples: [[UnitExample]], triggeringExamples: [[UnitExample]]) {
    self.metadata = metadata
    self.nonTriggeringExamples = nonTriggeringExamples
    self.triggeringExamples = triggeringExamples
  }
}

/// A Greek → English unit in a check's examples.
package struct UnitExample: Sendable {
  /// The Greek source.
  package let source: String
  /// The English translation.
  package let target: String
  /// Where the example is written, for test failures.
  package let file: String
  /// The line of the example.
  package let line: Int

  /// An example unit.
  package init(_ source: String, _ target: String, file: String = #filePath, line: Int = #line) {
    self.source = source
    self.target = target
    self.file = file
    self.line = line
  }

  /// The unit the example stands for.
  package var unit: TranslationUnit {
    TranslationUnit(source: source, target: target, sourceLanguage: "el", targetLanguage: "en")
  }
}

/// Every unit check, registered in one place.
public enum UnitCheckRegistry {
  /// The checks, in the order their findings are listed for one unit.
  package static var all: [any UnitCheck.Type] {
    [
      SameSourceDifferentTargetsCheck.self,
      SameTargetDifferentSourcesCheck.self,
      NumberMismatchCheck.self,
      NonCanonicalNameCheck.self,
      MissingNameCheck.self,
    ]
  }

  /// What reporters say about every check.
  public static var metadata: [RuleMetadata] { all.map { $0.description.metadata } }
}
