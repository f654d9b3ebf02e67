import GlossaText
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One connection to the database, used by one thread at a time; each call blocks until the
/// server has answered. (The store's callers are threads of their own — the command line's,
/// the server's pool for database work — never an event loop.)
final class PostgresSession: @unchecked Sendable {
  private let connection: PostgresConnection
  private let logger: Logger
  /// What errors name.
  let location: String

  private static let ids = Lock()
  nonisolated(unsafe) private static var lastID = 0

  /// Connects to `location`.
  init(_ location: PostgresLocation) throws {
    self.location = location.description
    var logger = Logger(label: "glossa.postgres")
    logger.logLevel = .critical
    self.logger = logger
    let id = Self.ids.withLock {
      Self.lastID += 1
      return Self.lastID
    }
    do {
      connection = try PostgresConnection.connect(
        on: MultiThreadedEventLoopGroup.singleton.any(), configuration: try location.configuration(), id: id,
        logger: logger
      ).wait()
    } catch {
      throw PostgresStoreError(location: location.description, error)
    }
  }

  deinit {
    try? connection.close().wait()
  }

  /// Whether the connection can still be used.
  var isOpen: Bool { !connection.isClosed }

  /// The rows `sql` gives with `binds` for its `$1`, `$2`…
  @discardableResult
  func rows(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRow] {
    do {
      return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait().rows
    } catch {
      throw PostgresStoreError(location: location, error)
    }
  }

  /// Runs `sql`, one statement without parameters.
  func execute(_ sql: String) throws {
    try rows(sql)
  }

  /// Runs `body` in a transaction: committed when it returns, rolled back when it throws or
  /// when `commit` is false.
  func transaction<T>(commit: Bool = true, _ body: () throws -> T) throws -> T {
    try execute("BEGIN")
    let result: T
    do {
      result = try body()
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
    try execute(commit ? "COMMIT" : "ROLLBACK")
    return result
  }
}
