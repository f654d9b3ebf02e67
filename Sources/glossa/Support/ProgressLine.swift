import GlossaMemory
import GlossaText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A progress line on standard error, redrawn in place, only when standard error is a
/// terminal: units, units per second, share done and time left.
///
/// Updated from an import's reading thread and finished from the caller's: the state is
/// behind a lock.
final class ProgressLine: @unchecked Sendable {
  private let label: String
  private let enabled: Bool
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private let lock = Lock()
  // Guarded by `lock`.
  private var lastDraw: ContinuousClock.Instant
  private var drawn = false

  init(label: String, enabled: Bool = true) {
    self.label = label
    self.enabled = enabled && isatty(2) != 0
    start = clock.now
    lastDraw = start
  }

  func update(_ progress: ImportProgress) {
    guard enabled else { return }
    lock.withLock { draw(progress) }
  }

  private func draw(_ progress: ImportProgress) {
    guard clock.now - lastDraw > .milliseconds(200) else { return }
    lastDraw = clock.now
    let elapsed = Self.seconds(clock.now - start)
    var line = "\(label): \(progress.units) units, \(Int(Double(progress.units) / max(elapsed, 0.001))) units/s"
    if let total = progress.totalBytes, total > 0, progress.bytesRead > 0 {
      let share = min(1, Double(progress.bytesRead) / Double(total))
      let left = elapsed / share - elapsed
      line += ", \(Int(share * 100))%, about \(Int(left.rounded())) s left"
    }
    writeToStandardError("\r\u{1B}[K" + line)
    drawn = true
  }

  func finish() {
    lock.withLock {
      if drawn { writeToStandardError("\r\u{1B}[K") }
      drawn = false
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
