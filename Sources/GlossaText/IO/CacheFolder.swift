import Foundation

/// Glossa's folder for files it can always make again (compiled word lists, parsed
/// glossaries): `$XDG_CACHE_HOME/glossa`, else `~/.cache/glossa`.
package enum CacheFolder {
  /// The path of a cached file named `name`, creating the folder; `nil` when there is no
  /// home or the folder cannot be made (callers then work without a cache).
  package static func path(for name: String) -> String? {
    let folder: String
    if let cache = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), !cache.isEmpty {
      folder = cache + "/glossa"
    } else if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty {
      folder = home + "/.cache/glossa"
    } else {
      return nil
    }
    guard FileTree.createDirectories(folder) else { return nil }
    return "\(folder)/\(name)"
  }
}
