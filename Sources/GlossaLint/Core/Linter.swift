import Dispatch
import GlossaDiagnostics
import GlossaGlossary
import GlossaICU
import GlossaSegmentation
import GlossaText

/// Runs the enabled rules over documents and applies the configured severities.
///
///     let linter = Linter(configuration: LintConfiguration(), glossary: .shipped)
///     let findings = try linter.lint(Document(path: "a.txt", text: "Η ↓Πιονγιάνγκ…"))
///
/// A linter is `Sendable`: ``lint(_:)-(Document)`` makes its own ICU tools for each call, and
/// ``lint(_:)-([Document])`` lints documents in parallel.
public struct Linter: Sendable {
  /// The configuration in effect.
  public let configuration: LintConfiguration
  /// The glossary names are checked against.
  public let glossary: Glossary?
  /// The word list that tells common words from names, if one is at hand.
  public let lexicon: Lexicon?
  private let rules: [any LintRule]

  /// Creates a linter with the rules the configuration enables.
  ///
  /// - Parameters:
  ///   - lexicon: A word list of the language (``GlossaText/Lexicon/installed()`` finds the
  ///     system's); without one, names are told from words by capitals and position alone.
  public init(
    configuration: LintConfiguration = LintConfiguration(), glossary: Glossary? = .shipped, lexicon: Lexicon? = nil
  ) {
    self.init(configuration: configuration, glossary: glossary, lexicon: lexicon, rules: RuleRegistry.all)
  }

  /// A linter running `rules` instead of Glossa's own.
  package init(
    configuration: LintConfiguration, glossary: Glossary?, lexicon: Lexicon?, rules: [any LintRule.Type]
  ) {
    self.configuration = configuration
    self.glossary = glossary
    self.lexicon = lexicon
    self.rules = rules.filter { configuration.isEnabled($0.description) }.map { $0.init() }
  }

  /// The identifiers of the rules that run.
  package var enabledRuleIdentifiers: [String] { rules.map { type(of: $0).description.identifier } }

  /// Lints one document.
  ///
  /// - Returns: Findings in text order.
  /// - Throws: ``ICUError`` if ICU's break iterators cannot be opened.
  package func lint(_ document: Document) throws(ICUError) -> [Finding] {
    let tools = try Tools()
    return lint(document, tools: tools)
  }

  /// Lints documents in parallel, one task per processor, and returns their findings in the
  /// documents' order.
  public func lint(_ documents: [Document]) throws(ICUError) -> [[Finding]] {
    let results = ResultsBox(count: documents.count)
    let workers = max(1, min(documents.count, System.processorCount))
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      guard let tools = try? Tools() else { return }
      while let index = next.take(below: documents.count) {
        results.set(index, lint(documents[index], tools: tools))
      }
    }
    return try results.values()
  }

  private func lint(_ document: Document, tools: Tools) -> [Finding] {
    let analysis = DocumentAnalysis(
      document: document, glossary: glossary, lexicon: lexicon, configuration: configuration,
      tokenizer: tools.tokenizer,
      segmenter: tools.segmenter)
    var findings: [Finding] = []
    for rule in rules {
      let description = type(of: rule).description
      let configured = configuration.rules[description.identifier]?.severity
      for var finding in rule.findings(in: analysis) {
        if let configured { finding.severity = configured }
        if configuration.ignores(finding.text) { continue }
        findings.append(finding)
      }
    }
    return findings.sorted {
      ($0.utf8Range.lowerBound, $0.utf8Range.upperBound) < ($1.utf8Range.lowerBound, $1.utf8Range.upperBound)
    }
  }

  /// The ICU-backed tools one thread needs.
  private struct Tools {
    let tokenizer: WordTokenizer
    let segmenter: SentenceSegmenter

    init() throws(ICUError) {
      tokenizer = try WordTokenizer(locale: "el")
      segmenter = try SentenceSegmenter(language: .greek)
    }
  }
}

/// Thread-safe slots for parallel results.
private final class ResultsBox: @unchecked Sendable {
  // Each slot is written by exactly one task; the lock orders writes with the final read.
  private var slots: [[Finding]?]
  private let lock = Lock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: [Finding]) { lock.withLock { slots[index] = value } }

  func values() throws(ICUError) -> [[Finding]] {
    try lock.withLock { () throws(ICUError) -> [[Finding]] in
      guard !slots.contains(where: { $0 == nil }) else { throw ICUError.illegalArgument }
      return slots.map { $0! }
    }
  }
}

/// A shared counter handing out indexes to parallel workers.
private final class Counter: @unchecked Sendable {
  // Guarded by `lock`.
  private var value = 0
  private let lock = Lock()

  func take(below limit: Int) -> Int? {
    lock.withLock {
      guard value < limit else { return nil }
      defer { value += 1 }
      return value
    }
  }
}
