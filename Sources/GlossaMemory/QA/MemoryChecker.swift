import GlossaDiagnostics
import GlossaGlossary
import GlossaText

/// Quality checks over translation units, like those of Xbench or Okapi CheckMate:
///
/// - `same-source-different-targets`: a source translated two ways (case, accents and
///   spacing aside);
/// - `same-target-different-sources`: one translation for two different sources;
/// - `missing-name`: a glossary name on one side and not on the other (Πιονγκγιάνγκ in the
///   Greek, no Pyongyang in the English);
/// - `non-canonical-name`: a glossary name in a form the glossary marks deprecated or
///   superseded;
/// - `number-mismatch`: numbers that differ between source and target (1.000 and 1,000 agree).
///
/// Feed units one by one with ``check(_:at:)``; repeated sources are compared across everything
/// fed so far, in constant memory per distinct segment.
public final class MemoryChecker {
  /// The glossary names are checked against; `nil` checks no names.
  public let glossary: Glossary?
  /// What was found so far, in the order found.
  public private(set) var findings: [Finding] = []
  private var targetsBySource: [Int: (target: String, location: UnitLocation)] = [:]
  private var sourcesByTarget: [Int: (source: String, location: UnitLocation)] = [:]

  /// A checker with nothing seen yet.
  public init(glossary: Glossary?) { self.glossary = glossary }

  /// Checks one unit.
  public func check(_ unit: TranslationUnit, at location: UnitLocation) {
    let pair = unit.sourceLanguage.lowercased() + "\u{1}" + unit.targetLanguage.lowercased()
    let sourceKey = TextFolder.shared.folded(Self.spaced(unit.source.text))
    let targetKey = TextFolder.shared.folded(Self.spaced(unit.target.text))
    let sourceHash = (pair + "\u{2}" + sourceKey).hashValue
    let targetHash = (pair + "\u{3}" + targetKey).hashValue
    if let earlier = targetsBySource[sourceHash] {
      if earlier.target != targetKey {
        add(
          "same-source-different-targets", .warning,
          "this source is translated differently at \(earlier.location)", location, related: earlier.location)
      }
    } else {
      targetsBySource[sourceHash] = (targetKey, location)
    }
    if let earlier = sourcesByTarget[targetHash] {
      if earlier.source != sourceKey {
        add(
          "same-target-different-sources", .note,
          "this translation is also given for another source at \(earlier.location)", location,
          related: earlier.location)
      }
    } else {
      sourcesByTarget[targetHash] = (sourceKey, location)
    }
    checkNumbers(unit, at: location)
    if let glossary { checkNames(unit, glossary: glossary, at: location) }
  }

  private func checkNumbers(_ unit: TranslationUnit, at location: UnitLocation) {
    let source = NumberScanner.numbers(in: unit.source.text).sorted()
    let target = NumberScanner.numbers(in: unit.target.text).sorted()
    guard source != target else { return }
    let onlySource = Self.difference(source, target)
    let onlyTarget = Self.difference(target, source)
    var parts: [String] = []
    if !onlySource.isEmpty { parts.append("\(onlySource.joined(separator: ", ")) only in the source") }
    if !onlyTarget.isEmpty { parts.append("\(onlyTarget.joined(separator: ", ")) only in the target") }
    add("number-mismatch", .warning, "numbers differ: " + parts.joined(separator: "; "), location)
  }

  private func checkNames(_ unit: TranslationUnit, glossary: Glossary, at location: UnitLocation) {
    // Names heard rather than read (an unlisted spelling that sounds like an entry) are too
    // loose to report on: only listed forms, their case forms and other-script forms count.
    let sourceMentions = glossary.mentions(in: unit.source.text).filter { $0.reason != .variant }
    let targetMentions = glossary.mentions(in: unit.target.text)
    for (mentions, language, side) in [
      (sourceMentions, unit.sourceLanguage, "source"), (targetMentions, unit.targetLanguage, "target"),
    ] {
      for mention in mentions {
        let canonical = TermLanguage(code: language).flatMap { mention.entry.canonicalForm(in: $0) }
        let nonCanonical = mention.form.status == .deprecated || mention.form.status == .superseded
        guard nonCanonical, mention.reason != .variant, let canonical, canonical != mention.form else { continue }
        add(
          "non-canonical-name", .warning,
          "'\(mention.text)' in the \(side) is not the glossary's form; write '\(canonical.text)'", location)
      }
    }
    guard let targetLanguage = TermLanguage(code: unit.targetLanguage),
      let sourceLanguage = TermLanguage(code: unit.sourceLanguage), targetLanguage != sourceLanguage
    else { return }
    let targetEntries = Set(targetMentions.map(\.entry.id))
    var reported = Set<String>()
    for mention in sourceMentions where !targetEntries.contains(mention.entry.id) && !reported.contains(mention.entry.id) {
      guard let expected = mention.entry.canonicalForm(in: targetLanguage) else { continue }
      reported.insert(mention.entry.id)
      add(
        "missing-name", .warning,
        "'\(mention.text)' in the source has no '\(expected.text)' (or another form of it) in the target", location)
    }
  }

  private func add(
    _ rule: String, _ severity: Severity, _ message: String, _ location: UnitLocation, related: UnitLocation? = nil
  ) {
    findings.append(Finding(ruleID: rule, severity: severity, message: message, unit: location, related: related))
  }

  private static func spaced(_ text: String) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `a` less `b`, as multisets.
  private static func difference(_ a: [String], _ b: [String]) -> [String] {
    var rest = b
    return a.filter { value in
      if let index = rest.firstIndex(of: value) {
        rest.remove(at: index)
        return false
      }
      return true
    }
  }
}

extension TermLanguage {
  /// The glossary language of a language tag (`el-GR` → Greek), if the glossary has it.
  init?(code: String) {
    self.init(rawValue: String(code.lowercased().prefix { $0.isLetter }))
  }
}
