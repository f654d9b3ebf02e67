#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finding files on disk: what a path is, and the files with given extensions under a folder.
public enum FileTree {
  /// What is at a path.
  public enum Kind: Sendable { case file, directory }

  /// Whether `path` is a file or a folder, or `nil` when nothing is there.
  public static func kind(of path: String) -> Kind? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
  }

  /// The files under `directory`, at any depth, whose extension (lower-cased, without the
  /// dot) is in `extensions`, sorted by path. Hidden files and folders are skipped.
  public static func files(under directory: String, extensions: Set<String>) -> [String] {
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var found: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
      if name.hasPrefix(".") { continue }
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      switch kind(of: path) {
      case .directory?:
        found += files(under: path, extensions: extensions)
      case .file?:
        if let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased()) {
          found.append(path)
        }
      case nil:
        continue
      }
    }
    return found.sorted()
  }
}
