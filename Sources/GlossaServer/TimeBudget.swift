import GlossaText
import NIOCore
import NIOPosix

/// How long a request's work may take, from the moment it is queued until its answer is ready.
///
/// A request whose work has not started when its time is up is dropped from the queue without
/// running; one that is still reading when its time is up is answered 503 at once, and what it
/// was computing is thrown away when it ends. Work that writes (adding units, editing the
/// glossary) is never cut short once it has started, so that a client is never told a write
/// failed that in fact took place: it is answered when the write ends.
public struct TimeBudget: Sendable {
  /// The time a request's work may take.
  public var limit: TimeAmount

  /// A budget of `seconds` a request.
  public init(seconds: Double) {
    limit = .nanoseconds(Int64((seconds * 1e9).rounded()))
  }

  /// Runs `body` on the pool of one thread per core that takes work in order of arrival, within
  /// the budget.
  ///
  /// - Parameter writes: Whether `body` writes: once started it then runs to its end, however
  ///   long that takes.
  /// - Throws: A 503 problem when the time is up first, or what `body` throws.
  func run<T: Sendable>(writes: Bool, _ body: @escaping @Sendable () throws -> T) async throws -> T {
    let job = Job<T>(writes: writes, limit: limit)
    return try await withCheckedThrowingContinuation { continuation in
      job.begin(continuation)
      NIOThreadPool.singleton.submit { state in
        guard state == .active else {
          job.finish(.failure(ProblemDetails(.serviceUnavailable, "the server is stopping")))
          return
        }
        guard job.start() else { return }
        job.finish(Result { try body() })
      }
    }
  }

  /// One request's work: its state, its timer and the continuation that answers it, resumed once.
  private final class Job<T: Sendable>: @unchecked Sendable {
    private enum State { case queued, running, over }
    private let lock = Lock()
    private let writes: Bool
    private let limit: TimeAmount
    // Guarded by `lock`.
    private var state = State.queued
    private var continuation: CheckedContinuation<T, any Error>?
    private var timer: Scheduled<Void>?

    init(writes: Bool, limit: TimeAmount) {
      self.writes = writes
      self.limit = limit
    }

    func begin(_ continuation: CheckedContinuation<T, any Error>) {
      lock.withLock { self.continuation = continuation }
      let timer = MultiThreadedEventLoopGroup.singleton.any().scheduleTask(in: limit) { [self] in expire() }
      let answered = lock.withLock {
        if state != .over { self.timer = timer }
        return state == .over
      }
      if answered { timer.cancel() }
    }

    /// Marks the work started; false when its time was up before its turn came.
    func start() -> Bool {
      lock.withLock {
        guard state == .queued else { return false }
        state = .running
        return true
      }
    }

    /// Answers with `result`, unless the request was answered already.
    func finish(_ result: Result<T, any Error>) {
      let (continuation, timer) = lock.withLock { () -> (CheckedContinuation<T, any Error>?, Scheduled<Void>?) in
        state = .over
        defer {
          self.continuation = nil
          self.timer = nil
        }
        return (self.continuation, self.timer)
      }
      timer?.cancel()
      continuation?.resume(with: result)
    }

    /// The time is up: answers 503, unless a write is under way.
    private func expire() {
      let continuation = lock.withLock { () -> CheckedContinuation<T, any Error>? in
        guard state == .queued || (state == .running && !writes) else { return nil }
        state = .over
        defer { self.continuation = nil }
        return self.continuation
      }
      let seconds = Double(limit.nanoseconds) / 1e9
      continuation?.resume(
        throwing: ProblemDetails(
          .serviceUnavailable, "the request took longer than the server's budget of \(seconds.formatted()) s"))
    }
  }
}

extension Double {
  /// The number without a trailing `.0`.
  fileprivate func formatted() -> String {
    self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
  }
}
