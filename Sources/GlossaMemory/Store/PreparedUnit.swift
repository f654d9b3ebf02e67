/// A unit with everything worked out that an import needs before it touches the database:
/// source key, index tokens, word count, details as JSON. Making these is most of an
/// import's work and needs no database, so it runs on its own thread (see ``ImportPipeline``).
struct PreparedUnit: Sendable {
  let unit: TranslationUnit
  /// The source's key (see ``MatchTokens/key(of:)``): identical units share it.
  let sourceKey: Int64
  let sourceTokens: Set<String>
  let targetTokens: Set<String>
  let wordCount: Int
  let details: String?
  /// Whether a segment is empty, which makes the unit not worth keeping.
  let isEmpty: Bool

  init(_ unit: TranslationUnit) {
    self.unit = unit
    isEmpty = unit.source.text.allSatisfy(\.isWhitespace) || unit.target.text.allSatisfy(\.isWhitespace)
    if isEmpty {
      (sourceKey, sourceTokens, targetTokens, wordCount, details) = (0, [], [], 0, nil)
      return
    }
    (sourceTokens, wordCount, sourceKey) = MatchTokens.indexTokens(of: unit.source.text)
    targetTokens = MatchTokens.indexTokens(of: unit.target.text, forLookup: false).tokens
    details = StoredDetails(unit).json()
  }
}
