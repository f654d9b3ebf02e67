import GRDB
import GlossaText

/// A row of the `unit` table, as the memory reads it: a GRDB record whose columns are named
/// once, in ``Columns``.
package struct UnitRow: FetchableRecord, TableRecord {
  package static let databaseTableName = "unit"

  /// The `unit` table's columns the memory reads.
  package enum Columns {
    static let id = Column("id")
    static let sourceLanguage = Column("source_lang")
    static let targetLanguage = Column("target_lang")
    static let sourceText = Column("source_text")
    static let targetText = Column("target_text")
    static let sourceMarkup = Column("source_markup")
    static let targetMarkup = Column("target_markup")
    static let wordCount = Column("word_count")
    static let tuid = Column("tuid")
    static let usageCount = Column("usage_count")
    static let details = Column("details")
    /// Also stored: the source key exact matches and identical units are found by.
    static let sourceKey = Column("source_key")
  }

  /// The columns read, in the order ``init(row:)`` reads them.
  package static var databaseSelection: [any SQLSelectable] {
    [
      Columns.id, Columns.sourceLanguage, Columns.targetLanguage, Columns.sourceText, Columns.targetText,
      Columns.sourceMarkup, Columns.targetMarkup, Columns.wordCount, Columns.tuid, Columns.usageCount, Columns.details,
    ]
  }

  /// The selection as SQL, for the statements the import prepares once.
  static let columns = [
    "id", "source_lang", "target_lang", "source_text", "target_text", "source_markup", "target_markup", "word_count",
    "tuid", "usage_count", "details",
  ].joined(separator: ", ")

  package var id: Int64
  package var sourceLanguage: String
  package var targetLanguage: String
  package var sourceText: String
  package var targetText: String
  package var sourceMarkup: String?
  package var targetMarkup: String?
  package var wordCount: Int
  package var tuid: String?
  package var usageCount: Int
  package var details: String?

  /// A row made from its columns' values, as another store reads them.
  package init(
    id: Int64, sourceLanguage: String, targetLanguage: String, sourceText: String, targetText: String,
    sourceMarkup: String?, targetMarkup: String?, wordCount: Int, tuid: String?, usageCount: Int, details: String?
  ) {
    self.id = id
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.sourceText = sourceText
    self.targetText = targetText
    self.sourceMarkup = sourceMarkup
    self.targetMarkup = targetMarkup
    self.wordCount = wordCount
    self.tuid = tuid
    self.usageCount = usageCount
    self.details = details
  }

  /// Reads a row selected with ``databaseSelection`` (or ``columns``), by position: the
  /// fuzzy lookup reads a hundred rows per query, and positions cost no name lookups.
  package init(row: Row) {
    id = row[0]
    sourceLanguage = row[1]
    targetLanguage = row[2]
    sourceText = row[3]
    targetText = row[4]
    sourceMarkup = row[5]
    targetMarkup = row[6]
    wordCount = row[7]
    tuid = row[8]
    usageCount = row[9]
    details = row[10]
  }

  var source: Segment {
    sourceMarkup.map { Segment(markup: $0, text: sourceText) } ?? Segment(text: sourceText)
  }

  var target: Segment {
    targetMarkup.map { Segment(markup: $0, text: targetText) } ?? Segment(text: targetText)
  }

  package var translationUnit: TranslationUnit {
    var unit = TranslationUnit(
      source: source, target: target, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    if let stored = StoredDetails.decode(details) {
      unit.attributes = stored.attributes
      unit.properties = stored.properties
      unit.notes = stored.notes
      unit.sourceDetails = stored.source
      unit.targetDetails = stored.target
    }
    return unit
  }

  /// Whether the row holds `unit`'s content (see ``TranslationUnit/hasSameContent(as:)``).
  package func hasSameContent(as unit: TranslationUnit) -> Bool {
    sourceLanguage.lowercased() == unit.sourceLanguage.lowercased()
      && targetLanguage.lowercased() == unit.targetLanguage.lowercased()
      && Self.same(source.markup, unit.source.markup) && Self.same(target.markup, unit.target.markup)
  }

  /// Canonically equivalent texts, checked byte for byte first: an import compares every unit
  /// with the stored ones of the same key, and most that share a key are identical.
  private static func same(_ a: String, _ b: String) -> Bool {
    UTF8Bytes.equal(a, b) || a == b
  }

  /// The row with `id`, through a statement prepared once per connection: fuzzy lookups
  /// fetch a hundred rows per query, and preparing SQL each time would cost more than reading.
  static func fetch(id: Int64, in db: Database) throws -> UnitRow? {
    try fetchOne(db.cachedStatement(sql: "SELECT \(columns) FROM unit WHERE id = ?"), arguments: [id])
  }

  /// The rows whose source has the key `key` (see ``MatchTokens/key(of:)``).
  static func fetchAll(sourceKey key: Int64, in db: Database) throws -> [UnitRow] {
    try fetchAll(db.cachedStatement(sql: "SELECT \(columns) FROM unit WHERE source_key = ?"), arguments: [key])
  }

  static func fetchBatch(after id: Int64, limit: Int, sourceLanguage: String?, in db: Database) throws -> [UnitRow] {
    var request = filter(Columns.id > id)
    if let sourceLanguage { request = request.filter(Columns.sourceLanguage.lowercased == sourceLanguage.lowercased()) }
    return try request.order(Columns.id).limit(limit).fetchAll(db)
  }
}
