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

  /// The size and modification time of the running program's file: part of the key of a
  /// cached file that the program's code, not only its input, decides (a compiled glossary
  /// index), so that a rebuilt program never reads what an older build wrote. Empty when the
  /// program's file cannot be found.
  package static let buildStamp: String = {
    guard let path = Bundle.main.executablePath, let size = FileTree.size(of: path),
      let time = FileTree.modificationTime(of: path)
    else { return "" }
    return "\(size)-\(time)"
  }()

  /// Removes the oldest files of the folder holding `path` whose names start with `prefix`,
  /// so that at most `keeping` remain: cached files of glossaries at paths no longer used
  /// (temporary folders, renamed files) do not pile up.
  package static func prune(besides path: String, prefix: String, keeping: Int) {
    guard let slash = path.lastIndex(of: "/") else { return }
    let folder = String(path[..<slash])
    let names = FileTree.files(under: folder, extensions: nil).filter {
      $0.dropFirst(folder.count + 1).hasPrefix(prefix) && !$0.dropFirst(folder.count + 1).contains("/")
    }
    guard names.count > keeping else { return }
    let byAge = names.map { (path: $0, time: FileTree.modificationTime(of: $0) ?? 0) }.sorted { $0.time < $1.time }
    for old in byAge.prefix(names.count - keeping) where old.path != path { unlink(old.path) }
  }
}
