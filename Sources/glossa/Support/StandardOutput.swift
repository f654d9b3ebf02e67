#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Buffered writes to standard output or standard error, flushed in large blocks.
///
/// `print` flushes a line at a time on a pipe; a transform over a gigabyte file writes
/// millions of lines, so output collects here and goes out 256 KiB at a time.
final class BufferedOutput {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private let flushThreshold = 256 << 10
  /// Whether each answer goes out as soon as it is written (see ``endAnswer()``).
  let answersAtOnce: Bool

  /// Creates a buffer in front of a file descriptor (1 for standard output).
  ///
  /// - Parameter answersAtOnce: Write each answer out as soon as it is complete: for commands
  ///   that answer lines read from a pipe, so that the program at the other end can read each
  ///   answer before it sends the next line.
  init(descriptor: Int32 = 1, answersAtOnce: Bool = false) {
    self.descriptor = descriptor
    self.answersAtOnce = answersAtOnce
    buffer.reserveCapacity(flushThreshold + 4096)
  }

  /// Creates a buffer for the answers to lines read from `inputPath` (`-` for standard
  /// input): answered at once unless the input is a regular file, so a pipe, a terminal or a
  /// FIFO gets each answer as soon as its line is read.
  convenience init(answering inputPath: String) {
    self.init(answersAtOnce: !Self.isRegularFile(inputPath))
  }

  /// Marks the end of one answer: flushed at once if ``answersAtOnce``.
  func endAnswer() {
    if answersAtOnce { flush() }
  }

  private static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    let found = path == "-" ? fstat(0, &info) : stat(path, &info)
    return found == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  deinit { flush() }

  /// Appends `text` to the output.
  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= flushThreshold { flush() }
  }

  /// Appends `text` and a line end.
  func writeLine(_ text: String, terminator: String = "\n") {
    write(text)
    write(terminator)
  }

  /// Writes everything buffered so far.
  func flush() {
    var offset = 0
    while offset < buffer.count {
      let count = buffer.withUnsafeBytes {
        systemWrite(descriptor, $0.baseAddress! + offset, buffer.count - offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        break  // a closed pipe or full disk: nothing more can be written
      }
      offset += count
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Prints a one-line message to standard error, prefixed with `glossa: `.
func printDiagnostic(_ message: String) {
  writeToStandardError("glossa: \(message)\n")
}

/// Writes `text` to standard error as it is (for progress lines redrawn in place).
func writeToStandardError(_ text: String) {
  _ = text.utf8CString.withUnsafeBufferPointer { systemWrite(2, $0.baseAddress!, $0.count - 1) }
}

/// The C library's `write`, named apart from the methods here that share its name.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}
