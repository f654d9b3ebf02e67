import Foundation
import GRDB

/// What the headers of the TMX files imported into a memory said beyond Glossa's own header:
/// their notes, their properties and their data type, kept with the memory (as JSON) so that an
/// export writes them again.
///
/// Notes and properties of every import are kept once each, in the order first met; the data
/// type is the one all imports agree on, else `unknown`.
package struct StoredHeader: Codable, Equatable, Sendable {
  package var dataType: String?
  package var notes: [TMXNote] = []
  package var properties: [TMXProperty] = []

  /// The key it is stored under.
  package static let key = "tmx-header"

  /// An empty header.
  package init() {}

  /// The header stored as `json`, or an empty one.
  package init(json: String?) {
    guard let json, let header = try? JSONDecoder().decode(StoredHeader.self, from: Data(json.utf8)) else {
      self.init()
      return
    }
    self = header
  }

  /// The header as stored.
  package var json: String {
    String(decoding: (try? JSONEncoder().encode(self)) ?? Data("{}".utf8), as: UTF8.self)
  }

  /// This header with what `header` holds added.
  package func merging(_ header: TMXHeader) -> StoredHeader {
    var stored = self
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
    return stored
  }

  /// The stored header of a SQLite memory, or an empty one.
  static func read(_ db: Database) throws -> StoredHeader {
    StoredHeader(json: try String.fetchOne(db, sql: "SELECT value FROM info WHERE key = ?", arguments: [key]))
  }

  /// Adds what `header` holds to the stored header, in the transaction of the import.
  static func merge(_ header: TMXHeader, into db: Database) throws {
    let before = try read(db)
    let stored = before.merging(header)
    guard stored != before else { return }
    try db.execute(sql: "INSERT OR REPLACE INTO info (key, value) VALUES (?, ?)", arguments: [key, stored.json])
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
