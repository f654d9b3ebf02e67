import GlossaText

/// Abbreviations the sentence segmenter knows, by how they behave at a period, and the
/// words that begin sentences.
///
/// Lists are plain text, one entry per line under a section header:
///
///     # comments start with '#'
///     [title]      before a name: never ends a sentence (κ., Δρ., Mr.)
///     [inner]      inside a sentence: never ends one (π.χ., βλ., e.g.)
///     [may-end]    ends a sentence when a sentence starter follows (χλμ., κ.λπ., Inc.)
///     [numeric]    introduces a number: never ends a sentence before a digit (αριθ., No.)
///     [starters]   words that begin sentences (Ο, Η, Το, The, However)
///
/// The shipped lists are `Embedded/abbreviations-el.txt` and `-en.txt` in this module's folder;
/// users add their own with ``merged(with:)``.
public struct AbbreviationList: Sendable, Equatable {
  /// How an abbreviation behaves at the end of a sentence.
  public enum Kind: String, Sendable, CaseIterable {
    /// Comes before a name or noun; never ends a sentence.
    case title
    /// Sits inside a sentence; never ends one.
    case inner
    /// Can end a sentence; does when a sentence starter follows it.
    case mayEnd = "may-end"
    /// Introduces a number (αριθ. 5, No. 5, p. 12); before anything else it is a word.
    case numeric
  }

  /// Abbreviations (with their final period) and how each behaves.
  package private(set) var kinds: [String: Kind] = [:]
  /// Words that begin sentences, as written at the start of one.
  package private(set) var starters: Set<String> = []

  /// An empty list.
  public init() {}

  /// Parses a list in the format described above.
  ///
  /// - Parameter source: The file name to use in error messages.
  /// - Throws: ``AbbreviationListError`` for an unknown section or an entry before any section.
  public init(parsing text: String, source: String) throws(AbbreviationListError) {
    var section: String?
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = rawLine.trimmingWhitespace()
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        let name = String(line.dropFirst().dropLast())
        guard name == "starters" || Kind(rawValue: name) != nil else {
          throw AbbreviationListError(
            file: source, line: index + 1,
            message: "unknown section [\(name)]; expected "
              + "[title], [inner], [may-end], [numeric] or [starters]")
        }
        section = name
        continue
      }
      guard let section else {
        throw AbbreviationListError(
          file: source, line: index + 1, message: "'\(line)' comes before any [section]")
      }
      if section == "starters" {
        starters.insert(line)
      } else if let kind = Kind(rawValue: section) {
        let entry = line.hasSuffix(".") ? line : line + "."
        kinds[entry] = kind
      }
    }
  }

  /// The list shipped for `language`, parsed once per process: every segmenter starts from it,
  /// and a server makes one per request.
  package static func builtIn(for language: SegmentationLanguage) -> AbbreviationList {
    switch language {
    case .greek: greek
    case .english: english
    }
  }

  private static let greek = parsedBuiltIn(for: .greek)
  private static let english = parsedBuiltIn(for: .english)

  private static func parsedBuiltIn(for language: SegmentationLanguage) -> AbbreviationList {
    let name = "abbreviations-\(language.rawValue).txt"
    guard let text = EmbeddedData.files[name],
      let list = try? AbbreviationList(parsing: text, source: name)
    else {
      return AbbreviationList()  // unreachable: the build embeds and the tests parse the lists
    }
    return list
  }

  /// Returns this list with `other`'s entries added; `other` wins where both list an entry.
  public func merged(with other: AbbreviationList) -> AbbreviationList {
    var result = self
    result.kinds.merge(other.kinds) { _, new in new }
    result.starters.formUnion(other.starters)
    return result
  }

  /// How `abbreviation` (with its period) behaves, also when written with a capital first
  /// letter at the start of a sentence, or in capitals in a headline (`GEN.` for `Gen.`).
  package func kind(of abbreviation: Substring) -> Kind? {
    if let kind = kinds[String(abbreviation)] { return kind }
    guard let first = abbreviation.first, first.isUppercase else { return nil }
    let rest = abbreviation.dropFirst()
    if let kind = kinds[first.lowercased() + rest] { return kind }
    guard rest.contains(where: \.isUppercase) else { return nil }
    return kinds[String(first) + rest.lowercased()] ?? kinds[abbreviation.lowercased()]
  }

  /// Whether `word` is a sentence starter.
  package func isStarter(_ word: Substring) -> Bool { starters.contains(String(word)) }
}

/// A malformed abbreviation list.
public struct AbbreviationListError: CategorizedError, Hashable, Sendable {
  /// The list's file name.
  public let file: String
  /// The 1-based line of the problem.
  public let line: Int
  /// What is wrong.
  public let message: String

  /// Always ``GlossaText/ErrorCategory/malformedInput``.
  public var category: ErrorCategory { .malformedInput }

  /// `file:line: message`.
  public var description: String { "\(file):\(line): \(message)" }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
