/// One measured benchmark: how much input it processed and how fast.
struct BenchmarkResult {
  var name: String
  var inputBytes: Int
  var seconds: Double
  var items: Int?
  var itemName: String?
  var extra: [(String, String)] = []

  var megabytesPerSecond: Double { Double(inputBytes) / 1_000_000 / seconds }

  var json: String {
    var fields = [
      "\"name\": \"\(name)\"",
      "\"input_bytes\": \(inputBytes)",
      "\"seconds\": \(format(seconds, digits: 4))",
    ]
    if inputBytes > 0 { fields.append("\"mb_per_s\": \(format(megabytesPerSecond, digits: 1))") }
    if let items, let itemName {
      fields.append("\"\(itemName)\": \(items)")
      fields.append("\"\(itemName)_per_s\": \(format(Double(items) / seconds, digits: 0))")
    }
    fields += extra.map { "\"\($0.0)\": \($0.1)" }
    return "{" + fields.joined(separator: ", ") + "}"
  }
}

/// Formats a number with a fixed count of decimals, without Foundation.
func format(_ value: Double, digits: Int) -> String {
  if digits == 0 { return String(Int(value.rounded())) }
  var scale = 1.0
  for _ in 0..<digits { scale *= 10 }
  let scaled = Int((value * scale).rounded())
  let whole = scaled / Int(scale)
  var fraction = String(abs(scaled % Int(scale)))
  while fraction.count < digits { fraction = "0" + fraction }
  return "\(scaled < 0 && whole == 0 ? "-" : "")\(whole).\(fraction)"
}

/// Runs `body` `repetitions` times and returns the fastest wall-clock time in seconds.
func measure(repetitions: Int = 3, _ body: () -> Void) -> Double {
  var best = Double.infinity
  let clock = ContinuousClock()
  for _ in 0..<repetitions {
    let elapsed = clock.measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    best = min(best, seconds)
  }
  return best
}

/// Keeps a value alive so the optimizer cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
