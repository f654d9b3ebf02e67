import Dispatch

/// Work spread over the machine's processors.
package enum Parallel {
  /// `transform` applied to every index in `0..<count`, on all processors, chunk by chunk;
  /// the results come back in index order. Small inputs run on the calling thread.
  ///
  /// ```swift
  /// let lengths = Parallel.map(count: lines.count) { lines[$0].count }
  /// ```
  ///
  /// - Parameter chunkSize: Indexes per task: large enough that a task outweighs handing it out.
  package static func map<T: Sendable>(count: Int, chunkSize: Int = 128, _ transform: @Sendable (Int) -> T) -> [T] {
    let chunkCount = (count + chunkSize - 1) / chunkSize
    guard chunkCount > 1, System.processorCount > 1 else { return (0..<count).map(transform) }
    let results = ChunkResults<T>(count: chunkCount)
    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
      let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
      results.set(chunk, range.map(transform))
    }
    return results.joined()
  }
}

/// Per-chunk results written by parallel tasks; each slot is written once, under the lock.
private final class ChunkResults<T: Sendable>: @unchecked Sendable {
  private var slots: [[T]]
  private let lock = Lock()

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func set(_ index: Int, _ values: [T]) { lock.withLock { slots[index] = values } }

  func joined() -> [T] { lock.withLock { slots.flatMap { $0 } } }
}
