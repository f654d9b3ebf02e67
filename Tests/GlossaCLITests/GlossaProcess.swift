import Foundation

/// Runs the built `glossa` binary, as a user would, and captures what it prints.
struct GlossaProcess {
  struct Outcome {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The `glossa` executable beside the test bundle in the build folder.
  static let executableURL: URL = {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On macOS the runner sits inside an .xctest bundle; climb out of it.
    while directory.path.contains(".xctest") { directory.deleteLastPathComponent() }
    return directory.appendingPathComponent("glossa")
  }()

  /// The cache folder of every process the tests start (`XDG_CACHE_HOME`), in the temporary
  /// folder: tests must not fill the user's own cache, nor push the user's parsed glossaries
  /// out of it.
  static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-tests-cache").path

  /// The environment of a started process: the tests' own, the test cache folder, then
  /// `environment`.
  static func environment(_ environment: [String: String] = [:]) -> [String: String] {
    ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cacheHome]) { $1 }.merging(environment) { $1 }
  }

  /// Runs `glossa` with `arguments`, feeding `input` on standard input.
  ///
  /// Standard input, output and error go through temporary files, so nothing can block
  /// however much the command prints.
  static func run(
    _ arguments: [String], input: Data = Data(), in directory: URL? = nil, environment: [String: String] = [:]
  ) throws -> Outcome {
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inURL = scratch.appendingPathComponent("stdin")
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    try input.write(to: inURL)
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executableURL
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = Self.environment(environment)
    process.standardInput = try FileHandle(forReadingFrom: inURL)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    try process.run()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  static func run(_ arguments: [String], input: String) throws -> Outcome {
    try run(arguments, input: Data(input.utf8))
  }

  /// A fresh temporary directory for one test's files.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("glossa-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// A `glossa` process driven line by line through pipes, as another program would drive it.
final class PipedGlossa {
  private let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private var pending = Data()

  init(_ arguments: [String]) throws {
    signal(SIGPIPE, SIG_IGN)
    process.executableURL = GlossaProcess.executableURL
    process.arguments = arguments
    process.environment = GlossaProcess.environment()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  /// Sends one line, leaving standard input open.
  func send(_ line: String) throws {
    try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
  }

  /// The next line of output, or `nil` if none comes within `seconds`.
  func nextLine(within seconds: Double = 20) -> String? {
    let deadline = Date().addingTimeInterval(seconds)
    let descriptor = output.fileHandleForReading.fileDescriptor
    while Date() < deadline {
      if let newline = pending.firstIndex(of: 0x0A) {
        let line = String(decoding: pending[..<newline], as: UTF8.self)
        pending.removeSubrange(...newline)
        return line
      }
      var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, 100) > 0 else { continue }
      var bytes = [UInt8](repeating: 0, count: 4096)
      let count = read(descriptor, &bytes, bytes.count)
      guard count > 0 else { return nil }
      pending.append(contentsOf: bytes[..<count])
    }
    return nil
  }

  /// Closes standard input and waits for the exit status.
  func finish() throws -> Int32 {
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
