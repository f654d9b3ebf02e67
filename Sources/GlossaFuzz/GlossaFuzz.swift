import Foundation
import GlossaText

/// `glossa-fuzz`: mutates the seed documents of a corpus and runs Glossa's XML scanner, TMX
/// reader and TBX reader over each mutant for a given time.
///
///     swift run -c release glossa-fuzz --seconds 60 Fuzz/corpus
///
/// It fails (exit 1) when a mutant crashes a reader (the input is saved as `crash-input`),
/// takes more than 10 seconds (`hang-input`, exit 2), makes the process grow past 2 GB, is
/// refused without a line and column, or is accepted by the scanner while libxml2 finds it
/// not well-formed (saved as `accepted-N.xml`). Runs are deterministic for a `--seed`.
@main
enum GlossaFuzz {
  static let usage = """
    usage: glossa-fuzz [--seconds N] [--seed N] [--output DIR] CORPUS_DIR

    Mutates every file of CORPUS_DIR for N seconds (60) and runs the XML scanner, the TMX
    reader and the TBX reader over each mutant; findings go into DIR (fuzz-findings).
    """

  static func main() {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var seconds = 60.0
    var seed: UInt64 = UInt64(Date().timeIntervalSince1970)
    var output = "fuzz-findings"
    var corpus: String?
    while !arguments.isEmpty {
      let argument = arguments.removeFirst()
      func value() -> String {
        guard !arguments.isEmpty else { fail(usage) }
        return arguments.removeFirst()
      }
      switch argument {
      case "--seconds":
        guard let number = Double(value()) else { fail(usage) }
        seconds = number
      case "--seed":
        guard let number = UInt64(value()) else { fail(usage) }
        seed = number
      case "--output": output = value()
      case "-h", "--help":
        print(usage)
        return
      default:
        if argument.hasPrefix("-") || corpus != nil { fail(usage) }
        corpus = argument
      }
    }
    guard let corpus else { fail(usage) }
    let seeds = loadSeeds(corpus)
    guard !seeds.isEmpty else { fail("no seed files in \(corpus)") }
    try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    CrashRecorder.install(directory: output)
    CrashRecorder.watch(seconds: 10, directory: output)

    print("glossa-fuzz: \(seeds.count) seeds from \(corpus), seed \(seed), \(Int(seconds)) s")
    var mutator = Mutator(random: SplitMix64(seed: seed), seeds: seeds)
    var runs = 0
    var accepted = 0
    var acceptedMalformed = 0
    var placeless = 0
    // The seeds themselves first: each must be read without a crash.
    var queue = seeds
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let input = queue.popLast() ?? mutator.mutant()
      CrashRecorder.record(input)
      let outcome = FuzzTargets.run(input)
      CrashRecorder.finished = CrashRecorder.started
      runs += 1
      if let message = outcome.placeless {
        placeless += 1
        save(input, as: "placeless-\(placeless).xml", in: output, reason: message)
      }
      if outcome.accepted {
        accepted += 1
        if WellFormednessOracle.isWellFormed(input) == false {
          acceptedMalformed += 1
          save(input, as: "accepted-\(acceptedMalformed).xml", in: output, reason: "accepted, not well-formed")
        }
      }
      if runs % 256 == 0, residentMegabytes() > 2048 {
        save(input, as: "memory-input", in: output, reason: "the process grew past 2 GB")
        exit(1)
      }
    }
    print(
      "glossa-fuzz: \(runs) inputs, \(accepted) accepted, \(runs - accepted) refused; "
        + "\(acceptedMalformed) accepted though not well-formed, \(placeless) refused without a place")
    if acceptedMalformed > 0 || placeless > 0 { exit(1) }
  }

  /// The files of `directory`, in name order.
  static func loadSeeds(_ directory: String) -> [[UInt8]] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted() ?? []
    return names.compactMap { name in
      FileManager.default.contents(atPath: directory + "/" + name).map { Array($0) }
    }
  }

  static func save(_ bytes: [UInt8], as name: String, in directory: String, reason: String) {
    try? Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name))
    FileHandle.standardError.write(Data("glossa-fuzz: \(reason): \(directory)/\(name)\n".utf8))
  }

  static func residentMegabytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
    else { return 0 }
    return (Int(line.filter(\.isNumber)) ?? 0) / 1024
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("glossa-fuzz: \(message)\n".utf8))
    exit(64)
  }
}
