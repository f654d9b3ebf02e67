import Foundation
import GlossaMemory
import GlossaText
import PostgresNIO

/// Writes an import's units into an open transaction of a team memory, a batch at a time:
/// identical units already stored are locked and merged, new ones inserted in one statement,
/// and the index's postings gathered and written as new chunks (see ``PostingChunks``).
///
/// Identity is a unique key (``UnitIdentity``): when another import stores the same unit at
/// the same moment, the insert waits for it and the unit is merged into the one it stored, so
/// that no unit is ever stored twice and usage counts add up exactly.
struct PostgresUnitWriter {
  private let session: PostgresSession
  /// What warnings name.
  private let name: String
  /// The tokens by side and number (see ``ImportPipeline``).
  private var tokens: [[String]] = [[], []]
  /// New postings by side and token number, packed as they come.
  private var postings: [[PackedChunk]] = [[], []]
  private var pending = 0
  /// The tokens that got postings, by side: merged afterwards when they have many chunks.
  private(set) var touched: [Set<String>] = [[], []]

  /// How many bytes of packed postings are gathered before they are written as chunks: well over
  /// a million units of news, so that most imports write one chunk a word.
  static let flushBytes = 192 << 20
  /// The most units one insert statement carries.
  static let insertRows = 2_000
  /// How many units are gathered from the pipeline's batches before they go to the database
  /// together: fewer, larger statements.
  static let roundUnits = 2_000

  /// Units gathered for the next round, with their identities.
  private var gathered: [(PreparedUnit, UnitIdentity)] = []

  init(session: PostgresSession, name: String) {
    self.session = session
    self.name = name
  }

  /// A unit to insert: the first of its identity in the batch, with the identical ones after it.
  private struct NewUnit {
    let prepared: PreparedUnit
    let identity: UnitIdentity
    /// The unit as stored, merged with the identical ones after it.
    var merged: TranslationUnit?
    var later: [TranslationUnit] = []
  }

  /// Adds one batch of the pipeline, counting into `report`.
  mutating func add(_ batch: [ImportPipeline.Item], report: inout ImportReport) throws {
    for item in batch {
      switch item {
      case .skip(let reason):
        report.skipped += 1
        warn(reason, in: &report)
      case .unit(let prepared):
        for side in 0..<2 where !prepared.newTokens[side].isEmpty {
          tokens[side] += prepared.newTokens[side]
          postings[side] += Array(repeating: PackedChunk(), count: prepared.newTokens[side].count)
        }
        let unit = prepared.unit
        if prepared.isEmpty {
          report.skipped += 1
          warn(
            InputWarning(file: name, "a unit with an empty segment ('\(unit.source.text.prefix(40))'); skipped"),
            in: &report)
        } else if unit.sourceLanguage.isEmpty || unit.targetLanguage.isEmpty {
          // The schema refuses it, as the SQLite store's does: counted, and the import goes on.
          report.failed += 1
          let column = unit.sourceLanguage.isEmpty ? "source_lang" : "target_lang"
          warn(
            InputWarning(
              file: name,
              "a unit could not be stored ('\(unit.source.text.prefix(40))'): CHECK constraint failed: \(column) <> ''"),
            in: &report)
        } else {
          gathered.append((prepared, UnitIdentity(of: unit)))
        }
      }
    }
    if gathered.count >= Self.roundUnits { try store(report: &report) }
  }

