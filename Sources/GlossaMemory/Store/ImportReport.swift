import GlossaText

/// What an import did, or would do with `dryRun`.
public struct ImportReport: Hashable, Sendable {
  /// New units.
  public var added = 0
  /// Units identical to one already there (or earlier in the same input), merged into it:
  /// usage counts added up, dates widened, new properties and notes kept.
  public var merged = 0
  /// Units left out on purpose: no segment in the source language, or an empty segment.
  public var skipped = 0
  /// Units that could not be stored.
  public var failed = 0
  /// What was noticed: units skipped or refused, odd things in the input.
  public var warnings: [InputWarning] = []

  /// A report of nothing done yet.
  package init() {}

  /// Units read in all.
  public var total: Int { added + merged + skipped + failed }
}

/// How far an import has got.
public struct ImportProgress: Sendable {
  /// Units read so far.
  public var units: Int
  /// Input bytes read so far, and in all when known.
  public var bytesRead: Int
  /// The input's size in bytes, when known.
  public var totalBytes: Int?

  /// Progress after `units` units and `bytesRead` bytes of `totalBytes`.
  public init(units: Int, bytesRead: Int, totalBytes: Int?) {
    self.units = units
    self.bytesRead = bytesRead
    self.totalBytes = totalBytes
  }
}
