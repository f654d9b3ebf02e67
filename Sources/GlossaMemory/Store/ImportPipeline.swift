import Foundation
import GlossaText

/// Runs an import's producer (reading TMX, preparing units) on a thread of its own while the
/// database thread writes: the two halves of an import overlap on two processors.
///
/// Units travel in batches through a bounded queue, so memory stays flat however fast the
/// producer is. An error on either side stops both; ``run(_:consume:)`` returns only after
/// the producer has finished.
final class ImportPipeline: @unchecked Sendable {
  enum Item {
    case unit(PreparedUnit)
    case skip(InputWarning)
  }

  private struct Cancelled: Error {}

  private let condition = NSCondition()
  // Guarded by `condition`.
  private var batches: [[Item]] = []
  private var producerFinished = false
  private var producerError: (any Error)?
  private var cancelled = false

  private static let batchSize = 256
  private static let capacity = 16

  /// Calls `produce` on another thread and `consume` here with each batch, in order.
  ///
  /// - Throws: The producer's error, or the consumer's; the other side is stopped first.
  func run(_ produce: (UnitSink) throws -> Void, consume: ([Item]) throws -> Void) throws {
    try withoutActuallyEscaping(produce) { produce in
      let box = ProducerBox(produce)
      let thread = Thread { [self] in
        var batch: [Item] = []
        batch.reserveCapacity(Self.batchSize)
        let sink = UnitSink(
          addUnit: { unit in
            batch.append(.unit(PreparedUnit(unit)))
            if batch.count >= Self.batchSize {
              try self.push(batch)
              batch.removeAll(keepingCapacity: true)
            }
          },
          skipUnit: { reason in batch.append(.skip(reason)) })
        var failure: (any Error)?
        do {
          try box.produce?(sink)
          try push(batch)
        } catch {
          failure = error
        }
        // The producer must not outlive `run`: let go of it before saying so.
        box.produce = nil
        condition.lock()
        producerError = failure is Cancelled ? nil : failure
        producerFinished = true
        condition.broadcast()
        condition.unlock()
      }
      thread.stackSize = 8 << 20
      thread.start()
      defer { waitForProducer() }
      do {
        while let batch = try next() { try consume(batch) }
      } catch {
        cancel()
        throw error
      }
    }
  }

  private func push(_ batch: [Item]) throws {
    condition.lock()
    defer { condition.unlock() }
    while batches.count >= Self.capacity && !cancelled { condition.wait() }
    if cancelled { throw Cancelled() }
    batches.append(batch)
    condition.broadcast()
  }

  private func next() throws -> [Item]? {
    condition.lock()
    defer { condition.unlock() }
    while batches.isEmpty && !producerFinished { condition.wait() }
    if let producerError { throw producerError }
    guard !batches.isEmpty else { return nil }
    let batch = batches.removeFirst()
    condition.broadcast()
    return batch
  }

  private func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  private func waitForProducer() {
    condition.lock()
    while !producerFinished { condition.wait() }
    condition.unlock()
  }

  /// Carries the producer to its thread; it is used there only, while `run` waits.
  private final class ProducerBox: @unchecked Sendable {
    var produce: ((UnitSink) throws -> Void)?
    init(_ produce: @escaping (UnitSink) throws -> Void) { self.produce = produce }
  }
}
