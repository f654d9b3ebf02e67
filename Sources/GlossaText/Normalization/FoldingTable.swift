import GlossaICU

/// A precomputed per-scalar folding table for the scripts Greek news uses.
///
/// Each scalar below ``limit`` maps to the UTF-8 bytes of its fold, computed once with ICU:
/// compatibility decomposition (NFKD), combining marks removed, Unicode case folding, then
/// Glossa's own unifications (typographic hyphens, apostrophes, quotes, lunate sigma,
/// zero-width characters). Every sigma folds to `σ`; ``TextFolder`` restores the final form.
struct FoldingTable: Sendable {
  /// What a folded scalar is, for building matching keys.
  enum Kind: UInt8, Sendable {
    /// A letter, digit or mark: part of a word.
    case word
    /// An apostrophe: removed from keys (`O'Brien` → `obrien`).
    case apostrophe
    /// Anything else: spaces, punctuation, symbols. Keys turn runs of these into one space.
    case separator
  }

  /// Scalars from U+0000 up to (not including) this value are in the table.
  static let limit: UInt32 = 0x2100

  /// One 64-bit entry per scalar: up to 7 folded UTF-8 bytes in bits 0–55 (first byte
  /// lowest), their count in bits 56–58 and the ``Kind`` in bits 59–60. Folds longer than
  /// 7 bytes (a handful of compatibility ligatures) have count 0 and bit 61 set, and live
  /// in ``longFolds``.
  private let entries: [UInt64]
  private let longFolds: [UInt32: [UInt8]]

  init() {
    var entries = [UInt64](repeating: 0, count: Int(Self.limit))
    var longFolds: [UInt32: [UInt8]] = [:]
    let folder = ScalarFolder()
    for value in 0..<Self.limit {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let folded = folder.fold(scalar)
      let utf8 = Array(folded.utf8)
      let kind = UInt64(Self.kind(ofFolded: folded, original: scalar).rawValue) << 59
      if utf8.count > 7 {
        longFolds[value] = utf8
        entries[Int(value)] = kind | (1 << 61)
        continue
      }
      var packed: UInt64 = 0
      for (index, byte) in utf8.enumerated() { packed |= UInt64(byte) << (8 * UInt64(index)) }
      entries[Int(value)] = packed | (UInt64(utf8.count) << 56) | kind
    }
    self.entries = entries
    self.longFolds = longFolds
  }

  /// Appends the folded UTF-8 bytes of `value` (below ``limit``) to `output`; returns the kind.
  @inline(__always)
  func appendFold(of value: UInt32, to output: inout [UInt8]) -> Kind {
    let entry = entries[Int(value)]
    var count = Int((entry >> 56) & 0x7)
    if count == 0, entry & (1 << 61) != 0, let long = longFolds[value] {
      output.append(contentsOf: long)
    } else {
      var payload = entry
      while count > 0 {
        output.append(UInt8(truncatingIfNeeded: payload))
        payload >>= 8
        count -= 1
      }
    }
    return Kind(rawValue: UInt8((entry >> 59) & 0x3)) ?? .separator
  }

  /// Whether `value` (below ``limit``) folds to nothing.
  @inline(__always)
  func foldsToNothing(_ value: UInt32) -> Bool {
    entries[Int(value)] & ((0x7 << 56) | (1 << 61)) == 0
  }

  /// The kind of `value` (below ``limit``).
  @inline(__always)
  func kind(of value: UInt32) -> Kind {
    Kind(rawValue: UInt8((entries[Int(value)] >> 59) & 0x3)) ?? .separator
  }

  /// The folded bytes for a scalar at or above ``limit``, computed without the table.
  static func foldOutside(_ scalar: Unicode.Scalar) -> (String, Kind) {
    let properties = scalar.properties
    if !properties.changesWhenNFKCCaseFolded && properties.generalCategory != .nonspacingMark {
      return (String(scalar), kind(ofFolded: String(scalar), original: scalar))
    }
    let folded = ScalarFolder().fold(scalar)
    return (folded, kind(ofFolded: folded, original: scalar))
  }

  private static func kind(ofFolded folded: String, original: Unicode.Scalar) -> Kind {
    if folded == "'" { return .apostrophe }
    guard let first = folded.unicodeScalars.first else {
      // Marks fold to nothing but belong to their word; so do zero-width joiners.
      return original.properties.generalCategory == .nonspacingMark ? .word : .separator
    }
    let properties = first.properties
    if properties.isAlphabetic || properties.numericType != nil { return .word }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber:
      return .word
    default:
      return .separator
    }
  }
}

/// Computes the fold of single scalars with ICU; used to build ``FoldingTable``.
private struct ScalarFolder {
  private let caseFolder = try? CaseMapper(locale: "")

  func fold(_ scalar: Unicode.Scalar) -> String {
    if let special = Self.special[scalar.value] { return special }
    if scalar.properties.isDefaultIgnorableCodePoint { return "" }
    let decomposed = (try? Normalizer.nfkd.normalized(String(scalar))) ?? String(scalar)
    var stripped = String.UnicodeScalarView()
    for part in decomposed.unicodeScalars where part.properties.generalCategory != .nonspacingMark {
      stripped.append(Self.special[part.value].flatMap { $0.unicodeScalars.first } ?? part)
    }
    let folded = (try? caseFolder?.caseFolded(String(stripped))) ?? String(stripped)
    return (try? Normalizer.nfc.normalized(folded)) ?? folded
  }

  /// Unifications Unicode does not make: typographic variants news text mixes freely.
  static let special: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    for hyphen: UInt32 in [0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xFE63, 0xFF0D] {
      table[hyphen] = "-"
    }
    // Right and left single quotes, modifier letters, Greek koronis/psili/tonos used as
    // apostrophes, grave and acute accents typed in place of one.
    for apostrophe: UInt32 in [
      0x2018, 0x2019, 0x201B, 0x02BC, 0x02BB, 0x02BD, 0x0384, 0x1FBD, 0x1FBF, 0x0060, 0x00B4,
      0xFF07, 0x2032,
    ] {
      table[apostrophe] = "'"
    }
    for quote: UInt32 in [0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xFF02] {
      table[quote] = "\""
    }
    table[0x03F2] = "σ"  // lunate sigma
    table[0x03F9] = "σ"  // capital lunate sigma
    table[0x03C2] = "σ"  // final sigma: TextFolder decides the form from the position
    table[0x00AD] = ""  // soft hyphen
    return table
  }()
}
