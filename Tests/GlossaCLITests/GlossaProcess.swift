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
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
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
