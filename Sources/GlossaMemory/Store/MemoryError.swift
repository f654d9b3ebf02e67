import GRDB
import GlossaText

/// A memory that cannot be opened, read or written. The description is one line naming the
/// file:
///
///     news.sqlite: not a Glossa memory (not an SQLite database)
///
/// The ``category`` tells a locked memory (``GlossaText/ErrorCategory/busy``: another process
/// is writing; try again) from a file that is not a memory
/// (``GlossaText/ErrorCategory/malformedInput``), a memory written by a newer Glossa
/// (``GlossaText/ErrorCategory/unavailable``) and other failures.
public struct MemoryError: CategorizedError, Hashable, Sendable {
  /// The memory's file.
  public var file: String
  /// What is wrong.
  public var message: String
  /// What kind of failure this is.
  public var category: ErrorCategory

  /// An error with a message of its own.
  package init(file: String, message: String, category: ErrorCategory = .failure) {
    self.file = file
    self.message = message
    self.category = category
  }

  /// The error a database failure (or another error met while using the memory) becomes.
  init(file: String, _ error: any Error) {
    self.file = file
    switch error {
    case let error as MemoryError:
      self = error
    case let error as DatabaseError:
      switch error.resultCode.primaryResultCode {
      case .SQLITE_NOTADB:
        message = "not a Glossa memory (not an SQLite database)"
        category = .malformedInput
      case .SQLITE_CORRUPT:
        message = "the memory is damaged: \(error.message ?? "database disk image is malformed")"
        category = .malformedInput
      case .SQLITE_BUSY, .SQLITE_LOCKED:
        message = "the memory is locked by another process; try again when it has finished"
        category = .busy
      case .SQLITE_CANTOPEN:
        message = "cannot open the memory: \(error.message ?? "unable to open database file")"
        category = .missingInput
      default:
        message = error.message ?? "\(error.resultCode)"
        category = .failure
      }
    case let error as any CategorizedError:
      message = error.description
      category = error.category
    default:
      message = "\(error)"
      category = .failure
    }
  }

  /// `file: message`.
  public var description: String { "\(file): \(message)" }
}
