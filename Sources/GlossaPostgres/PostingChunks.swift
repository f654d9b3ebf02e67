import Foundation
import GlossaMemory
import PostgresNIO

/// A token's posting list is stored in chunks: every import adds one chunk per token it
/// touched, so that writers never update the same row, and chunks are merged again now and
/// then (see ``PostgresMemory``). Readers put the chunks together.
enum PostingChunks {
  /// How many chunks a token may gather before an import merges them.
  static let mergeThreshold = 8

  /// One list from `chunks` (each packed as ``PostingList`` packs a list, with its count): the
  /// unit numbers in order, with a skip table when the list is long.
  static func merged(_ chunks: [(count: Int, bytes: Data, skips: Data?)]) -> (
    count: Int, postings: Data, skips: Data?
  )? {
    guard !chunks.isEmpty else { return nil }
    let postings: Data
    let count: Int
    if chunks.count == 1 {
      (count, postings) = (chunks[0].count, chunks[0].bytes)
      // A long list keeps the skip table written with it.
      if count >= PostingList.skipThreshold, let skips = chunks[0].skips, !skips.isEmpty {
        return (count, postings, skips)
      }
    } else {
      let ids = ids(of: chunks.map(\.bytes))
      (count, postings) = (ids.count, Data(PostingList.encode(ids)))
    }
    let skips = count >= PostingList.skipThreshold ? Data(PostingList.skipTable(of: postings)) : nil
    return (count, postings, skips)
  }

  /// Writes one chunk per token: `postings` packed, `skips` empty for a short list.
  static func insert(
    side: Int, tokens: [String], counts: [Int32], postings: [ByteBuffer], skips: [ByteBuffer],
    in session: PostgresSession
  ) throws {
    var binds = PostgresBindings()
    binds.append(Int16(side))
    binds.append(tokens)
    binds.append(counts)
    binds.append(postings)
    binds.append(skips)
    try session.rows(
      """
      INSERT INTO tm_posting (side, token, unit_count, postings, skips)
      SELECT $1, token, unit_count, postings, nullif(skips, ''::bytea)
      FROM unnest($2::text[], $3::integer[], $4::bytea[], $5::bytea[]) AS c(token, unit_count, postings, skips)
      """, binds)
  }

  /// The unit numbers of several chunks, in order, each once. Chunks written by imports running
  /// at the same time may interleave.
  static func ids(of chunks: [Data]) -> [UInt32] {
    var ids: [UInt32] = []
    for chunk in chunks { ids += PostingList.decode(chunk) }
    ids.sort()
    var unique: [UInt32] = []
    unique.reserveCapacity(ids.count)
    for id in ids where unique.last != id { unique.append(id) }
    return unique
  }
}