  /// Stores the gathered units: merges those already stored, inserts the others.
  private mutating func store(report: inout ImportReport) throws {
    let candidates = gathered
    gathered = []
    guard !candidates.isEmpty else { return }
    var stored = try lockStored(Set(candidates.map(\.1)))
    var changed: Set<UnitIdentity> = []
    var new: [NewUnit] = []
    var newByIdentity: [UnitIdentity: Int] = [:]
    for (prepared, identity) in candidates {
      if let row = stored[identity] {
        stored[identity] = (row.id, row.unit.merged(with: prepared.unit))
        changed.insert(identity)
        report.merged += 1
      } else if let index = newByIdentity[identity] {
        let base = new[index].merged ?? Self.stored(prepared: new[index].prepared)
        new[index].merged = base.merged(with: prepared.unit)
        new[index].later.append(prepared.unit)
        report.merged += 1
      } else {
        newByIdentity[identity] = new.count
        new.append(NewUnit(prepared: prepared, identity: identity))
        report.added += 1
      }
    }
    // Units another import stored meanwhile: merged into the stored ones instead.
    var lost: [NewUnit] = []
    for start in stride(from: 0, to: new.count, by: Self.insertRows) {
      let part = Array(new[start..<min(new.count, start + Self.insertRows)])
      let ids = try insert(part)
      var inserted: [(UInt32, PreparedUnit)] = []
      for unit in part {
        if let id = ids[unit.identity] {
          inserted.append((id, unit.prepared))
        } else {
          lost.append(unit)
        }
      }
      for (id, prepared) in inserted.sorted(by: { $0.0 < $1.0 }) { file(prepared, as: id) }
    }
    if !lost.isEmpty {
      let others = try lockStored(Set(lost.map(\.identity)))
      for unit in lost {
        guard let row = stored[unit.identity] ?? others[unit.identity] else {
          throw PostgresStoreError(location: session.location, "a unit could be neither inserted nor found")
        }
        var merged = row.unit.merged(with: unit.prepared.unit)
        for later in unit.later { merged = merged.merged(with: later) }
        stored[unit.identity] = (row.id, merged)
        changed.insert(unit.identity)
        report.added -= 1
        report.merged += 1
      }
    }
    try update(changed.map { stored[$0]! })
    if pending >= Self.flushBytes { try flush() }
  }

  /// Stores the units still gathered and writes the postings.
  mutating func finish(report: inout ImportReport) throws {
    try store(report: &report)
    try flush()
  }

  private func warn(_ warning: InputWarning, in report: inout ImportReport) {
    if report.warnings.count < TranslationMemory.warningLimit { report.warnings.append(warning) }
  }

  /// The unit `prepared` becomes once stored and read back, which is what later identical
  /// units are merged into.
  private static func stored(prepared: PreparedUnit) -> TranslationUnit {
    let unit = prepared.unit
    return UnitRow(
      id: 0, sourceLanguage: unit.sourceLanguage, targetLanguage: unit.targetLanguage, sourceText: unit.source.text,
      targetText: unit.target.text, sourceMarkup: prepared.sourceMarkup, targetMarkup: prepared.targetMarkup,
      wordCount: prepared.wordCount, tuid: unit.id, usageCount: unit.usageCount, details: prepared.details
    ).translationUnit
  }

  /// The stored units with these identities, locked until the transaction ends (in order of
  /// row number, so that imports lock rows in one order).
  private func lockStored(_ identities: Set<UnitIdentity>) throws -> [UnitIdentity: (id: Int64, unit: TranslationUnit)]
  {
    var binds = PostgresBindings()
    binds.append(identities.map(\.buffer))
    var found: [UnitIdentity: (id: Int64, unit: TranslationUnit)] = [:]
    for row in try session.rows(
      "SELECT identity, \(PostgresUnitRow.columns) FROM tm_unit WHERE identity = ANY($1) ORDER BY id FOR UPDATE",
      binds)
    {
      let identity = try row.makeRandomAccess()[0].decode(ByteBuffer.self)
      let unit = try PostgresUnitRow.decode(row, from: 1)
      found[UnitIdentity(identity)] = (unit.id, unit.translationUnit)
    }
    return found
  }

  /// Inserts `units`, skipping those another import has stored; the row numbers given, by identity.
  private func insert(_ units: [NewUnit]) throws -> [UnitIdentity: UInt32] {
    guard !units.isEmpty else { return [:] }
    var binds = PostgresBindings(capacity: units.count * 17)
    var rows: [String] = []
    for unit in units {
      let prepared = unit.prepared
      let original = prepared.unit
      let current = unit.merged ?? original
      let base = binds.count
      rows.append("(" + (1...17).map { "$\(base + $0)" }.joined(separator: ", ") + ")")
      binds.append(unit.identity.buffer)
      binds.append(prepared.sourceKey)
      binds.append(original.sourceLanguage)
      binds.append(original.targetLanguage)
      binds.append(original.source.text)
      binds.append(original.target.text)
      binds.append(prepared.sourceMarkup)
      binds.append(prepared.targetMarkup)
      binds.append(Int32(prepared.wordCount))
      Self.appendMergeable(current, details: unit.merged.map(\.storedDetails) ?? prepared.details, to: &binds)
    }
    let sql = """
      INSERT INTO tm_unit (identity, source_key, source_lang, target_lang, source_text, target_text, source_markup,
        target_markup, word_count, tuid, created_at, changed_at, created_by, changed_by, usage_count, document, details)
      VALUES \(rows.joined(separator: ", "))
      ON CONFLICT (identity) DO NOTHING RETURNING id, identity
      """
    var ids: [UnitIdentity: UInt32] = [:]
    for row in try session.rows(sql, binds) {
      let (id, identity) = try row.decode((Int64, ByteBuffer).self)
      guard id > 0, id <= Int64(UInt32.max) else {
        throw PostgresStoreError(location: session.location, "unit number \(id) is beyond what the index holds")
      }
      ids[UnitIdentity(identity)] = UInt32(id)
    }
    return ids
  }

