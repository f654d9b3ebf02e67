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
  /// it are offsets into the file. A regular file is read straight into the string's storage:
  /// the text takes its own size in memory and nothing more.
  ///
  /// - Parameters:
  ///   - lossy: Replace bytes that are not UTF-8 with U+FFFD instead of throwing.
  ///   - maximumLineLength: The longest line accepted, in bytes, as ``LineReader`` allows.
  /// - Throws: ``TextInputError`` naming the file, and for bad bytes or a line too long the
  ///   line (and byte offset).
  package static func read(
    _ path: String, lossy: Bool = false, maximumLineLength: Int = LineReader.defaultMaximumLineLength
  ) throws(TextInputError) -> String {
    let name = path == "-" ? "<stdin>" : path
    let input = try InputFile(path: path)
    if let size = input.regularFileSize, size > 0 {
      var failure: TextInputError?
      var grew = false
      let text = String(unsafeUninitializedCapacity: size) { buffer in
        var filled = 0
        do throws(TextInputError) {
          while filled < size {
            let count = try input.read(into: buffer.baseAddress! + filled, count: size - filled)
            if count == 0 { break }
            filled += count
          }
          // A file that grew while it was read is read again the slow way.
          var probe: [UInt8] = []
          if filled == size, try input.read(appendingTo: &probe, count: 1) > 0 {
            grew = true
            return 0
          }
        } catch {
          failure = error
          return 0
        }
        failure = check(
          UnsafeBufferPointer(rebasing: buffer[..<filled]), name: name, lossy: lossy,
          maximumLineLength: maximumLineLength)
        return failure == nil ? filled : 0
      }
      if let failure { throw failure }
      if !grew { return text }
    }
    let bytes = try readBytes(path)
    if let failure = bytes.withUnsafeBufferPointer({
      check($0, name: name, lossy: lossy, maximumLineLength: maximumLineLength)
    }) {
      throw failure
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The error for text that is not UTF-8 (unless `lossy`) or has a line longer than allowed.
  private static func check(
    _ bytes: UnsafeBufferPointer<UInt8>, name: String, lossy: Bool, maximumLineLength: Int
  ) -> TextInputError? {
    func line(at offset: Int) -> Int { bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
    if !lossy, let invalid = UTF8Validation.firstInvalidOffset(in: bytes) {
      return TextInputError.notUTF8(
        start: bytes.prefix(256), byte: bytes[invalid], file: name, line: line(at: invalid), byteOffset: invalid)
    }
    guard bytes.count > maximumLineLength, let base = bytes.baseAddress else { return nil }
    var start = 0
    var number = 1
    while start < bytes.count {
      let end =
        memchr(base + start, 0x0A, bytes.count - start).map {
          base.distance(to: $0.assumingMemoryBound(to: UInt8.self))
        } ?? bytes.count
      if end - start > maximumLineLength {
        return TextInputError(code: .lineTooLong(limit: maximumLineLength), file: name, line: number)
      }
      start = end + 1
      number += 1
    }
    return nil
  }

  /// Reads the bytes of a file, or of standard input for `-`.
  ///
  /// A regular file is read into a buffer of its size, without growing and copying it.
  package static func readBytes(_ path: String) throws(TextInputError) -> [UInt8] {
    let file = try InputFile(path: path)
    var bytes: [UInt8] = []
    // One byte more than the size, so that the read meeting the end needs no more room.
    if let size = file.regularFileSize { bytes.reserveCapacity(size + 1) }
    while try file.read(appendingTo: &bytes, count: max(bytes.capacity - bytes.count, 1 << 20)) > 0 {}
    return bytes
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
