import GlossaMemory
import PostgresNIO

/// The columns of `tm_unit` read as a ``UnitRow``, the row type the search and the SQLite
/// store share.
enum PostgresUnitRow {
  /// The columns, in the order ``decode(_:from:)`` reads them.
  static let columns =
    "id, source_lang, target_lang, source_text, target_text, source_markup, target_markup, word_count, tuid, usage_count, details"

  /// The unit in `row`, its columns from `start` on.
  static func decode(_ row: PostgresRow, from start: Int = 0) throws -> UnitRow {
    let cells = row.makeRandomAccess()
    return UnitRow(
      id: try cells[start].decode(Int64.self), sourceLanguage: try cells[start + 1].decode(String.self),
      targetLanguage: try cells[start + 2].decode(String.self), sourceText: try cells[start + 3].decode(String.self),
      targetText: try cells[start + 4].decode(String.self), sourceMarkup: try cells[start + 5].decode(String?.self),
      targetMarkup: try cells[start + 6].decode(String?.self), wordCount: Int(try cells[start + 7].decode(Int32.self)),
      tuid: try cells[start + 8].decode(String?.self), usageCount: Int(try cells[start + 9].decode(Int64.self)),
      details: try cells[start + 10].decode(String?.self))
  }
}
