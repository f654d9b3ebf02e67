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

  private let starts: [UInt32]
  private let lengths: [UInt8]
  private let kinds: [Kind]
  private let bytes: [UInt8]

  init() {
    var starts = [UInt32](repeating: 0, count: Int(Self.limit))
    var lengths = [UInt8](repeating: 0, count: Int(Self.limit))
    var kinds = [Kind](repeating: .separator, count: Int(Self.limit))
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(Self.limit) * 2)
    let folder = ScalarFolder()
    for value in 0..<Self.limit {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let folded = folder.fold(scalar)
      starts[Int(value)] = UInt32(bytes.count)
      let utf8 = Array(folded.utf8)
      lengths[Int(value)] = UInt8(utf8.count)
      bytes.append(contentsOf: utf8)
      kinds[Int(value)] = Self.kind(ofFolded: folded, original: scalar)
    }
    self.starts = starts
    self.lengths = lengths
    self.kinds = kinds
    self.bytes = bytes
  }

  /// Calls `body` with the folded UTF-8 bytes of `value` and their kind.
  @inline(__always)
  func withFold<R>(of value: UInt32, _ body: (ArraySlice<UInt8>, Kind) -> R) -> R {
    let index = Int(value)
    let start = Int(starts[index])
    return body(bytes[start..<start + Int(lengths[index])], kinds[index])
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
