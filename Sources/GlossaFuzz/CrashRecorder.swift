import Foundation

/// Keeps a copy of the input being tried where a signal handler can reach it, so that a crash
/// leaves the input behind (`crash-input`) before the process dies; and a watchdog thread that
/// saves the input (`hang-input`) and stops the run when one input takes too long.
enum CrashRecorder {
  /// The largest input recorded.
  static let capacity = 1 << 20
  nonisolated(unsafe) private static var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
  nonisolated(unsafe) private static var length = 0
  nonisolated(unsafe) private static var crashPath: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) static var started = 0
  nonisolated(unsafe) static var finished = 0

  /// Installs the handlers; crash and hang inputs go into `directory`.
  static func install(directory: String) {
    crashPath = strdup(directory + "/crash-input")
    for signal in [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE] {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signal in
        CrashRecorder.saveForCrash()
        Foundation.signal(signal, SIG_DFL)
        raise(signal)
      }
      sigaction(signal, &action, nil)
    }
  }

  /// Records `bytes` as the input about to be tried.
  static func record(_ bytes: [UInt8]) {
    length = min(bytes.count, capacity)
    bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: length) }
    started += 1
  }

  /// Writes the recorded input with only async-signal-safe calls.
  private static func saveForCrash() {
    guard let crashPath else { return }
    let descriptor = open(crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return }
    _ = write(descriptor, buffer, length)
    close(descriptor)
  }

  /// Starts a thread that stops the run when an input takes more than `seconds`.
  static func watch(seconds: Double, directory: String) {
    let thread = Thread {
      var lastStarted = -1
      var since = Date()
      while true {
        Thread.sleep(forTimeInterval: 0.5)
        let current = started
        if current != lastStarted || finished == current {
          lastStarted = current
          since = Date()
        } else if Date().timeIntervalSince(since) > seconds {
          let data = Data(bytes: buffer, count: length)
          try? data.write(to: URL(fileURLWithPath: directory + "/hang-input"))
          FileHandle.standardError.write(
            Data("glossa-fuzz: one input took over \(Int(seconds)) s; saved as \(directory)/hang-input\n".utf8))
          exit(2)
        }
      }
    }
    thread.start()
  }
}
