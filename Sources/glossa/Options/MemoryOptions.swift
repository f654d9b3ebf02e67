import ArgumentParser
import GlossaMemory
import GlossaPostgres

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--tm PATH`: which translation memory to use.
struct MemoryOptions: ParsableArguments {
  @Option(
    name: .customLong("tm"),
    help: ArgumentHelp(
      "The memory: a file, or a team memory's postgres:// URL. Default: $GLOSSA_TM, else $XDG_DATA_HOME/glossa/memory.sqlite (~/.local/share/glossa/memory.sqlite).",
      valueName: "PATH|URL"))
  var path: String?

  /// The memory's path: `--tm`, `$GLOSSA_TM`, `$XDG_DATA_HOME/glossa/memory.sqlite`, or
  /// `~/.local/share/glossa/memory.sqlite`.
  var resolvedPath: String {
    if let path { return path }
    if let value = Self.environment("GLOSSA_TM"), !value.isEmpty { return value }
    if let data = Self.environment("XDG_DATA_HOME"), !data.isEmpty { return data + "/glossa/memory.sqlite" }
    return (Self.environment("HOME") ?? ".") + "/.local/share/glossa/memory.sqlite"
  }

  /// Opens the memory, reporting failure on standard error. Only commands that add units
  /// create a memory that does not exist yet; the others say so, so that a mistyped `--tm`
  /// does not leave an empty memory behind.
  ///
  /// - Throws: `ExitCode` 65 when the file is not a memory or cannot be opened, 66 when it
  ///   does not exist and `creating` is off.
  func open(creating: Bool = false) throws -> any MemoryStore {
    try Self.open(resolvedPath, creating: creating)
  }

  /// Opens the memory at `location`, a file or a `postgres://` URL, reporting failure on
  /// standard error. A file that does not exist is created only when `creating`; an empty
  /// database always gets the schema.
  ///
  /// - Parameter connections: How many connections a team memory may open at once.
  static func open(_ location: String, creating: Bool, connections: Int = 2) throws -> any MemoryStore {
    if PostgresLocation.isURL(location) {
      do {
        return try PostgresMemory(url: location, connections: connections)
      } catch {
        throw reported(error)
      }
    }
    if !creating, access(location, F_OK) != 0 {
      printDiagnostic("error: \(location): no such memory (tm import or tm add creates one)")
      throw ExitCode(66)
    }
    do {
      return try TranslationMemory(path: location)
    } catch {
      throw reported(error)
    }
  }

  private static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
