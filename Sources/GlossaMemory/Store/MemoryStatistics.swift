import GRDB

/// What a memory holds.
public struct MemoryStatistics: Hashable, Sendable {
  /// Units by language pair, most first.
  public struct Pair: Hashable, Sendable {
    /// The source language tag.
    public var sourceLanguage: String
    /// The target language tag.
    public var targetLanguage: String
    /// Units in this pair.
    public var units: Int

    package init(sourceLanguage: String, targetLanguage: String, units: Int) {
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
      self.units = units
    }
  }

  /// Units in all.
  public var units: Int
  /// Units by language pair, most first.
  public var pairs: [Pair]
  /// Distinct indexed tokens of source and target segments.
  public var sourceTokens: Int
  /// Distinct indexed tokens of target segments.
  public var targetTokens: Int
  /// Units with inline markup, with a `tuid`, used at least once.
  public var unitsWithMarkup: Int
  /// Units with a `tuid`.
  public var unitsWithID: Int
  /// Units used at least once (`usagecount` above 0).
  public var usedUnits: Int
  /// The earliest and latest creation dates, as TMX writes them.
  public var earliestCreation: String?
  /// The latest creation date, as TMX writes it.
  public var latestCreation: String?
  /// The database's size in bytes: the file's, or the tables' and indexes' on a server.
  public var fileBytes: Int

  package init(
    units: Int, pairs: [Pair], sourceTokens: Int, targetTokens: Int, unitsWithMarkup: Int, unitsWithID: Int,
    usedUnits: Int, earliestCreation: String?, latestCreation: String?, fileBytes: Int
  ) {
    self.units = units
    self.pairs = pairs
    self.sourceTokens = sourceTokens
    self.targetTokens = targetTokens
    self.unitsWithMarkup = unitsWithMarkup
    self.unitsWithID = unitsWithID
    self.usedUnits = usedUnits
    self.earliestCreation = earliestCreation
    self.latestCreation = latestCreation
    self.fileBytes = fileBytes
  }
}

extension TranslationMemory {
  /// Counts what the memory holds.
  public func statistics() throws(MemoryError) -> MemoryStatistics {
    try read { db in
      let pairs = try Row.fetchAll(
        db,
        sql:
          """
          SELECT MIN(source_lang), MIN(target_lang), COUNT(*) FROM unit GROUP BY lower(source_lang), lower(target_lang)
          ORDER BY 3 DESC, lower(source_lang), lower(target_lang)
          """
      ).map { MemoryStatistics.Pair(sourceLanguage: $0[0], targetLanguage: $0[1], units: $0[2]) }
      let counts = try Row.fetchOne(
        db,
        sql: """
          SELECT COUNT(*), SUM(source_markup IS NOT NULL OR target_markup IS NOT NULL),
            COUNT(tuid), SUM(usage_count > 0), MIN(created_at), MAX(created_at) FROM unit
          """)!
      let tokens = try Row.fetchAll(
        db, sql: "SELECT side, COUNT(*) FROM term WHERE instr(token, '#') = 0 GROUP BY side")
      let pageCount = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
      return MemoryStatistics(
        units: counts[0], pairs: pairs,
        sourceTokens: tokens.first { ($0[0] as Int) == 0 }.map { $0[1] } ?? 0,
        targetTokens: tokens.first { ($0[0] as Int) == 1 }.map { $0[1] } ?? 0,
        unitsWithMarkup: counts[1] ?? 0, unitsWithID: counts[2], usedUnits: counts[3] ?? 0,
        earliestCreation: counts[4], latestCreation: counts[5], fileBytes: pageCount * pageSize)
    }
  }
}
