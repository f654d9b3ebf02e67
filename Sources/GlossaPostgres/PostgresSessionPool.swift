import Foundation
import GlossaText

/// The connections a store shares among its callers: a caller takes one that is free, or a new
/// one up to ``limit``, or waits for one to come back. Connections that broke are dropped.
final class PostgresSessionPool: @unchecked Sendable {
  let location: PostgresLocation
  /// The most connections open at once.
  let limit: Int
  private let condition = NSCondition()
  // Guarded by `condition`.
  private var idle: [PostgresSession] = []
  private var open = 0

  init(location: PostgresLocation, limit: Int) {
    self.location = location
    self.limit = max(1, limit)
  }

  /// Runs `body` with a connection of its own.
  func withSession<T>(_ body: (PostgresSession) throws -> T) throws -> T {
    let session = try take()
    defer { give(session) }
    return try body(session)
  }

  private func take() throws -> PostgresSession {
    condition.lock()
    while idle.isEmpty && open >= limit { condition.wait() }
    if let session = idle.popLast() {
      condition.unlock()
      return session
    }
    open += 1
    condition.unlock()
    do {
      return try PostgresSession(location)
    } catch {
      condition.lock()
      open -= 1
      condition.signal()
      condition.unlock()
      throw error
    }
  }

  private func give(_ session: PostgresSession) {
    condition.lock()
    if session.isOpen {
      idle.append(session)
    } else {
      open -= 1
    }
    condition.signal()
    condition.unlock()
  }
}
