import GRDB

/// A row of the `unit` table.
struct UnitRow {
  var id: Int64
  var sourceLanguage: String
  var targetLanguage: String
  var sourceText: String
  var targetText: String
  var sourceMarkup: String?
  var targetMarkup: String?
  var wordCount: Int
  var tuid: String?
  var usageCount: Int
  var details: String?

  static let columns =
    "id, source_lang, target_lang, source_text, target_text, source_markup, target_markup, word_count, tuid, usage_count, details"

  init(_ row: Row) {
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

  var translationUnit: TranslationUnit {
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
  func hasSameContent(as unit: TranslationUnit) -> Bool {
    sourceLanguage.lowercased() == unit.sourceLanguage.lowercased()
      && targetLanguage.lowercased() == unit.targetLanguage.lowercased() && source.markup == unit.source.markup
      && target.markup == unit.target.markup
  }

  static func fetch(id: Int64, in db: Database) throws -> UnitRow? {
    try Row.fetchOne(db.cachedStatement(sql: "SELECT \(columns) FROM unit WHERE id = ?"), arguments: [id]).map(
      UnitRow.init)
  }

  static func fetchBatch(after id: Int64, limit: Int, sourceLanguage: String?, in db: Database) throws -> [UnitRow] {
    if let sourceLanguage {
      return try Row.fetchAll(
        db, sql: "SELECT \(columns) FROM unit WHERE id > ? AND lower(source_lang) = lower(?) ORDER BY id LIMIT ?",
        arguments: [id, sourceLanguage, limit]
      ).map(UnitRow.init)
    }
    return try Row.fetchAll(
      db, sql: "SELECT \(columns) FROM unit WHERE id > ? ORDER BY id LIMIT ?", arguments: [id, limit]
    )
    .map(UnitRow.init)
  }
}
