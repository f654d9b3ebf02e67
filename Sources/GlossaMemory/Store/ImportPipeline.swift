import Foundation
import GlossaText

/// Runs an import's producer (reading TMX, preparing units) on a thread of its own while the
/// database thread writes: the two halves of an import overlap on two processors, and each
/// batch is prepared on every processor while the producer reads the next.
///
/// Units travel in batches through a bounded queue, so memory stays flat however fast the
/// producer is. An error on either side stops both; ``run(_:consume:)`` returns only after
/// the producer has finished.
package final class ImportPipeline: @unchecked Sendable {
  package enum Item {
    case unit(PreparedUnit)
    case skip(InputWarning)
  }

  /// What the producer hands over, before it is prepared.
  private enum Raw {
    case unit(TranslationUnit)
    case skip(InputWarning)
  }

  private struct Cancelled: Error {}

  private let condition = NSCondition()
  // Guarded by `condition`.
  private var batches: [[Item]] = []
  private var producerFinished = false
  private var producerError: (any Error)?
  private var cancelled = false

  /// A pipeline for one import.
  package init() {}

  private static let batchSize = 256
  private static let capacity = 16

  /// A batch being prepared on other threads while the producer reads the next one.
  private final class PreparingBatch: @unchecked Sendable {
    let group = DispatchGroup()
    /// Set on another thread; read only after `group` has been waited for.
    var items: [Item] = []

    init(_ batch: [Raw]) {
      DispatchQueue.global().async(group: group) { [self] in items = ImportPipeline.prepare(batch) }
    }

    /// The prepared items, their tokens numbered in order.
    func finish(interner: TokenInterner) -> [Item] {
      group.wait()
      return ImportPipeline.number(items, interner: interner)
    }
  }

  /// Prepares a batch on every processor.
  private static func prepare(_ batch: [Raw]) -> [Item] {
    let parts = min(ProcessInfo.processInfo.activeProcessorCount, max(1, batch.count / 32))
    let size = (batch.count + parts - 1) / parts
    // Each part fills its own slot: no two threads touch one.
    nonisolated(unsafe) let chunks = UnsafeMutableBufferPointer<[Item]>.allocate(capacity: parts)
    chunks.initialize(repeating: [])
    defer {
      _ = chunks.deinitialize()
      chunks.deallocate()
    }
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      chunks[part] = batch[min(batch.count, part * size)..<min(batch.count, (part + 1) * size)].map { raw in
        switch raw {
        case .unit(let unit): .unit(PreparedUnit(unit))
        case .skip(let reason): .skip(reason)
        }
      }
    }
    return chunks.flatMap { $0 }
  }

  /// Numbers the tokens of prepared items, one after another.
  private static func number(_ items: [Item], interner: TokenInterner) -> [Item] {
    for case .unit(let prepared) in items { prepared.number(with: interner) }
    return items
  }

  /// Lets go of a consumed batch on another thread, which frees it there: freeing a batch's
  /// thousands of strings is not the writing thread's work.
  private static func release(_ batch: consuming [Item]) {
    let box = ReleasedBatch(batch)
    DispatchQueue.global().async { box.items = [] }
  }

  private final class ReleasedBatch: @unchecked Sendable {
    var items: [Item]
    init(_ items: consuming [Item]) { self.items = items }
  }

  /// Calls `produce` on another thread and `consume` here with each batch, in order.
  ///
  /// - Throws: The producer's error, or the consumer's; the other side is stopped first.
  package func run(_ produce: (UnitSink) throws -> Void, consume: ([Item]) throws -> Void) throws {
    try withoutActuallyEscaping(produce) { produce in
      let box = ProducerBox(produce)
      let thread = Thread { [self] in
        var batch: [Raw] = []
        batch.reserveCapacity(Self.batchSize)
        let interner = TokenInterner()
        var preparing: PreparingBatch?
        let sink = UnitSink(
          addUnit: { unit in
            batch.append(.unit(unit))
            if batch.count >= Self.batchSize {
              if let previous = preparing { try self.push(previous.finish(interner: interner)) }
              preparing = PreparingBatch(batch)
              batch.removeAll(keepingCapacity: true)
            }
          },
          skipUnit: { reason in batch.append(.skip(reason)) })
        var failure: (any Error)?
        do {
          try box.produce?(sink)
          if let previous = preparing { try push(previous.finish(interner: interner)) }
          preparing = nil
          try push(Self.number(Self.prepare(batch), interner: interner))
        } catch {
          failure = error
        }
        // A batch still being prepared uses nothing of the producer's, but must not outlive `run`.
        preparing?.group.wait()
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
        while let batch = try next() {
          try consume(batch)
          Self.release(batch)
        }
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
