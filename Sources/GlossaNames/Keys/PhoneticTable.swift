import GlossaText

/// Things indexed by the coarse phonetic keys of their names, for finding the spellings that
/// may be another spelling of a query without comparing it with every one.
///
/// Each thing is filed under its coarse keys (`exact`) and under those keys with one letter
/// deleted (`deleted`). A query finds things with its own key in either table, and things
/// whose key is its own with one letter deleted in `exact`: one inserted or dropped sound
/// either way. Candidates are then verified by ``VariantMatcher``.
///
/// Things are numbered by their owner (the glossary packs entry and form into one number):
/// the table is not generic, so lookups from other modules run specialized code.
///
/// - Complexity: Insertion and lookup are O(*k*) hash probes for a key of *k* letters.
package struct PhoneticTable: Sendable {
  private var exact: [CoarseKey: [UInt64]] = [:]
  private var deleted: [CoarseKey: [UInt64]] = [:]

  package init() {}

  /// The keys a thing with `phones` is filed under: worked out apart from filing, so that many
  /// things' keys can be computed in parallel.
  package struct Keys: Sendable {
    fileprivate let exact: [CoarseKey]
    fileprivate let deleted: [CoarseKey]

    /// The keys of `phones`.
    package init(phones: [Phone]) {
      var exactKeys = Set<CoarseKey>()
      var deletedKeys = Set<CoarseKey>()
      for coarse in NameKeys.coarseKeys(of: phones) {
        exactKeys.insert(coarse)
        for key in NameKeys.deletionNeighbourhood(of: coarse).dropFirst() { deletedKeys.insert(key) }
      }
      exact = Array(exactKeys)
      deleted = Array(deletedKeys.subtracting(exactKeys))
    }
  }

  /// Files `ref` under the keys of `phones`.
  package mutating func insert(_ ref: UInt64, phones: [Phone]) {
    insert(ref, keys: Keys(phones: phones))
  }

  /// Files `ref` under keys worked out before.
  package mutating func insert(_ ref: UInt64, keys: Keys) {
    for key in keys.exact { exact[key, default: []].append(ref) }
    for key in keys.deleted { deleted[key, default: []].append(ref) }
  }

  /// The things whose key equals a key of `phones` or is one insertion or deletion away.
  package func candidates(for phones: [Phone]) -> [UInt64] {
    Self.candidates(
      for: phones, exact: { Self.add(exact[$0] ?? [], to: &$1) }, deleted: { Self.add(deleted[$0] ?? [], to: &$1) })
  }

  /// The candidates of `phones` from tables kept elsewhere (a glossary's compiled index):
  /// `exact` and `deleted` add the things filed under a key in each table to a list, each
  /// thing once.
  package static func candidates(
    for phones: [Phone], exact: (CoarseKey, inout [UInt64]) -> Void, deleted: (CoarseKey, inout [UInt64]) -> Void
  ) -> [UInt64] {
    var result: [UInt64] = []
    for coarse in NameKeys.coarseKeys(of: phones) {
      exact(coarse, &result)
      deleted(coarse, &result)
      for key in NameKeys.deletionNeighbourhood(of: coarse).dropFirst() { exact(key, &result) }
    }
    return result
  }

  /// Appends to `result` the things of `refs` it does not hold yet. Candidate lists are
  /// short: a linear check dedupes them faster than a set.
  @inline(__always)
  private static func add(_ refs: some Sequence<UInt64>, to result: inout [UInt64]) {
    for ref in refs where !result.contains(ref) { result.append(ref) }
  }

  /// The lists of the table of exact keys, or of the table of keys with a letter deleted, in
  /// no particular order: for compiling the table into another form.
  package func lists(exact isExact: Bool) -> [(key: CoarseKey, refs: [UInt64])] {
    (isExact ? exact : deleted).map { ($0.key, $0.value) }
  }
}
