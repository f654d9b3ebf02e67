import Foundation
import GlossaText

/// Runs an import's producer (reading TMX, preparing units) on a thread of its own while the
/// database thread writes: the two halves of an import overlap on two processors, and the
/// producer prepares each batch on every processor.
///
/// Units travel in batches through a bounded queue, so memory stays flat however fast the
/// producer is. An error on either side stops both; ``run(_:consume:)`` returns only after
/// the producer has finished.
final class ImportPipeline: @unchecked Sendable {
  enum Item {
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

  private static let batchSize = 256
  private static let capacity = 16

  /// Prepares a batch on every processor, then numbers its tokens in order.
  private static func prepare(_ batch: [Raw], interner: TokenInterner) -> [Item] {
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
    return chunks.flatMap { $0 }.map { item -> Item in
      guard case .unit(var prepared) = item else { return item }
      prepared.number(with: interner)
      return .unit(prepared)
    }
  }

  /// Calls `produce` on another thread and `consume` here with each batch, in order.
  ///
  /// - Throws: The producer's error, or the consumer's; the other side is stopped first.
  func run(_ produce: (UnitSink) throws -> Void, consume: ([Item]) throws -> Void) throws {
    try withoutActuallyEscaping(produce) { produce in
      let box = ProducerBox(produce)
      let thread = Thread { [self] in
        var batch: [Raw] = []
        batch.reserveCapacity(Self.batchSize)
        let interner = TokenInterner()
        let sink = UnitSink(
          addUnit: { unit in
            batch.append(.unit(unit))
            if batch.count >= Self.batchSize {
              try self.push(Self.prepare(batch, interner: interner))
              batch.removeAll(keepingCapacity: true)
            }
          },
          skipUnit: { reason in batch.append(.skip(reason)) })
        var failure: (any Error)?
        do {
          try box.produce?(sink)
          try push(Self.prepare(batch, interner: interner))
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
