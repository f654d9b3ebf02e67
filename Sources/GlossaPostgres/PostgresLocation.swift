import Foundation
import NIOSSL
import PostgresNIO

/// Where a team memory lives: a `postgres://` URL, with the password found the way
/// PostgreSQL's own tools find it.
///
///     postgres://alice@db.newsroom.example:5432/memory?sslmode=require
///
/// - The user is the URL's, else `$PGUSER`, else `$USER`; the database the URL's path, else
///   `$PGDATABASE`, else the user's name; host and port default to `localhost` and 5432.
/// - The password is the URL's, else `$PGPASSWORD`, else the first matching line of
///   `$PGPASSFILE` or `~/.pgpass` (`host:port:database:user:password`, `*` for any, `\:` and
///   `\\` escaped).
/// - `sslmode` is `disable` (the default), `prefer`, `require` (encrypted, certificate not
///   checked), `verify-ca` or `verify-full` (certificate checked against the system's roots).
public struct PostgresLocation: Sendable, Equatable {
  /// The server's host name or address.
  public var host: String
  /// The server's port.
  public var port: Int
  /// The user to connect as.
  public var user: String
  /// The password, from the URL, the environment or the password file.
  public var password: String?
  /// The database holding the memory.
  public var database: String
  /// How the connection is encrypted, in libpq's words (`disable` … `verify-full`).
  public var sslMode: String

  /// Whether `text` names a PostgreSQL database rather than a file.
  public static func isURL(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads `url`, taking what it lacks from `environment` and the password file.
  ///
  /// - Throws: ``MemoryError`` naming what is wrong with the URL.
  public init(url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
    guard Self.isURL(url), let components = URLComponents(string: url) else {
      throw PostgresStoreError(location: url, "not a postgres:// URL", category: .malformedInput)
    }
    host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
    port = components.port ?? 5432
    user =
      components.user.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding } ?? environment["PGUSER"]
      ?? environment["USER"] ?? "postgres"
    let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
    database = path.isEmpty ? (environment["PGDATABASE"] ?? user) : (path.removingPercentEncoding ?? path)
    sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
    guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslMode) else {
      throw PostgresStoreError(location: url, "unknown sslmode '\(sslMode)'", category: .malformedInput)
    }
    guard (1...65_535).contains(port) else {
      throw PostgresStoreError(location: url, "port \(port) is out of range", category: .malformedInput)
    }
    password =
      components.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
      ?? Self.passwordFile(environment).flatMap {
        Self.password(in: $0, host: host, port: port, database: database, user: user)
      }
  }

  /// The URL without its password, for messages.
  public var description: String {
    "postgres://\(user)@\(host):\(port)/\(database)" + (sslMode == "disable" ? "" : "?sslmode=\(sslMode)")
  }

  /// The connection settings postgres-nio takes.
  func configuration() throws -> PostgresConnection.Configuration {
    let tls: PostgresConnection.Configuration.TLS
    switch sslMode {
    case "disable", "allow":
      tls = .disable
    default:
      var settings = TLSConfiguration.makeClientConfiguration()
      if sslMode != "verify-ca" && sslMode != "verify-full" { settings.certificateVerification = .none }
      if sslMode == "verify-ca" { settings.certificateVerification = .noHostnameVerification }
      let context = try NIOSSLContext(configuration: settings)
      tls = sslMode == "prefer" ? .prefer(context) : .require(context)
    }
    var configuration = PostgresConnection.Configuration(
      host: host, port: port, username: user, password: password, database: database, tls: tls)
    configuration.options.connectTimeout = .seconds(10)
    return configuration
  }

  /// The password file PostgreSQL's tools read.
  private static func passwordFile(_ environment: [String: String]) -> String? {
    let path = environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
    return path.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
  }

  /// The password of the first line of a `.pgpass` file that matches.
  static func password(in file: String, host: String, port: Int, database: String, user: String) -> String? {
    for line in file.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = Self.fields(of: String(line))
      guard fields.count == 5 else { continue }
      let wanted = [host, String(port), database, user]
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
    }
    return nil
  }

  /// The colon-separated fields of a `.pgpass` line, `\:` and `\\` unescaped.
  private static func fields(of line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var escaped = false
    for character in line {
      if escaped {
        field.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field)
    return fields
  }
}
