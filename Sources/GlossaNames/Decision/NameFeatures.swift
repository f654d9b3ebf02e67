import GlossaText

/// What the variant decision looks at in a pair of spellings: the phonetic machinery's
/// measurements, each a number the learned ``VariantModel`` weighs.
///
/// Yes/no facts are 0 or 1; similarities are 1 minus a weighted phone distance over the longer
/// length, floored at ``similarityFloor`` (at it, nothing else can make the two one name, and
/// the finer measurements are skipped).
public struct NameFeatures: Sendable, Hashable {
  /// One measurement, by name; the model's weights are keyed by these names (``key``).
  public enum Name: Int, CaseIterable, Sendable {
    /// Equal once case, accents, diaeresis and final sigma are folded.
    case accent
    /// Equal once hyphens, spaces and punctuation are also dropped.
    case punctuation
    /// Same-script words that differ only in case endings of one paradigm (Κορέα / Κορέας).
    case inflection
    /// A masculine and a feminine surname ending on one stem (Λαζαρίδης / Λαζαρίδου, Λαζαρίδου /
    /// Lazaridis): different people. Not weighed: ``VariantMatcher`` decides such pairs apart.
    case gender
    /// One spelling in Greek letters and one in Latin letters.
    case crossScript
    /// Both spellings in Latin letters.
    case latinPair
    /// Phonetic similarity of two spellings in one script (0 across scripts).
    case similarity
    /// Phonetic similarity of a Greek and a Latin spelling (0 in one script).
    case crossSimilarity
    /// Similarity of the consonants alone: vowels are what transcription varies most.
    case consonantSimilarity
    /// Similarity of the sounds before the last two of each spelling: where a name keeps its
    /// identity, whatever ending Greek gives it.
    case stemSimilarity
    /// The fewest edits that no transcription makes (an unrelated vowel or consonant, a dropped
    /// consonant), at most 3.
    case hardEdits
    /// Two spellings in one script end in syllables of different classes (``endingClass(_:)``):
    /// -ος and -ους, -ης and -ου are different words or different people unless one paradigm
    /// holds both (``inflection``).
    case endingDiffers
    /// The same for a Greek and a Latin spelling (Ευσταθίου / Efstathios).
    case crossEndingDiffers
    /// The stressed syllables differ (both spellings Greek and accented).
    case stressDiffers
    /// The shorter spelling has three sounds or fewer, and the sounds are not the same.
    case shortChanged
    /// A name of three sounds or fewer that does not keep its sounds: across scripts any
    /// difference, in one script more than one cheap substitution (Κιμ is not Κιμι; και is not
    /// Kioua). Not weighed: ``VariantMatcher`` decides such pairs apart.
    case shortMismatch
    /// 1 minus the phonetic distance over the shorter length: how much of the shorter spelling
    /// survives (και against Kioua keeps little, though its distance is small beside Kioua).
    case shorterSimilarity
    /// How much the sound counts differ, over the longer count.
    case lengthGap
    /// The first sounds are not ones transcription alternates (a vowel and an n).
    case onsetDiffers
    /// The spellings have different numbers of words.
    case wordCountDiffers
    /// The longer spelling's sound count over 10, at most 2: long names tolerate more.
    case length
  }

  /// Similarities below this are recorded as this: the distance stops there, and the finer
  /// measurements (consonants, stems, hard edits, gender, endings) are not taken.
  public static let similarityFloor = 0.3

  /// Pairs whose sound counts differ by more than this share of the longer are measured no
  /// further: their similarities are recorded at the floor, their hard edits at 3.
  public static let largestMeasuredGap = 0.5

  /// The measurements, in the order of ``Name/allCases``.
  public var values: [Double] { (0..<Name.allCases.count).map { storage[$0] } }

  /// The measurements inline, by ``Name/rawValue``: a pair is measured without allocating.
  private var storage = SIMD32<Double>()

  /// The weighted phonetic distance between the spellings, when it was computed.
  public var phoneticDistance: Double?

  /// Whether the finer measurements were left untaken (they hold 0): the decision could tell
  /// the two apart without them.
  public private(set) var isPartial = false

  /// The measurements taken after the phonetic distance, costing a distance each:
  /// the consonants', the stems', the hard edits and the gender endings.
  public static let finerMeasurements: [Name] = [.consonantSimilarity, .stemSimilarity, .hardEdits, .gender]

