/// Folds text into forms for matching: case, accents and typographic variants removed.
///
///     let folder = TextFolder.shared
///     folder.folded("ΟΔΟΣ Ελευθερίου")        // "οδος ελευθεριου"
///     folder.folded("Προϋπόθεση")             // "προυποθεση"
///     folder.key("Κιμ Γιονγκ-Ουν!")           // "κιμ γιονγκ ουν"
///
/// ``folded(_:)`` keeps the text's shape (spaces and punctuation stay); ``key(_:)`` keeps only
/// words, separated by single spaces, for exact-key lookups. Both give Greek its final sigma
/// by position: `σ` inside a word, `ς` at the end of one.
///
/// Folding covers what news text mixes: precomposed and decomposed accents, tonos and oxia
/// (U+03AC and U+1F71), dialytika (ΐ ΰ), the Greek question mark U+037E (folded to `;`) and
/// ano teleia U+0387 (folded to `·`), typographic hyphens, apostrophes and quotes, ligatures
/// and full-width forms.
public struct TextFolder: Sendable {
  /// The shared folder; its table is built once, on first use.
  public static let shared = TextFolder()

  private let table = FoldingTable()

  /// Creates a folder. Prefer ``shared``: building the table takes a few milliseconds.
  public init() {}

  /// Returns `text` folded for matching, keeping spaces and punctuation.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  public func folded(_ text: String) -> String {
    fold(text, keyed: false)
  }

  /// Returns the matching key of `text`: its folded words joined by single spaces.
  ///
  /// Hyphens, punctuation and runs of spaces separate words; apostrophes vanish.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  public func key(_ text: String) -> String {
    fold(text, keyed: true)
  }

  private func fold(_ text: String, keyed: Bool) -> String {
    var text = text
    return text.withUTF8 { source in
      var output: [UInt8] = []
      output.reserveCapacity(source.count)
      var pendingSeparator = false
      var index = 0
      let count = source.count
      while index < count {
        let lead = source[index]
        var value: UInt32
        var width: Int
        if lead < 0x80 {
          value = UInt32(lead)
          width = 1
        } else if lead < 0xE0, index + 1 < count {
          value = (UInt32(lead & 0x1F) << 6) | UInt32(source[index + 1] & 0x3F)
          width = 2
        } else if lead < 0xF0, index + 2 < count {
          value =
            (UInt32(lead & 0x0F) << 12) | (UInt32(source[index + 1] & 0x3F) << 6)
            | UInt32(source[index + 2] & 0x3F)
          width = 3
        } else {
          value =
            (UInt32(lead & 0x07) << 18) | (UInt32(source[index + 1] & 0x3F) << 12)
            | (UInt32(source[index + 2] & 0x3F) << 6) | UInt32(source[index + 3] & 0x3F)
          width = 4
        }
        index += width
        if value < FoldingTable.limit {
          table.withFold(of: value) { bytes, kind in
            emit(bytes, kind, keyed, &output, &pendingSeparator)
          }
        } else {
          let (folded, kind) = FoldingTable.foldOutside(Unicode.Scalar(value) ?? "\u{FFFD}")
          emit(Array(folded.utf8)[...], kind, keyed, &output, &pendingSeparator)
        }
      }
      Self.placeFinalSigmas(in: &output)
      return String(decoding: output, as: UTF8.self)
    }
  }

  @inline(__always)
  private func emit(
    _ bytes: ArraySlice<UInt8>, _ kind: FoldingTable.Kind, _ keyed: Bool,
    _ output: inout [UInt8], _ pendingSeparator: inout Bool
  ) {
    guard keyed else {
      output.append(contentsOf: bytes)
      return
    }
    switch kind {
    case .word:
      if bytes.isEmpty { return }
      if pendingSeparator, !output.isEmpty { output.append(0x20) }
      pendingSeparator = false
      output.append(contentsOf: bytes)
    case .apostrophe:
      return
    case .separator:
      pendingSeparator = true
    }
  }

  /// Turns every `σ` (CF 83) that ends a word into `ς` (CF 82). A sigma ends a word when a
  /// letter precedes it and no letter follows.
  static func placeFinalSigmas(in output: inout [UInt8]) {
    var index = 0
    let count = output.count
    while index + 1 < count {
      if output[index] == 0xCF, output[index + 1] == 0x83 {
        if index > 0, isLetter(endingAt: index, in: output),
          !isLetter(startingAt: index + 2, in: output)
        {
          output[index + 1] = 0x82
        }
        index += 2
      } else {
        index += 1
      }
    }
  }

  private static func isLetter(startingAt index: Int, in bytes: [UInt8]) -> Bool {
    guard index < bytes.count else { return false }
    let lead = bytes[index]
    if lead < 0x80 { return isASCIILetter(lead) }
    var end = index + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return scalar(in: bytes[index..<end])?.properties.isAlphabetic ?? false
  }

  private static func isLetter(endingAt end: Int, in bytes: [UInt8]) -> Bool {
    var start = end - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    if bytes[start] < 0x80 { return isASCIILetter(bytes[start]) }
    return scalar(in: bytes[start..<end])?.properties.isAlphabetic ?? false
  }

  @inline(__always)
  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
  }

  private static func scalar(in bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.first
  }
}
