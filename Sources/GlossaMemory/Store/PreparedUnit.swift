/// A unit with everything worked out that an import needs before it touches the database:
/// content hash, index tokens, word count, details as JSON. Making these is most of an
/// import's work and needs no database, so it runs on its own thread (see ``ImportPipeline``).
struct PreparedUnit: Sendable {
  let unit: TranslationUnit
  let hash: Int64
  let sourceTokens: Set<String>
  let targetTokens: Set<String>
  let wordCount: Int
  let details: String?
  /// Whether a segment is empty, which makes the unit not worth keeping.
  let isEmpty: Bool

  init(_ unit: TranslationUnit) {
    self.unit = unit
    isEmpty = unit.source.text.allSatisfy(\.isWhitespace) || unit.target.text.allSatisfy(\.isWhitespace)
    hash = UnitWriter.contentHash(unit)
    if isEmpty {
      (sourceTokens, targetTokens, wordCount, details) = ([], [], 0, nil)
      return
    }
    (sourceTokens, wordCount) = MatchTokens.indexTokens(of: unit.source.text)
    targetTokens = MatchTokens.indexTokens(of: unit.target.text, readsNames: false).tokens
    details = StoredDetails(unit).json()
  }
}
