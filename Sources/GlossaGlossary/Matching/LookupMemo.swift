import GlossaText

/// Remembers recent lookups: news text repeats its words (a few hundred make up half of any
/// article), so most tokens have been looked up before. Thread-safe; forgets everything when
/// it holds `capacity` terms, which keeps memory bounded without bookkeeping per hit.
final class LookupMemo: @unchecked Sendable {
  private let lock = Lock()
  // Guarded by `lock`.
  private var results: [FoldedKey: [GlossaryMatch]] = [:]
  private let capacity: Int

  init(capacity: Int = 50_000) { self.capacity = capacity }

  /// Forgets every lookup.
  func removeAll() { lock.withLock { results.removeAll() } }

  /// The remembered matches of `term`, or `compute`'s, remembered.
  func matches(for term: String, compute: () -> [GlossaryMatch]) -> [GlossaryMatch] {
    // Terms are compared byte by byte: another normalization of a term is another entry.
    let key = FoldedKey(term)
    if let known = lock.withLock({ results[key] }) { return known }
    let found = compute()
    lock.withLock {
      if results.count >= capacity { results.removeAll(keepingCapacity: true) }
      results[key] = found
    }
    return found
  }
}
