import GlossaText

/// Where a translation memory lives: the embedded SQLite file (``TranslationMemory``) or a
/// database server shared by a team. Every store holds the same units with the same details,
/// merges identical units the same way, and answers fuzzy lookups and concordance searches
/// with the same results, so that commands and the server work on any of them.
///
/// Importing and exporting TMX, and adding units, are built on these requirements once for
/// every store. (A protocol of the package: the stores' own types are public.)
package protocol MemoryStore: AnyObject, Sendable {
  /// What messages call the memory: its file, or its database URL without the password.
  var path: String { get }

  /// Adds the units `produce` gives to the sink, merging each into an identical unit already
  /// there, as one transaction: a failure or a kill keeps none of them. With `dryRun`
  /// everything is checked and counted, then undone. `header` is kept for exports.
  ///
  /// - Throws: Whatever `produce` throws (then nothing is kept), or ``MemoryError``.
  func importUnits(dryRun: Bool, header: TMXHeader?, _ produce: (UnitSink) throws -> Void) throws -> ImportReport

  /// Units whose source is like `sentence`, best first: see
  /// ``TranslationMemory/matches(for:sourceLanguage:targetLanguage:minimumScore:limit:)``.
  func matches(
    for sentence: String, sourceLanguage: String?, targetLanguage: String?, minimumScore: Double, limit: Int
  ) throws -> [FuzzyMatch]

  /// How `sentence` scores against the unit with row number `unitID`, found or not.
  func match(for sentence: String, unitID: Int64) throws -> FuzzyMatch?

  /// Units holding `text` as consecutive words: see ``TranslationMemory/concordance(_:side:limit:)``.
  func concordance(_ text: String, side: TranslationMemory.Side, limit: Int) throws -> [ConcordanceHit]

  /// The row numbers of the units with `tuid`.
  func unitIDs(withTuid tuid: String) throws -> [Int64]

  /// The unit with row number `id`.
  func unit(id: Int64) throws -> TranslationUnit?

  /// How many units the memory holds.
  func count() throws -> Int

  /// Counts what the memory holds.
  func statistics() throws -> MemoryStatistics

  /// Every unit, in the order they were added, read `batchSize` at a time.
  func forEachUnit(sourceLanguage: String?, batchSize: Int, _ body: (TranslationUnit) throws -> Void) throws

  /// What the headers of imported TMX files said beyond Glossa's own: written again on export.
  func storedHeader() throws -> StoredHeader

  /// Imports a TMX file: each `tu` gives one unit per language besides the source language.
  /// (See ``MemoryImports/importTMX(path:into:sourceLanguage:dryRun:progress:)``, what every
  /// store does unless it must also, say, try again.)
  func importTMX(
    path: String, sourceLanguage: String?, dryRun: Bool, progress: (@Sendable (ImportProgress) -> Void)?
  ) throws -> ImportReport

  /// Adds units made elsewhere (by the aligner, or one by one), in one transaction.
  func add(_ units: [TranslationUnit]) throws -> ImportReport
}

extension MemoryStore {
  /// Units whose source is like `sentence`, at or above `minimumScore`, at most `limit`.
  package func matches(
    for sentence: String, sourceLanguage: String? = nil, targetLanguage: String? = nil, minimumScore: Double = 70,
    limit: Int = 5
  ) throws -> [FuzzyMatch] {
    try matches(
      for: sentence, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, minimumScore: minimumScore,
      limit: limit)
  }

  /// Every unit, in the order they were added.
  package func forEachUnit(sourceLanguage: String? = nil, _ body: (TranslationUnit) throws -> Void) throws {
    try forEachUnit(sourceLanguage: sourceLanguage, batchSize: 2000, body)
  }
}
