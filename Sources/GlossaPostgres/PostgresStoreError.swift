import GlossaText
import PostgresNIO

/// A failure of the PostgreSQL store, in the words the command line prints: the database (without
/// its password) and what went wrong, with the server's own message when it gave one.
public struct PostgresStoreError: CategorizedError, Sendable {
  /// The database, as ``PostgresLocation/description`` gives it.
  public var location: String
  /// What went wrong.
  public var message: String
  /// What kind of failure it is.
  public var category: ErrorCategory
  /// The server's SQLSTATE code, when the server refused something.
  public var sqlState: String?

  init(location: String, _ message: String, category: ErrorCategory = .failure, sqlState: String? = nil) {
    self.location = location
    self.message = message
    self.category = category
    self.sqlState = sqlState
  }

  /// The error `error` raised while working on `location`.
  init(location: String, _ error: any Error) {
    if let error = error as? PostgresStoreError {
      self = error
      return
    }
    guard let error = error as? PSQLError else {
      self.init(location: location, "\(error)", category: .unavailable)
      return
    }
    if let info = error.serverInfo {
      let state = info[.sqlState]
      let text = [info[.message], info[.detail]].compactMap { $0 }.joined(separator: ": ")
      // 40001 serialization failure, 40P01 deadlock, 55P03 lock not available: try again later.
      let busy = state.map { ["40001", "40P01", "55P03"].contains($0) } ?? false
      // 08 connection, 28 authorization, 3D no such database, 57 the server is shutting down.
      let unavailable = state.map { ["08", "28", "3D", "57"].contains(String($0.prefix(2))) } ?? false
      self.init(
        location: location, text, category: busy ? .busy : unavailable ? .unavailable : .failure, sqlState: state)
    } else {
      self.init(location: location, "cannot reach the database (\(error.code))", category: .unavailable)
    }
  }

  /// Whether the same work may succeed if tried again: a deadlock or a serialization failure.
  public var isRetryable: Bool { sqlState == "40P01" || sqlState == "40001" }

  /// The database and the message, on one line.
  public var description: String { "\(location): \(message)" }
}
