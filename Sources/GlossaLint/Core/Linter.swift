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

  /// The size of the pieces a long document is read in, in UTF-8 bytes.
  ///
  /// A document longer than this is tokenized, segmented and checked one piece at a time
  /// (pieces end at line breaks, at a blank line where one is near), so memory grows with the
  /// piece, not the document; names are still compared across the whole document.
  package var pieceSize = 64 << 10

  private func lint(_ document: Document, tools: Tools) -> [Finding] {
    let ranges = document.pieceRanges(size: pieceSize)
    var next = ranges.makeIterator()
    return lintPieces(
      {
        next.next().map { range in
          ranges.count == 1 ? (document, 0) : (document.piece(range), range.lowerBound)
        }
      }, line: { document.location(ofUTF8Offset: $0).line }, tools: tools)
  }

  /// Lints a plain-text file as it is read, one piece at a time, without keeping its text:
  /// memory grows with a piece (``pieceSize``), not with the file. The findings are those
  /// ``lint(_:)-(Document)`` finds in the same text; the returned line index places them.
  ///
  /// - Parameters:
  ///   - lossy: Replace bytes that are not UTF-8 with U+FFFD instead of throwing.
  ///   - maximumLineLength: The longest line accepted, in bytes.
  /// - Throws: ``GlossaText/TextInputError`` naming the file (and the line, for bad bytes or a
  ///   line too long), or ``ICUError``.
  package func lintFile(
    at path: String, lossy: Bool = false, maximumLineLength: Int = LineReader.defaultMaximumLineLength
  ) throws -> (findings: [Finding], lines: FileLineIndex) {
    let tools = try Tools()
    let reader = try PieceReader(path: path, pieceSize: pieceSize, lossy: lossy, maximumLineLength: maximumLineLength)
    let findings = try lintPieces({ try reader.next() }, line: { reader.lines.line(ofUTF8Offset: $0) }, tools: tools)
    return (findings, reader.lines)
  }

  /// Runs the rules over the pieces `next` hands out (each with its offset in the whole) and
  /// then compares the names gathered across all of them.
  private func lintPieces(
    _ next: () throws -> (document: Document, offset: Int)?, line: @escaping (Int) -> Int, tools: Tools
  ) rethrows -> [Finding] {
    // The one rule that compares the whole document (a name's spellings far apart) gathers its
    // names piece by piece and decides at the end; the others see each piece on its own.
    var names = InconsistentSpellingRule.NameCollection()
    var findings: [Finding] = []
    while let (piece, offset) = try next() {
      let analysis = self.analysis(of: piece, tools: tools)
      for rule in rules {
        if let spelling = rule as? InconsistentSpellingRule {
          spelling.collect(from: analysis, offset: offset, into: &names)
        } else {
          configure(rule.findings(in: analysis).map { $0.shifted(by: offset) }, of: rule, into: &findings)
        }
      }
    }
    let context = InconsistentSpellingRule.NameContext(glossary: glossary, lexicon: lexicon, line: line)
    for case let spelling as InconsistentSpellingRule in rules {
      configure(spelling.findings(from: names, context: context), of: spelling, into: &findings)
    }
    findings.sort {
      ($0.utf8Range.lowerBound, $0.utf8Range.upperBound) < ($1.utf8Range.lowerBound, $1.utf8Range.upperBound)
    }
    return findings
  }

  /// An analysis of `document`; its tokens and sentences are worked out when a rule asks.
  private func analysis(of document: Document, tools: Tools) -> DocumentAnalysis {
    DocumentAnalysis(
      document: document, glossary: glossary, lexicon: lexicon, configuration: configuration,
      tokenizer: tools.tokenizer, segmenter: tools.segmenter)
  }

  /// Adds `rule`'s findings at their configured severity, leaving out ignored text.
  private func configure(_ ruleFindings: [Finding], of rule: any LintRule, into findings: inout [Finding]) {
    let configured = configuration.rules[type(of: rule).description.identifier]?.severity
    for var finding in ruleFindings {
      if let configured { finding.severity = configured }
      if configuration.ignores(finding.text) { continue }
      findings.append(finding)
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
