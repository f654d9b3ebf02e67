#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file written piece by piece that appears all at once: the bytes go to a temporary file
/// beside the target and are renamed over it by ``commit()``. Until then, and if anything
/// fails, the target stays as it was; a writer dropped without committing removes its
/// temporary file, and so does an interrupted process (see ``PendingFiles``).
///
///     let file = try AtomicFile(path: "memory.tmx")
///     try file.write(header)
///     for unit in units { try file.write(xml(unit)) }
///     try file.commit()
package final class AtomicFile {
  /// The target, as named.
  package let path: String
  private var temporary = ""
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var committed = false
  /// Where ``PendingFiles`` keeps the temporary file's path.
  private var pendingSlot: Int?
  private static let flushThreshold = 1 << 20

  /// Creates the temporary file beside `path`, with the target's permissions if it exists.
  ///
  /// - Throws: ``TextOutputError`` naming the file, also when the target exists and its owner
  ///   made it read-only: renaming over it would replace it all the same.
  package init(path: String) throws(TextOutputError) {
    self.path = path
    var existing = stat()
    if stat(path, &existing) == 0, (existing.st_mode & S_IFMT) == S_IFREG, existing.st_mode & S_IWUSR == 0 {
      throw TextOutputError(file: path, reason: "the file is read-only")
    }
    let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    let base = path.split(separator: "/").last.map(String.init) ?? path
    // The name is chosen and kept for removal on interruption before the file exists, so an
    // interruption never leaves it behind (what `mkstemp` does, in that order).
    let prefix = "\(directory.isEmpty ? "/" : directory)/.\(base)."
    var attempt = 0
    repeat {
      let name = prefix + Self.randomSuffix()
      let slot = PendingFiles.add(name)
      descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor >= 0 {
        (temporary, pendingSlot) = (name, slot)
        break
      }
      let failure = errno
      if let slot { PendingFiles.remove(slot) }
      attempt += 1
      guard failure == EEXIST && attempt < 100 else {
        errno = failure
        throw TextOutputError(file: path, reason: Self.lastErrorText())
      }
    } while true
    var mode = stat()
    if stat(path, &mode) == 0 { _ = fchmod(descriptor, mode.st_mode & 0o7777) } else { _ = fchmod(descriptor, 0o644) }
  }

  deinit {
    if !committed {
      if descriptor >= 0 { _ = close(descriptor) }
      _ = unlink(temporary)
    }
    if let pendingSlot { PendingFiles.remove(pendingSlot) }
  }

  /// Appends text.
  package func write(_ text: String) throws(TextOutputError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Appends bytes.
  package func write(bytes: [UInt8]) throws(TextOutputError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Flushes to disk and renames the temporary file over the target.
  package func commit() throws(TextOutputError) {
    try flush()
    if fsync(descriptor) != 0 { throw TextOutputError(file: path, reason: Self.lastErrorText()) }
    let closed = close(descriptor)
    descriptor = -1
    if closed != 0 { throw TextOutputError(file: path, reason: Self.lastErrorText()) }
    if rename(temporary, path) != 0 { throw TextOutputError(file: path, reason: Self.lastErrorText()) }
    committed = true
    if let pendingSlot { PendingFiles.remove(pendingSlot) }
    pendingSlot = nil
  }

  private func flush() throws(TextOutputError) {
    var written = 0
    while written < buffer.count {
      let count = buffer.withUnsafeBytes { writeBytes(descriptor, $0.baseAddress! + written, buffer.count - written) }
      if count < 0 {
        if errno == EINTR { continue }
        throw TextOutputError(file: path, reason: Self.lastErrorText())
      }
      written += count
    }
    buffer.removeAll(keepingCapacity: true)
  }

  private static func lastErrorText() -> String { String(cString: strerror(errno)) }

  /// Six random letters and digits, as `mkstemp` puts in a name.
  private static func randomSuffix() -> String {
    let characters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    var generator = SystemRandomNumberGenerator()
    return String((0..<6).map { _ in characters[Int.random(in: 0..<characters.count, using: &generator)] })
  }
}

/// The system's `write`, named apart from ``AtomicFile/write(_:)``.
@inline(__always)
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
