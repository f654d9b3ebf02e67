#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file text input and atomic output.
public enum TextFile {
  /// Reads a whole UTF-8 file, or standard input for `-`.
  ///
  /// The text is returned as it is in the file, byte order mark included, so offsets into
  /// it are offsets into the file.
  ///
  /// - Parameter lossy: Replace bytes that are not UTF-8 with U+FFFD instead of throwing.
  /// - Throws: ``TextInputError`` naming the file, and for bad bytes the line and byte offset.
  public static func read(_ path: String, lossy: Bool = false) throws(TextInputError) -> String {
    let bytes = try readBytes(path)
    let name = path == "-" ? "<stdin>" : path
    let invalid = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
    if let invalid, !lossy {
      let line = bytes[..<invalid].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw TextInputError(
        code: .invalidUTF8(byte: bytes[invalid]), file: name, line: line, byteOffset: invalid)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads the bytes of a file, or of standard input for `-`.
  public static func readBytes(_ path: String) throws(TextInputError) -> [UInt8] {
    let reader = try LineReader(path: path, lossy: true, maximumLineLength: .max)
    return try reader.readAllBytes()
  }

  /// Writes `text` to `path` atomically: into a temporary file beside it, flushed to disk,
  /// then renamed over `path`. On any error the original file is left as it was.
  ///
  /// - Throws: ``TextOutputError`` naming the file.
  public static func writeAtomically(_ text: String, to path: String) throws(TextOutputError) {
    try writeAtomically(bytes: Array(text.utf8), to: path)
  }

  /// Writes bytes to `path` atomically; see ``writeAtomically(_:to:)``.
  public static func writeAtomically(bytes: [UInt8], to path: String) throws(TextOutputError) {
    let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
    let base = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array("\(directory.isEmpty ? "/" : directory)/.\(base).XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { throw TextOutputError(file: path, reason: lastErrorText()) }
    let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    var mode = stat()
    if stat(path, &mode) == 0 { _ = fchmod(descriptor, mode.st_mode & 0o7777) } else { _ = fchmod(descriptor, 0o644) }
    var written = 0
    var failure: String?
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, bytes.count - written) }
      if count < 0 {
        if errno == EINTR { continue }
        failure = lastErrorText()
        break
      }
      written += count
    }
    if failure == nil, fsync(descriptor) != 0 { failure = lastErrorText() }
    if close(descriptor) != 0, failure == nil { failure = lastErrorText() }
    if failure == nil, rename(temporary, path) != 0 { failure = lastErrorText() }
    if let failure {
      _ = unlink(temporary)
      throw TextOutputError(file: path, reason: failure)
    }
  }

  private static func lastErrorText() -> String { String(cString: strerror(errno)) }
}

/// A file that could not be written; the original, if any, is unchanged.
public struct TextOutputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it.
  public let file: String
  /// The system's reason, such as `Permission denied`.
  public let reason: String

  public var description: String { "\(file): cannot write: \(reason)" }
}

