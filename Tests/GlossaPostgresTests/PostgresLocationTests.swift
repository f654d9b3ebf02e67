import Testing

@testable import GlossaPostgres

/// Reading `postgres://` URLs the way PostgreSQL's own tools read them: defaults from the
/// environment, the password from the URL, `$PGPASSWORD` or a `.pgpass` file.
@Suite("PostgreSQL locations")
struct PostgresLocationTests {
  @Test("A full URL: host, port, user, password, database, TLS")
  func full() throws {
    let location = try PostgresLocation(
      url: "postgres://desk:s%40cret@db.example:6543/news%20memory?sslmode=require", environment: [:])
    #expect(location.host == "db.example" && location.port == 6543)
    #expect(location.user == "desk" && location.password == "s@cret")
    #expect(location.database == "news memory" && location.sslMode == "require")
    #expect(location.description == "postgres://desk@db.example:6543/news memory?sslmode=require")
    #expect(!location.description.contains("cret"))
  }

  @Test("What the URL leaves out comes from the environment")
  func defaults() throws {
    let location = try PostgresLocation(
      url: "postgresql://", environment: ["PGUSER": "anna", "PGDATABASE": "tm", "PGPASSWORD": "pw"])
    #expect(location.host == "localhost" && location.port == 5432)
    #expect(location.user == "anna" && location.database == "tm" && location.password == "pw")
    #expect(location.sslMode == "disable")
    #expect(try PostgresLocation(url: "postgres://bob@h/", environment: [:]).database == "bob")
  }

  @Test("The password file: first matching line, wildcards, escaped colons")
  func passwordFile() {
    let file = """
      # comment
      other:5432:tm:anna:wrong
      db.example:5432:*:anna:pa\\:ss
      *:*:*:*:fallback
      """
    #expect(
      PostgresLocation.password(in: file, host: "db.example", port: 5432, database: "tm", user: "anna") == "pa:ss")
    #expect(
      PostgresLocation.password(in: file, host: "db.example", port: 6000, database: "tm", user: "anna") == "fallback")
  }

  @Test("Bad URLs are refused with the reason")
  func bad() {
    #expect(throws: PostgresStoreError.self) { try PostgresLocation(url: "mysql://x/y", environment: [:]) }
    #expect {
      try PostgresLocation(url: "postgres://h/db?sslmode=sometimes", environment: [:])
    } throws: { error in
      (error as? PostgresStoreError)?.message == "unknown sslmode 'sometimes'"
    }
    #expect(!PostgresLocation.isURL("memory.sqlite") && PostgresLocation.isURL("postgres://h/db"))
  }
}
