#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file or standard input opened for reading in blocks.
///
///     let file = try InputFile(path: "memory.tmx")
///     var bytes: [UInt8] = []
///     while try file.read(appendingTo: &bytes, count: 1 << 20) > 0 { … }
package final class InputFile {
  /// The input's name in messages: the path as given, or `<stdin>`.
  package let name: String
  private let descriptor: Int32
  private let ownsDescriptor: Bool

  /// Opens `path`, or standard input when `path` is `nil` or `-`.
  ///
  /// - Throws: ``TextInputError`` when the file is missing, a directory, or unreadable.
  package init(path: String?) throws(TextInputError) {
    guard let path, path != "-" else {
      name = "<stdin>"
      descriptor = 0
      ownsDescriptor = false
      return
    }
    name = path
    var info = stat()
    if stat(path, &info) != 0 {
      if errno == ENOENT { throw TextInputError(code: .fileNotFound, file: path) }
      throw TextInputError(code: .unreadable(String(cString: strerror(errno))), file: path)
    }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw TextInputError(code: .isDirectory, file: path) }
    #if canImport(Glibc)
      descriptor = Glibc.open(path, O_RDONLY)
    #else
      descriptor = Darwin.open(path, O_RDONLY)
    #endif
    if descriptor < 0 {
      throw TextInputError(code: .unreadable(String(cString: strerror(errno))), file: path)
    }
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { _ = close(descriptor) }
  }

  /// The file's size when it is a regular file (standard input redirected from a file
  /// included), else `nil`: a pipe or a terminal has no size known in advance.
  package var regularFileSize: Int? {
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    return Int(info.st_size)
  }

  /// Reads up to `count` bytes into memory at `pointer`.
  ///
  /// - Returns: How many bytes were read; 0 at the end of the input.
  /// - Throws: ``TextInputError`` for a read error.
  package func read(into pointer: UnsafeMutableRawPointer, count: Int) throws(TextInputError) -> Int {
    var readCount = 0
    repeat {
      readCount = readBytes(descriptor, pointer, count)
    } while readCount < 0 && errno == EINTR
    if readCount < 0 { throw TextInputError(code: .unreadable(String(cString: strerror(errno))), file: name) }
    return readCount
  }

  /// Reads up to `count` bytes onto the end of `buffer`.
  ///
  /// - Returns: How many bytes were read; 0 at the end of the input.
  /// - Throws: ``TextInputError`` for a read error.
  @discardableResult
  package func read(appendingTo buffer: inout [UInt8], count: Int) throws(TextInputError) -> Int {
    let oldCount = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: count))
    var readCount = 0
    repeat {
      readCount = buffer.withUnsafeMutableBytes {
        readBytes(descriptor, $0.baseAddress! + oldCount, count)
      }
    } while readCount < 0 && errno == EINTR
    if readCount < 0 {
      let reason = String(cString: strerror(errno))
      buffer.removeLast(count)
      throw TextInputError(code: .unreadable(reason), file: name)
    }
    buffer.removeLast(count - readCount)
    return readCount
  }
}

/// The system's `read`, named apart from ``InputFile/read(appendingTo:count:)``.
@inline(__always)
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
