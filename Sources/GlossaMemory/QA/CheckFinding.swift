/// A problem `glossa tm check` found in a memory or a TMX file.
public struct CheckFinding: Hashable, Sendable {
  /// How serious it is.
  public enum Severity: String, Hashable, Sendable, Comparable {
    case note, warning, error

    public static func < (a: Self, b: Self) -> Bool {
      let order: [Self] = [.note, .warning, .error]
      return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
  }

  /// The check that found it, such as `number-mismatch`.
  public var ruleID: String
  public var severity: Severity
  /// What is wrong, in one sentence.
  public var message: String
  /// Where the unit is.
  public var location: UnitLocation
  /// Another unit that matters (the one with the other translation).
  public var related: UnitLocation?
}

/// Where a unit is: a line of a TMX file, or a row of a memory.
public struct UnitLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file: a TMX file or the memory's database.
  public var file: String
  /// The `tu`'s line in a TMX file.
  public var line: Int?
  /// The unit's row number in a memory.
  public var unitID: Int64?
  /// The unit's `tuid`.
  public var tuid: String?

  public init(file: String, line: Int? = nil, unitID: Int64? = nil, tuid: String? = nil) {
    self.file = file
    self.line = line
    self.unitID = unitID
    self.tuid = tuid
  }

  /// `memory.tmx:12` or `memory.sqlite#unit-7`, with the tuid when there is one.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    if let unitID { text += "#unit-\(unitID)" }
    if let tuid { text += " [\(tuid)]" }
    return text
  }
}
