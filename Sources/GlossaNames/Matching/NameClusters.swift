import GlossaText

/// Groups spellings that name the same thing, without comparing every pair.
///
///     NameClusters.clusters(of: ["Βαλεριάνοφ", "Αθήνα", "Βαλεριάνωφ"])   // [[0, 2], [1]]
///
/// Candidates come from coarse phonetic keys (equal, or one insertion or deletion apart), as
/// in the glossary's index; each candidate pair is verified by ``VariantMatcher``. Spellings
/// are joined when the matcher calls them spellings of one name (accent, inflection, variant,
/// transliteration), not other forms of it (a pet form, a translation).
package enum NameClusters {
  /// Index groups of `spellings`, each group in ascending order, groups ordered by their
  /// first index.
  ///
  /// - Complexity: O(*n*) key lookups plus a comparison per candidate pair.
  package static func clusters(of spellings: [String], matcher: VariantMatcher = VariantMatcher()) -> [[Int]] {
    let prepared = spellings.map { PreparedName($0) }
    var table = PhoneticTable()
    for (index, name) in prepared.enumerated() {
      table.insert(UInt64(index), phones: name.phones)
    }
    var parent = Array(spellings.indices)
    func root(_ index: Int) -> Int {
      var index = index
      while parent[index] != index {
        parent[index] = parent[parent[index]]
        index = parent[index]
      }
      return index
    }
    for (index, name) in prepared.enumerated() {
      for candidate in table.candidates(for: name.phones) {
        let other = Int(candidate)
        guard other > index, root(other) != root(index) else { continue }
        if matcher.compare(name, prepared[other]).relation.isSpelling { parent[root(other)] = root(index) }
      }
    }
    var groups: [Int: [Int]] = [:]
    for index in spellings.indices { groups[root(index), default: []].append(index) }
    return groups.values.sorted { $0[0] < $1[0] }
  }
}
