import Foundation
import GRDB

/// What the headers of the TMX files imported into a memory said beyond Glossa's own header:
/// their notes, their properties and their data type, kept in the `info` table so that an
/// export writes them again.
///
/// Notes and properties of every import are kept once each, in the order first met; the data
/// type is the one all imports agree on, else `unknown`.
struct StoredHeader: Codable, Equatable {
  var dataType: String?
  var notes: [TMXNote] = []
  var properties: [TMXProperty] = []

  /// The `info` key it is stored under.
  static let key = "tmx-header"

  /// The stored header, or an empty one.
  static func read(_ db: Database) throws -> StoredHeader {
    guard let json = try String.fetchOne(db, sql: "SELECT value FROM info WHERE key = ?", arguments: [key]),
      let header = try? JSONDecoder().decode(StoredHeader.self, from: Data(json.utf8))
    else { return StoredHeader() }
    return header
  }

  /// Adds what `header` holds to the stored header, in the transaction of the import.
  static func merge(_ header: TMXHeader, into db: Database) throws {
    var stored = try read(db)
    let before = stored
    if let dataType = header[attribute: "datatype"], !dataType.isEmpty {
      if stored.dataType == nil {
        stored.dataType = dataType
      } else if stored.dataType != dataType {
        stored.dataType = "unknown"
      }
    }
    for note in header.notes where !stored.notes.contains(note) { stored.notes.append(note) }
    for property in header.properties where !stored.properties.contains(property) {
      stored.properties.append(property)
    }
    guard stored != before else { return }
    let json = String(decoding: try JSONEncoder().encode(stored), as: UTF8.self)
    try db.execute(sql: "INSERT OR REPLACE INTO info (key, value) VALUES (?, ?)", arguments: [key, json])
  }

  /// `writer`'s header with these notes, properties and data type.
  func apply(to writer: inout TMXWriter) {
    writer.header.notes += notes
    writer.header.properties += properties
    if let dataType, let index = writer.header.attributes.firstIndex(where: { $0.name == "datatype" }) {
      writer.header.attributes[index].value = dataType
    }
  }
}
