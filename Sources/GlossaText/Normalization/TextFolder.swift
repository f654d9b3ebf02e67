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
  package init() {}

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
      var state = FoldState(capacity: source.count, keyed: keyed)
      var index = 0
      let count = source.count
      while index < count {
        let lead = source[index]
        let value: UInt32
        if lead < 0x80 {
          index += 1
          switch lead {
          case 0x41...0x5A:
            state.appendWord(byte: lead | 0x20)
            continue
          case 0x61...0x7A, 0x30...0x39:
            state.appendWord(byte: lead)
            continue
          default:
            value = UInt32(lead)
          }
        } else if lead < 0xE0, index + 1 < count {
          value = (UInt32(lead & 0x1F) << 6) | UInt32(source[index + 1] & 0x3F)
          index += 2
        } else if lead < 0xF0, index + 2 < count {
          value =
            (UInt32(lead & 0x0F) << 12) | (UInt32(source[index + 1] & 0x3F) << 6)
            | UInt32(source[index + 2] & 0x3F)
          index += 3
        } else if index + 3 < count {
          value =
            (UInt32(lead & 0x07) << 18) | (UInt32(source[index + 1] & 0x3F) << 12)
            | (UInt32(source[index + 2] & 0x3F) << 6) | UInt32(source[index + 3] & 0x3F)
          index += 4
        } else {
          value = 0xFFFD
          index = count
        }
        if value < FoldingTable.limit {
          // Marks and ignorable characters fold to nothing and leave the word as it was.
          if table.foldsToNothing(value) { continue }
          let kind = table.kind(of: value)
          if kind == .word {
            state.beginWordScalar()
            _ = table.appendFold(of: value, to: &state.output)
            state.endWordScalar()
          } else {
            state.beginOtherScalar(kind)
            if !keyed { _ = table.appendFold(of: value, to: &state.output) }
          }
        } else {
          let (folded, kind) = FoldingTable.foldOutside(Unicode.Scalar(value) ?? "\u{FFFD}")
          if folded.isEmpty { continue }
          if kind == .word {
            state.beginWordScalar()
            state.output.append(contentsOf: folded.utf8)
            state.endWordScalar()
          } else {
            state.beginOtherScalar(kind)
            if !keyed { state.output.append(contentsOf: folded.utf8) }
          }
        }
      }
      state.finish()
      return String(decoding: state.output, as: UTF8.self)
    }
  }
}

/// The output of one fold, and what it needs to remember between scalars: whether a word
/// is under way, whether a key still owes a space, and where a sigma that may end its word is.
private struct FoldState {
  var output: [UInt8] = []
  private let keyed: Bool
  private var inWord = false
  private var owesSeparator = false
  /// Index of the second byte of a `σ` just written after a letter: it becomes `ς` unless
  /// another letter follows.
  private var sigmaIndex = -1
  private var wordScalarStart = 0
  private var wasInWord = false

  init(capacity: Int, keyed: Bool) {
    self.keyed = keyed
    output.reserveCapacity(capacity + 8)
  }

  @inline(__always)
  mutating func appendWord(byte: UInt8) {
    beginWordScalar()
    output.append(byte)
    inWord = true
  }

  @inline(__always)
  mutating func beginWordScalar() {
    sigmaIndex = -1  // a letter follows: the sigma before it stays medial
    if owesSeparator {
      if !output.isEmpty { output.append(0x20) }
      owesSeparator = false
    }
    wordScalarStart = output.count
    wasInWord = inWord
  }

  @inline(__always)
  mutating func endWordScalar() {
    let end = output.count
    if wasInWord, end - wordScalarStart == 2, output[end - 2] == 0xCF, output[end - 1] == 0x83 {
      sigmaIndex = end - 1
    }
    inWord = true
  }

  @inline(__always)
  mutating func beginOtherScalar(_ kind: FoldingTable.Kind) {
    endWord()
    if keyed, kind == .separator { owesSeparator = true }
  }

  mutating func finish() { endWord() }

  @inline(__always)
  private mutating func endWord() {
    if sigmaIndex >= 0 {
      output[sigmaIndex] = 0x82  // σ → ς
      sigmaIndex = -1
    }
    inWord = false
  }
}