  /// Binds the columns merging changes, in table order: tuid, created_at, changed_at,
  /// created_by, changed_by, usage_count, document, details.
  private static func appendMergeable(_ unit: TranslationUnit, details: String?, to binds: inout PostgresBindings) {
    binds.append(unit.id)
    binds.append(unit[attribute: "creationdate"])
    binds.append(unit[attribute: "changedate"])
    binds.append(unit.creationUser)
    binds.append(unit.changeUser)
    binds.append(Int64(unit.usageCount))
    binds.append(unit.document)
    binds.append(details)
  }

  /// Writes the merged details of stored units.
  private func update(_ units: [(id: Int64, unit: TranslationUnit)]) throws {
    for start in stride(from: 0, to: units.count, by: Self.insertRows) {
      let part = units[start..<min(units.count, start + Self.insertRows)]
      var binds = PostgresBindings(capacity: part.count * 9)
      var rows: [String] = []
      for (id, unit) in part {
        let base = binds.count
        rows.append(
          "($\(base + 1)::bigint, $\(base + 2)::text, $\(base + 3)::text, $\(base + 4)::text, $\(base + 5)::text, "
            + "$\(base + 6)::text, $\(base + 7)::bigint, $\(base + 8)::text, $\(base + 9)::text)")
        binds.append(id)
        Self.appendMergeable(unit, details: unit.storedDetails, to: &binds)
      }
      try session.rows(
        """
        UPDATE tm_unit AS u SET tuid = v.tuid, created_at = v.created_at, changed_at = v.changed_at,
          created_by = v.created_by, changed_by = v.changed_by, usage_count = v.usage_count, document = v.document,
          details = v.details
        FROM (VALUES \(rows.joined(separator: ", "))) AS v(id, tuid, created_at, changed_at, created_by, changed_by,
          usage_count, document, details)
        WHERE u.id = v.id
        """, binds)
    }
  }

  /// Files the postings of an inserted unit.
  private mutating func file(_ prepared: PreparedUnit, as id: UInt32) {
    for side in 0..<2 {
      pending += postings[side].withUnsafeMutableBufferPointer { lists in
        prepared.tokens[side].reduce(0) { sum, number in sum + lists[Int(number)].append(id) }
      }
    }
  }

  /// Writes the gathered postings, one new chunk per token.
  private mutating func flush() throws {
    for side in 0..<2 {
      var names: [String] = []
      var counts: [Int32] = []
      var lists: [ByteBuffer] = []
      var skips: [ByteBuffer] = []
      func write() throws {
        guard !names.isEmpty else { return }
        try PostingChunks.insert(side: side, tokens: names, counts: counts, postings: lists, skips: skips, in: session)
        (names, counts, lists, skips) = ([], [], [], [])
      }
      for number in postings[side].indices where postings[side][number].count > 0 {
        let chunk = postings[side][number]
        postings[side][number] = PackedChunk()
        names.append(tokens[side][number])
        counts.append(Int32(chunk.count))
        lists.append(ByteBuffer(bytes: chunk.bytes))
        // An empty skip table for a short list: stored as NULL.
        skips.append(ByteBuffer(bytes: chunk.count >= PostingList.skipThreshold ? chunk.skips : []))
        touched[side].insert(tokens[side][number])
        if names.count >= 5_000 { try write() }
      }
      try write()
    }
    pending = 0
  }
}

/// The postings of one word gathered by an import, packed as ``PostingList`` packs a list, with
/// its skip table built as it grows.
private struct PackedChunk {
  var bytes: [UInt8] = []
  var skips: [UInt8] = []
  var count = 0
  var last: UInt32 = 0

  /// Appends a unit number larger than the last; returns how many bytes it took.
  mutating func append(_ id: UInt32) -> Int {
    let before = bytes.count + skips.count
    PostingList.append(id, to: &bytes, skips: &skips, count: count, last: last)
    count += 1
    last = id
    return bytes.count + skips.count - before
  }
}
