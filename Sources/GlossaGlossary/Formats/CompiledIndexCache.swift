import GlossaText

/// Glossary indexes kept in Glossa's cache folder, so a large glossary's index is built once,
/// not on every run: later runs read the compiled tables back and prepare forms for comparison
/// only as lookups reach them.
///
/// An index is found by a hash of its entries (everything the parsers read from the files,
/// in order), of the index's layout version, of Glossa's and of the program's build (the
/// size and time of its file: what is filed depends on the folding, declension and phonetics
/// code): a changed entry, file, version or build misses the cache and builds the index
/// again. A damaged cache file fails its checks and is ignored.
package enum CompiledIndexCache {
  /// Glossaries with fewer entries build their index faster than they would read it.
  static let minimumEntryCount = 200

  /// The most indexes kept; older ones are removed as new ones are stored.
  static let maximumCachedFiles = 16

  /// The index of `entries`: from the cache when it holds one for these very entries, else
  /// built and stored.
  ///
  /// - Parameter cachePath: Where the cached file of a name goes (Glossa's cache folder by
  ///   default); `nil` for no cache.
  static func index(
    of entries: [GlossaryEntry], cachePath: (String) -> String? = CacheFolder.path(for:)
  ) -> GlossaryIndex {
    guard entries.count >= minimumEntryCount, let path = cachePath("index-\(key(of: entries)).bin") else {
      return GlossaryIndex(entries: entries)
    }
    if let bytes = try? TextFile.readBytes(path), let index = GlossaryIndex(compiled: bytes, entries: entries) {
      return index
    }
    let index = GlossaryIndex(entries: entries)
    try? TextFile.writeAtomically(bytes: index.compiled, to: path)
    CacheFolder.prune(besides: path, prefix: "index-", keeping: maximumCachedFiles)
    return index
  }

  /// The cache key: a hash of the entries' binary form and the versions.
  static func key(of entries: [GlossaryEntry]) -> String {
    var hash = StableHash()
    hash.combine("\(GlossaryIndex.version)|\(Glossa.version)|\(CacheFolder.buildStamp)|")
    let bytes = ParsedGlossaryCache.encode((entries, []))
    bytes.withUnsafeBufferPointer { hash.combine(bytes: $0) }
    return hash.hex
  }
}
