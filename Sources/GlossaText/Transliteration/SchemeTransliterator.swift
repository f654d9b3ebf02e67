import GlossaICU

/// Transliterates text with one ``TransliterationScheme``, word by word, remembering words
/// it has already seen.
///
///     let elot = try TransliterationScheme.elot743.makeTransliterator()
///     elot.transliterated("Ο Ευάγγελος στα Χανιά")   // "O Evangelos sta Chania"
///
/// News text repeats its words, so most words are looked up rather than run through ICU
/// again; text between words (spaces, digits, punctuation) is passed through ICU the same way,
/// so the output is exactly what the ICU transform gives for the whole text. The cache is
/// bounded. Not safe to share between tasks.
public final class SchemeTransliterator {
  /// The scheme this transliterator applies.
  public let scheme: TransliterationScheme

  private let transform: GlossaICU.Transliterator
  private var memo: ByteMemo

  /// Opens the scheme's ICU transform.
  ///
  /// - Parameter cacheLimit: How many distinct pieces to remember before starting afresh.
  package init(scheme: TransliterationScheme, cacheLimit: Int = 200_000) throws(ICUError) {
    self.scheme = scheme
    self.transform = try scheme.makeICUTransliterator()
    self.memo = ByteMemo(entryLimit: cacheLimit)
  }

  /// Returns `text` transliterated.
  ///
  /// - Complexity: O(*n*) in the length of `text`; ICU runs only on pieces not seen before.
  public func transliterated(_ text: String) -> String {
    var text = text
    return text.withUTF8 { bytes in
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + bytes.count / 4 + 16)
      var start = 0
      while start < bytes.count {
        let end = WordRuns.endOfRun(startingAt: start, in: bytes)
        appendTransliteration(of: UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &output)
        start = end
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  /// Returns `text` transliterated in one ICU call, without splitting or caching.
  package func transliteratedWhole(_ text: String) throws(ICUError) -> String {
    try transform.transliterated(text)
  }

  private func appendTransliteration(of piece: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    let hash = ByteMemo.hash(piece)
    if memo.withValue(for: piece, hash: hash, { output.append(contentsOf: $0) }) { return }
    let source = String(decoding: piece, as: UTF8.self)
    // ICU has no error for well-formed text; should one occur, the piece is kept as it is.
    let result = (try? transform.transliterated(source)) ?? source
    memo.insert(key: piece, hash: hash, value: result.utf8)
    output.append(contentsOf: result.utf8)
  }
}

/// Splits UTF-8 text into alternating runs of word characters (letters and their marks)
/// and everything else, so that each run can be transliterated on its own.
///
/// A run of letters ends only where a character that is neither a letter nor a mark begins,
/// so digraph and word-boundary rules see the whole word.
enum WordRuns {
  /// Returns the end of the run that starts at byte `start`.
  @inline(__always)
  static func endOfRun(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var (isWord, index) = scalar(at: start, in: bytes)
    while index < bytes.count {
      let (nextIsWord, next) = scalar(at: index, in: bytes)
      if nextIsWord != isWord { break }
      isWord = nextIsWord
      index = next
    }
    return index
  }

  /// Whether the scalar at `index` is a word character, and where the next scalar starts.
  @inline(__always)
  private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Bool, Int) {
    let lead = bytes[index]
    if lead < 0x80 {
      return ((lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A, index + 1)
    }
    var width = 1
    if lead >= 0xF0 { width = 4 } else if lead >= 0xE0 { width = 3 } else if lead >= 0xC0 { width = 2 }
    let end = min(index + width, bytes.count)
    var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for offset in index + 1..<end { value = (value << 6) | UInt32(bytes[offset] & 0x3F) }
    return (isWordScalar(value), end)
  }

  @inline(__always)
  static func isWordScalar(_ value: UInt32) -> Bool {
    if (0x0370...0x03FF).contains(value) || (0x1F00...0x1FFF).contains(value) {
      // Greek letters and accents; the Greek question mark, ano teleia and numeral signs are not.
      return value != 0x037E && value != 0x0387 && value != 0x0375 && value != 0x0374
    }
    guard let scalar = Unicode.Scalar(value) else { return false }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
  }
}
