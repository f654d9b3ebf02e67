#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finding files on disk: what a path is, and the files with given extensions under a folder.
package enum FileTree {
  /// What is at a path.
  package enum Kind: Sendable { case file, directory }

  /// The working directory, or `.` when it cannot be read.
  package static var currentDirectory: String {
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether `path` is a file or a folder, or `nil` when nothing is there.
  package static func kind(of path: String) -> Kind? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
  }

  /// The size in bytes of the regular file at `path`, or `nil` for anything else.
  package static func size(of path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// When the file at `path` was last changed, in seconds since 1970, or `nil`.
  package static func modificationTime(of path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      return Int(info.st_mtimespec.tv_sec)
    #else
      return Int(info.st_mtim.tv_sec)
    #endif
  }

  /// The files under `directory`, at any depth, whose extension (lower-cased, without the
  /// dot) is in `extensions` (every file when `extensions` is `nil`), sorted by path. Hidden
  /// files and folders are skipped.
  package static func files(under directory: String, extensions: Set<String>?) -> [String] {
    guard let handle = opendir(directory) else { return [] }
    defer { closedir(handle) }
    var found: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name.hasPrefix(".") { continue }
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      switch kind(of: path) {
      case .directory?:
        found += files(under: path, extensions: extensions)
      case .file?:
        guard let extensions else {
          found.append(path)
          continue
        }
        if let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased())
        {
          found.append(path)
        }
      case nil:
        continue
      }
    }
    return found.sorted()
  }

  /// Creates the folder at `path` and any missing parents, like `mkdir -p`.
  ///
  /// - Returns: `false` when a folder could not be made (or a file is in the way).
  @discardableResult
  package static func createDirectories(_ path: String) -> Bool {
    var current = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + component
      switch kind(of: current) {
      case .directory?: continue
      case .file?: return false
      case nil: if mkdir(current, 0o755) != 0 && kind(of: current) != .directory { return false }
      }
    }
    return true
  }
}