  /// The range each measurement can take.
  public static func range(of name: Name) -> ClosedRange<Double> {
    switch name {
    case .similarity, .crossSimilarity: 0...1
    case .consonantSimilarity, .stemSimilarity, .shorterSimilarity: similarityFloor...1
    case .hardEdits: 0...3
    case .length: 0...2
    default: 0...1
    }
  }

  /// One measurement, by name.
  public subscript(name: Name) -> Double {
    get { storage[name.rawValue] }
    set { storage[name.rawValue] = newValue }
  }

  init() {}

  /// Measures two spellings of names.
  public init(_ a: String, _ b: String) { self.init(PreparedName(a), PreparedName(b)) }

  /// Measures two prepared spellings.
  package init(_ a: PreparedName, _ b: PreparedName) {
    self.init(a, b, measuresAll: true) { _ in false }
  }

  /// Measures two prepared spellings, stopping before the finer measurements when
  /// `stopsEarly` says so.
  ///
  /// - Parameter stopsEarly: Asked once the distance is known, with the finer measurements
  ///   (``finerMeasurements``) not yet taken: `true` leaves them untaken and the features
  ///   ``isPartial``. A decision that cannot reach its threshold whatever they are stops here.
  ///   Pairs a guard decides (gender, a short name) stop here too.
  package init(_ a: PreparedName, _ b: PreparedName, stopsEarly: (NameFeatures) -> Bool) {
    self.init(a, b, measuresAll: false, stopsEarly: stopsEarly)
  }

  private init(_ a: PreparedName, _ b: PreparedName, measuresAll: Bool, stopsEarly: (NameFeatures) -> Bool) {
    self.init()
    let crossScript = a.script != b.script
    let longer = max(a.phones.count, b.phones.count)
    let shorter = min(a.phones.count, b.phones.count)
    self[.crossScript] = crossScript ? 1 : 0
    self[.latinPair] = !crossScript && a.script != .greek ? 1 : 0
    self[.wordCountDiffers] = a.words.count != b.words.count ? 1 : 0
    self[.length] = min(2, Double(longer) / 10)
    self[.lengthGap] = longer == 0 ? 0 : Double(longer - shorter) / Double(longer)
    self[.onsetDiffers] = Phone.onsetsAgree(a.phones.first, b.phones.first) ? 0 : 1
    if let stressA = a.stress, let stressB = b.stress, stressA != stressB { self[.stressDiffers] = 1 }
    // Equal folds or keys: the same letters, so the same sounds; nothing more to measure.
    let sameFolds = a.folded.hasSameBytes(as: b.folded)
    if sameFolds || a.key.hasSameBytes(as: b.key) {
      self[sameFolds ? .accent : .punctuation] = 1
      setSimilarity(1, crossScript: crossScript)
      for name in [Name.consonantSimilarity, .stemSimilarity, .shorterSimilarity] { self[name] = 1 }
      return
    }
    // Sound counts this far apart are different names whatever else holds: skip the distances.
    guard longer > 0, self[.lengthGap] <= Self.largestMeasuredGap else {
      markFarApart(crossScript: crossScript)
      return
    }
    let distance = Double(
      PhoneCosts.shared.distance(a.phones, b.phones, cutoff: Float(Double(longer) * (1 - Self.similarityFloor))))
    // At the floor nothing else can make the two one name: the finer measurements are skipped.
    guard 1 - distance / Double(longer) > Self.similarityFloor else {
      markFarApart(crossScript: crossScript)
      return
    }
    phoneticDistance = distance
    setSimilarity(1 - distance / Double(longer), crossScript: crossScript)
    if !crossScript {
      switch Self.endingRelation(a.wordScalars, b.wordScalars) {
      case .inflection?: self[.inflection] = 1
      case .gender?: self[.gender] = 1
      default: break
      }
    }
    if shorter <= 3, distance > 0 {
      self[.shortChanged] = 1
      let sameCount = a.phones.count == b.phones.count
      if crossScript || distance > 0.5 || (distance > 0.2 && !sameCount) { self[.shortMismatch] = 1 }
    }
    self[.shorterSimilarity] = max(Self.similarityFloor, 1 - distance / Double(max(1, shorter)))
    if self[.inflection] == 0, Self.endingClass(a.phones) != Self.endingClass(b.phones) {
      self[crossScript ? .crossEndingDiffers : .endingDiffers] = 1
    }
    if !measuresAll, self[.shortMismatch] == 1 || self[.gender] == 1 || stopsEarly(self) {
      isPartial = true
      return
    }
    if VariantMatcher.isGenderPair(a, b) { self[.gender] = 1 }
    self[.hardEdits] = Double(min(3, PhoneCosts.shared.hardEdits(a.phones, b.phones)))
    if shorter >= 4 {
      let stemA = Array(a.phones.dropLast(2))
      let stemB = Array(b.phones.dropLast(2))
      let stemLength = max(stemA.count, stemB.count)
      let stemDistance = Double(
        PhoneCosts.shared.distance(stemA, stemB, cutoff: Float(Double(stemLength) * (1 - Self.similarityFloor))))
      self[.stemSimilarity] = max(Self.similarityFloor, 1 - stemDistance / Double(stemLength))
    } else {
      self[.stemSimilarity] = self[crossScript ? .crossSimilarity : .similarity]
    }
    let consonants = max(a.consonants.count, b.consonants.count)
    if consonants == 0 {
      self[.consonantSimilarity] = 1
    } else {
      let consonantDistance = Double(
        PhoneCosts.shared.distance(
          a.consonants, b.consonants, cutoff: Float(Double(consonants) * (1 - Self.similarityFloor))))
      self[.consonantSimilarity] = max(Self.similarityFloor, 1 - consonantDistance / Double(consonants))
    }
  }

