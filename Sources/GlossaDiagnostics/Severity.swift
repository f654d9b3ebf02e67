/// How serious a finding is. Ordered: a note is below a warning, a warning below an error.
public enum Severity: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  case note
  case warning
  case error

  private var rank: Int {
    switch self {
    case .note: 0
    case .warning: 1
    case .error: 2
    }
  }

  /// Orders severities: note, then warning, then error.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
