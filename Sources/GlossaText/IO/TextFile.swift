#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole-file text input and atomic output.
package enum TextFile {
  /// Reads a whole UTF-8 file, or standard input for `-`.
  ///
  /// The text is returned as it is in the file, byte order mark included, so offsets into
  /// it are offsets into the file.
  ///
  /// - Parameter lossy: Replace bytes that are not UTF-8 with U+FFFD instead of throwing.
  /// - Throws: ``TextInputError`` naming the file, and for bad bytes the line and byte offset.
  package static func read(_ path: String, lossy: Bool = false) throws(TextInputError) -> String {
    let bytes = try readBytes(path)
    let name = path == "-" ? "<stdin>" : path
    let invalid = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(in: $0) }
    if let invalid, !lossy {
      let line = bytes[..<invalid].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      throw TextInputError.notUTF8(start: bytes, byte: bytes[invalid], file: name, line: line, byteOffset: invalid)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads the bytes of a file, or of standard input for `-`.
  package static func readBytes(_ path: String) throws(TextInputError) -> [UInt8] {
    let reader = try LineReader(path: path, lossy: true, maximumLineLength: .max)
    return try reader.readAllBytes()
  }

  /// Writes `text` to `path` atomically: into a temporary file beside it, flushed to disk,
  /// then renamed over `path`. On any error the original file is left as it was.
  ///
  /// - Throws: ``TextOutputError`` naming the file.
  package static func writeAtomically(_ text: String, to path: String) throws(TextOutputError) {
    try writeAtomically(bytes: Array(text.utf8), to: path)
  }

  /// Writes bytes to `path` atomically; see ``writeAtomically(_:to:)``.
  package static func writeAtomically(bytes: [UInt8], to path: String) throws(TextOutputError) {
    let file = try AtomicFile(path: path)
    try file.write(bytes: bytes)
    try file.commit()
  }
}

/// A file that could not be written; the original, if any, is unchanged.
public struct TextOutputError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file as the user named it.
  public let file: String
  /// The system's reason, such as `Permission denied`.
  public let reason: String

  /// `file: cannot write: reason`.
  public var description: String { "\(file): cannot write: \(reason)" }
}
