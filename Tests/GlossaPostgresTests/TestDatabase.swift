import Foundation
import GlossaMemory

@testable import GlossaPostgres

/// A database of its own for one test, made on the PostgreSQL server that
/// `$GLOSSA_TEST_POSTGRES` names (a `postgres://` URL whose user may create databases) and
/// dropped afterwards. `.ci/run` starts a throwaway server and sets the variable
/// (`scripts/postgres-cluster.sh`); without it the tests that need a server do not run.
final class TestDatabase {
  /// The server's URL, when tests may use one.
  static let serverURL: String? = ProcessInfo.processInfo.environment["GLOSSA_TEST_POSTGRES"].flatMap {
    $0.isEmpty ? nil : $0
  }

  /// Whether a server is at hand.
  static var isAvailable: Bool { serverURL != nil }

  let location: PostgresLocation
  private let admin: PostgresSession

  init() throws {
    let server = try PostgresLocation(url: try require(Self.serverURL))
    admin = try PostgresSession(server)
    let name = "glossa_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    try admin.execute("CREATE DATABASE \(name)")
    var location = server
    location.database = name
    self.location = location
  }

  deinit {
    try? admin.execute("DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)")
  }

  /// A new store on this database (another pool of connections, as another process has).
  func memory(connections: Int = 4) throws -> PostgresMemory {
    try PostgresMemory(location: location, connections: connections)
  }
}

/// A SQLite memory in a temporary file, removed afterwards.
final class TestFile {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent(
    "glossa-store-\(UUID().uuidString).sqlite"
  ).path

  deinit {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
  }

  func memory() throws -> TranslationMemory { try TranslationMemory(path: path) }
}

/// `#require` outside a test function: throws when `value` is missing.
private func require<T>(_ value: T?) throws -> T {
  guard let value else { throw MissingServer() }
  return value
}

private struct MissingServer: Error {}
