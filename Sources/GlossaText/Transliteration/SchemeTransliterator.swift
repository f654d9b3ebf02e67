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
  private var cache: [Substring: String] = [:]
  private let cacheLimit: Int

  /// Opens the scheme's ICU transform.
  ///
  /// - Parameter cacheLimit: How many distinct pieces to remember before starting afresh.
  public init(scheme: TransliterationScheme, cacheLimit: Int = 200_000) throws(ICUError) {
    self.scheme = scheme
    self.transform = try scheme.makeICUTransliterator()
    self.cacheLimit = cacheLimit
  }

  /// Returns `text` transliterated.
  ///
  /// - Complexity: O(*n*) in the length of `text`; ICU runs only on pieces not seen before.
  public func transliterated(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for piece in WordRuns(text) {
      output += transliterated(piece: piece)
    }
    return output
  }

  /// Returns `text` transliterated in one ICU call, without splitting or caching.
  public func transliteratedWhole(_ text: String) throws(ICUError) -> String {
    try transform.transliterated(text)
  }

  private func transliterated(piece: Substring) -> String {
    if let known = cache[piece] { return known }
    // A piece ICU cannot handle (it has no error for well-formed text) is kept as it is.
    let result = (try? transform.transliterated(String(piece))) ?? String(piece)
    if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
    cache[piece] = result
    return result
  }
}

/// Splits a text into alternating runs of word characters (letters and their marks) and
/// everything else, so that each run can be transliterated on its own.
///
/// A run of letters ends only where a character that is neither a letter nor a mark begins,
/// so digraph and word-boundary rules see the whole word.
struct WordRuns: Sequence, IteratorProtocol {
  private let text: Substring
  private var index: String.Index

  init(_ text: String) {
    self.text = text[...]
    self.index = text.startIndex
  }

  mutating func next() -> Substring? {
    guard index < text.endIndex else { return nil }
    let scalars = text.unicodeScalars
    let start = index
    let inWord = Self.isWordScalar(scalars[start])
    var cursor = scalars.index(after: start)
    while cursor < scalars.endIndex, Self.isWordScalar(scalars[cursor]) == inWord {
      scalars.formIndex(after: &cursor)
    }
    index = cursor
    return text[start..<cursor]
  }

  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
    }
    if (0x0370...0x03FF).contains(value) || (0x1F00...0x1FFF).contains(value) {
      // Greek letters and accents; the Greek question mark and ano teleia are punctuation.
      return value != 0x037E && value != 0x0387 && value != 0x0375
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
  }
}
