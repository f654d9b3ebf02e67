import GlossaICU

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A word list to tell the words of a language from names: Hunspell's Modern Greek dictionary
/// (`el_GR.dic`, Debian's `hunspell-el`) is a full-form list of about 829,000 words, common words
/// in lower case and proper names capitalized.
///
///     let lexicon = try Lexicon(contentsOf: "/usr/share/hunspell/el_GR.dic")
///     lexicon.contains("ελληνική")        // true
///     lexicon.isCommonWord("Ελληνική")    // true: its lower-case form is an entry
///     lexicon.isCommonWord("Πιονγιάνγκ")  // false
///
/// The list is compiled once into a table of the words' fingerprints (``LexiconCompiler``)
/// stored beside the other caches (`$XDG_CACHE_HOME/glossa`, else `~/.cache/glossa`), keyed by
/// the list's path, size and modification time, and memory-mapped on later runs without
/// reading the list again. Lookups hash the NFC text's bytes; a word not in the list is taken
/// for one with odds of about one in 500 million. The lexicon is immutable and safe to share
/// between threads.
///
/// - Complexity: ``contains(_:)`` is O(*k*) in the length of the word (one hash, one index
///   entry, a few fingerprints).
public final class Lexicon: @unchecked Sendable {
  /// The word list the lexicon was made from, as named.
  public let source: String
  /// How many entries it has.
  public let count: Int

  // The compiled table (``LexiconCompiler``): a header, the bucket index and `count` UInt32
  // fingerprints, sorted within each bucket. Either memory-mapped from the cache file or allocated here.
  private let base: UnsafeRawPointer
  private let byteCount: Int
  private let mapped: Bool
  private let bucketBits: Int
  private let fingerprintsOffset: Int

  /// Opens the word list at `path` (a Hunspell `.dic` in ISO-8859-7 or UTF-8, or a plain list
  /// of one word per line), compiling and caching it the first time.
  ///
  /// - Throws: ``TextInputError`` when the list cannot be read.
  public convenience init(contentsOf path: String) throws(TextInputError) {
    try self.init(contentsOf: path, cachePath: CacheFolder.path(for:))
  }

  /// Opens the word list at `path`, its compiled table cached where `cachePath` says for a
  /// file name (`nil`: no cache). Tests give each their own folder.
  package convenience init(contentsOf path: String, cachePath: (String) -> String?) throws(TextInputError) {
    // The cache is found by the list's path, size and modification time, so a cached run
    // never reads the list itself.
    let name = Self.cacheName(key: try Self.cacheKey(ofFileAt: path))
    if let cache = cachePath(name), let mapping = Self.map(cache) {
      self.init(source: path, mapping: mapping)
      return
    }
    let bytes = try TextFile.readBytes(path)
    let compiled = LexiconCompiler.compile(Self.words(inList: bytes))
    if let cache = cachePath(name) {
      Self.store(compiled, at: cache)
      if let mapping = Self.map(cache) {
        self.init(source: path, mapping: mapping)
        return
      }
    }
    self.init(source: path, compiled: compiled)
  }

  /// A lexicon of the given words, built in memory (for tests and small lists).
  public convenience init(words: some Sequence<String>, source: String = "<memory>") {
    self.init(source: source, compiled: LexiconCompiler.compile(Array(words)))
  }

  private init(source: String, mapping: (UnsafeRawPointer, Int)) {
    self.source = source
    base = mapping.0
    byteCount = mapping.1
    mapped = true
    count = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
    bucketBits = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
    fingerprintsOffset = LexiconCompiler.headerSize + 4 * ((1 << bucketBits) + 1)
  }

  private init(source: String, compiled: [UInt8]) {
    self.source = source
    let pointer = UnsafeMutableRawPointer.allocate(byteCount: max(compiled.count, 1), alignment: 8)
    compiled.withUnsafeBytes { pointer.copyMemory(from: $0.baseAddress!, byteCount: compiled.count) }
    base = UnsafeRawPointer(pointer)
    byteCount = compiled.count
    mapped = false
    count = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
    bucketBits = Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
    fingerprintsOffset = LexiconCompiler.headerSize + 4 * ((1 << bucketBits) + 1)
  }

  deinit {
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), byteCount)
    } else {
      UnsafeMutableRawPointer(mutating: base).deallocate()
    }
  }

  /// Whether `word` is an entry, exactly as written (case and accents count).
  package func contains(_ word: String) -> Bool {
    var word = word
    if word.withUTF8({ contains(bytes: $0) }) { return true }
    // The list is in precomposed form with tonos; text may carry combining accents or the
    // polytonic oxia (ά U+1F71), which normalize to the same letters.
    guard word.unicodeScalars.contains(where: { (0x0300...0x036F).contains($0.value) || $0.value >= 0x1F00 }),
      var normalized = try? Normalizer.nfc.normalized(word), normalized != word
    else { return false }
    return normalized.withUTF8 { contains(bytes: $0) }
  }

  /// Whether `word`'s lower-case form is an entry: a common word of the language, not a name
  /// (`Ελληνική`). Words in capitals have lost their accents (`ΚΥΒΕΡΝΗΣΗ`), so they are found
  /// only when the word has none.
  package func isCommonWord(_ word: String) -> Bool {
    contains(Self.lowercased(word))
  }

  /// Whether `word` is listed as a proper name: capitalized, as written.
  package func isListedName(_ word: String) -> Bool {
    guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
    return contains(word)
  }

  private func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard count > 0, !bytes.isEmpty, bytes.count < 256 else { return false }
    let target = LexiconCompiler.fingerprint(bytes)
    // The bucket of the top bits gives the run of fingerprints to search, about eight long.
    let bucket = Int(target >> UInt64(64 - bucketBits))
    func start(_ bucket: Int) -> Int {
      Int(
        UInt32(
          littleEndian: base.loadUnaligned(
            fromByteOffset: LexiconCompiler.headerSize + 4 * bucket, as: UInt32.self)))
    }
    let wanted = UInt32(truncatingIfNeeded: target)
    var low = start(bucket)
    var high = start(bucket + 1)
    while low < high {
      let middle = (low + high) / 2
      let found = UInt32(
        littleEndian: base.loadUnaligned(fromByteOffset: fingerprintsOffset + 4 * middle, as: UInt32.self))
      if found == wanted { return true }
      if found < wanted { low = middle + 1 } else { high = middle }
    }
    return false
  }

  /// Greek-aware lower case: final sigma at the end of the word, σ elsewhere.
  static func lowercased(_ word: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in word.unicodeScalars { scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars) }
    if scalars.last == "σ" {
      scalars.removeLast()
      scalars.append("ς")
    }
    return String(scalars)
  }
}
