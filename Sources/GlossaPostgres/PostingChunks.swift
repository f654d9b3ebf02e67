import Foundation
import GlossaMemory

/// A token's posting list is stored in chunks: every import adds one chunk per token it
/// touched, so that writers never update the same row, and chunks are merged again now and
/// then (see ``PostgresMemory``). Readers put the chunks together.
enum PostingChunks {
  /// How many chunks a token may gather before an import merges them.
  static let mergeThreshold = 8

  /// One list from `chunks` (each packed as ``PostingList`` packs a list, with its count): the
  /// unit numbers in order, with a skip table when the list is long.
  static func merged(_ chunks: [(count: Int, bytes: Data)]) -> (count: Int, postings: Data, skips: Data?)? {
    guard !chunks.isEmpty else { return nil }
    let postings: Data
    let count: Int
    if chunks.count == 1 {
      (count, postings) = (chunks[0].count, chunks[0].bytes)
    } else {
      let ids = ids(of: chunks.map(\.bytes))
      (count, postings) = (ids.count, Data(PostingList.encode(ids)))
    }
    let skips = count >= PostingList.skipThreshold ? Data(PostingList.skipTable(of: postings)) : nil
    return (count, postings, skips)
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