  /// The class of a name's last syllable: its last vowel (a, e, i, o or u, Latin pairs read
  /// as Greek reads them) and what follows it (nothing, s, n or another consonant). Greek
  /// endings carry case and gender (-ος, -ους, -ης, -ας, -α, -η, -ου), foreign names end in
  /// consonants.
  package static func endingClass(_ phones: [Phone]) -> Int {
    guard let last = phones.lastIndex(where: \.isVowel) else { return 0 }
    let vowel: Int =
      switch phones[last] {
      case .a: 1
      case .e, .latinAI: 2
      case .i, .latinY, .latinEI, .latinOI: 3
      case .o: 4
      default: 5
      }
    let tail: Int =
      switch phones.last {
      case _ where last == phones.count - 1: 0
      case .s?: 1
      case .n?: 2
      default: 3
      }
    return vowel * 4 + tail
  }

  /// Records a pair too far apart to measure further: every similarity at the floor, the
  /// most hard edits, different endings.
  private mutating func markFarApart(crossScript: Bool) {
    setSimilarity(Self.similarityFloor, crossScript: crossScript)
    self[.consonantSimilarity] = Self.similarityFloor
    self[.stemSimilarity] = Self.similarityFloor
    self[.shorterSimilarity] = Self.similarityFloor
    self[.hardEdits] = 3
    self[crossScript ? .crossEndingDiffers : .endingDiffers] = 1
  }

  private mutating func setSimilarity(_ similarity: Double, crossScript: Bool) {
    self[crossScript ? .crossSimilarity : .similarity] = max(Self.similarityFloor, similarity)
  }

  /// Inflection or gender, word by word: every word identical or an inflection, or some word
  /// a gender pair.
  private static func endingRelation(_ wordsA: [[Unicode.Scalar]], _ wordsB: [[Unicode.Scalar]])
    -> GreekEndings.Relation?
  {
    guard wordsA.count == wordsB.count else { return nil }
    var sawInflection = false
    for (wordA, wordB) in zip(wordsA, wordsB) {
      switch GreekEndings.relation(wordA, wordB) {
      case .identical?: continue
      case .inflection?: sawInflection = true
      case .gender?: return .gender
      case nil: return nil
      }
    }
    return sawInflection ? .inflection : nil
  }
}

extension NameFeatures.Name {
  /// The measurement's name in model files and tables: `similarity`, `crossScript`.
  public var key: String { Self.keys[rawValue] }

  /// The measurement a model file names.
  public init?(key: some StringProtocol) {
    guard let index = Self.keys.firstIndex(where: { $0 == key }) else { return nil }
    self = Self.allCases[index]
  }

  private static let keys: [String] = allCases.map { String(describing: $0) }
}
