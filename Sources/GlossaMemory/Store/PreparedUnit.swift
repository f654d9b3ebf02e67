/// A unit with everything worked out that an import needs before it touches the database:
/// source key, index tokens, word count, details as JSON, markup worth storing. Making these is
/// most of an import's work and needs no database, so it runs on other threads (see
/// ``ImportPipeline``).
///
/// A class, so that batches of them move between threads and get their token numbers without
/// copying each unit's strings; one thread at a time uses it.
package final class PreparedUnit: @unchecked Sendable {
  package let unit: TranslationUnit
  /// The source's key (see ``MatchTokens/key(of:)``): identical units share it.
  package let sourceKey: Int64
  /// The distinct index tokens by side (0 source, 1 target), until ``number(with:)`` numbers them.
  private var indexTokens: [[IndexToken]]
  /// The numbers of the index tokens by side: see ``TokenInterner``.
  package private(set) var tokens: [[UInt32]] = [[], []]
  /// The tokens that got their numbers with this unit, by side, in the order of their numbers.
  package private(set) var newTokens: [[String]] = [[], []]
  package let wordCount: Int
  package let details: String?
  /// The markup of each side worth storing: `nil` where it is the text escaped.
  package let sourceMarkup: String?
  package let targetMarkup: String?
  /// Whether a segment is empty, which makes the unit not worth keeping.
  package let isEmpty: Bool

  /// Works out everything but the token numbers; units are prepared on several threads at once.
  init(_ unit: TranslationUnit) {
    self.unit = unit
    isEmpty = unit.source.text.allSatisfy(\.isWhitespace) || unit.target.text.allSatisfy(\.isWhitespace)
    if isEmpty {
      (sourceKey, indexTokens, wordCount, details, sourceMarkup, targetMarkup) = (0, [[], []], 0, nil, nil, nil)
      return
    }
    let source = MatchTokens.indexTokens(of: unit.source.text)
    let target = MatchTokens.indexTokens(of: unit.target.text, forLookup: false)
    (sourceKey, wordCount) = (source.key, source.wordCount)
    indexTokens = [source.tokens, target.tokens]
    details = StoredDetails(unit).json()
    sourceMarkup = unit.source.hasInlineMarkup ? unit.source.markup : nil
    targetMarkup = unit.target.hasInlineMarkup ? unit.target.markup : nil
  }

  /// Numbers the tokens; units are numbered one at a time, in order.
  func number(with interner: TokenInterner) {
    for side in 0..<2 {
      tokens[side] = interner.numbers(of: indexTokens[side], side: side, new: &newTokens[side])
    }
    indexTokens = [[], []]
  }
}
