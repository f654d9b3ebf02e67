import GlossaText

/// Decides whether two spellings are the same name, in Greek, in Latin letters, or across
/// the two scripts, without a glossary.
///
///     let matcher = VariantMatcher()
///     matcher.compare("Πιονγκγιάνγκ", "Πιονγιάνγκ").relation   // .variant
///     matcher.compare("Κρεμλίνο", "Κρεμλίνου").relation        // .inflection
///     matcher.compare("Λαζαρίδης", "Λαζαρίδου").relation        // .different (feminine)
///     matcher.compare("Πιονγκγιάνγκ", "Pyongyang").relation     // .transliteration
///
/// In order: equal folds (accents, case, final sigma) are accent differences; Greek words
/// that differ in a case ending of one paradigm are inflections, and masculine/feminine
/// surname endings are different people; otherwise both spellings become phone sequences
/// (``GreekPhonetics``, ``LatinPhonetics``) and a weighted edit distance whose cheap steps
/// are the transcription classes the press varies on decides. Names of three sounds or fewer
/// must match exactly (Κιμ is not Κιμι).
public struct VariantMatcher: Sendable {
  /// The phonetic similarity at and above which two spellings in one script are one name.
  public var sameScriptThreshold: Double
  /// The phonetic similarity at and above which a Greek and a Latin spelling are one name.
  /// Lower than ``sameScriptThreshold``: reading Latin letters leaves more room.
  public var crossScriptThreshold: Double

  /// Creates a matcher.
  ///
  /// - Parameter sameScriptThreshold: Phonetic similarity (1 minus distance over length) from
  ///   which two spellings in one script count as one name; scores are scaled so that the
  ///   threshold maps to 0.5.
  /// - Parameter crossScriptThreshold: The same for a Greek and a Latin spelling.
  public init(sameScriptThreshold: Double = 0.88, crossScriptThreshold: Double = 0.8) {
    self.sameScriptThreshold = sameScriptThreshold
    self.crossScriptThreshold = crossScriptThreshold
  }

  /// Compares two spellings.
  ///
  /// - Complexity: O(*m* · *n*) in the lengths of the two spellings.
  public func compare(_ a: String, _ b: String) -> NameComparison {
    if a == b { return NameComparison(score: 1, relation: .same, detail: "identical") }
    return compare(PreparedName(a), PreparedName(b))
  }

  /// Compares two prepared spellings; the glossary's lookups use this with forms prepared
  /// once.
  package func compare(_ a: PreparedName, _ b: PreparedName) -> NameComparison {
    if a.text.hasSameBytes(as: b.text) { return NameComparison(score: 1, relation: .same, detail: "identical") }
    // Spellings whose sound counts differ by more than an ending and a glide are not one name
    // (an accent or case difference keeps the count; an inflection changes it by at most 3).
    let countDifference = abs(a.phones.count - b.phones.count)
    if countDifference > 3, Double(countDifference) > 0.3 * Double(max(a.phones.count, b.phones.count)) {
      return NameComparison(score: 0.1, relation: .different, detail: "lengths differ")
    }
    if a.folded.hasSameBytes(as: b.folded) {
      return NameComparison(score: 0.99, relation: .accent, detail: "accents, case or final sigma")
    }
    if a.key.hasSameBytes(as: b.key) {
      return NameComparison(score: 0.97, relation: .variant, detail: "hyphen, space or punctuation")
    }
    if a.script == b.script, let ending = compareEndings(a.wordScalars, b.wordScalars) { return ending }
    let phonesA = a.phones
    let phonesB = b.phones
    let crossScript = a.script != b.script
    if Self.isGenderPair(a, b) {
      return NameComparison(score: 0.05, relation: .different, detail: "masculine and feminine forms")
    }
    let length = max(phonesA.count, phonesB.count)
    guard length > 0 else { return NameComparison(score: 0, relation: .different, detail: "no letters") }
    // Lengths too far apart cannot reach the threshold: skip the distance.
    let shorter = min(phonesA.count, phonesB.count)
    if Double(length - shorter) * 0.25 > Double(length) * (1 - crossScriptThreshold) + 0.5 {
      return NameComparison(score: 0.1, relation: .different, detail: "lengths differ")
    }
    let threshold = crossScript ? crossScriptThreshold : sameScriptThreshold
    // Past this distance the score is below 0.5 whatever else happens; stop computing there.
    let cutoff = Float(Double(length) * (1 - threshold) + 0.01)
    var distance = Double(PhoneCosts.shared.distance(phonesA, phonesB, cutoff: cutoff))
    if let stressA = a.stress, let stressB = b.stress, stressA != stressB {
      // Spellings of one name keep its stress; a different stressed syllable is a different
      // name more often than not (Μανουέλ / Ιμάνουελ, Νικόλας / Νικουλάς).
      distance += Self.stressPenalty
    }
    let similarity = max(0, 1 - distance / Double(length))
    // Short names must keep their sounds: in one script a cheap substitution (ου/ο) passes,
    // an added or dropped sound does not (Κιμ is not Κιμι); across scripts all must match.
    if shorter <= 3,
      crossScript ? distance > 0 : distance > 0.2 && (phonesA.count != phonesB.count || distance > 0.5)
    {
      return NameComparison(
        score: min(0.3, similarity * 0.5), relation: .different, detail: "short name, not identical")
    }
    let score = scaled(similarity, threshold: threshold)
    guard score >= 0.5 else {
      return NameComparison(score: score, relation: .different, phoneticDistance: distance)
    }
    // A variant is never quite an identical spelling: 1 is kept for "same".
    return NameComparison(
      score: min(score, 0.98), relation: crossScript ? .transliteration : .variant, phoneticDistance: distance)
  }

  /// What a different stressed syllable adds to the phonetic distance of two Greek spellings.
  package static let stressPenalty = 0.5

  /// Inflection and gender, word by word, for names in Greek or in Latin letters.
  private func compareEndings(_ wordsA: [[Unicode.Scalar]], _ wordsB: [[Unicode.Scalar]]) -> NameComparison? {
    guard wordsA.count == wordsB.count else { return nil }
    var sawInflection = false
    for (wordA, wordB) in zip(wordsA, wordsB) {
      switch GreekEndings.relation(wordA, wordB) {
      case .identical?: continue
      case .inflection?: sawInflection = true
      case .gender?:
        return NameComparison(score: 0.05, relation: .different, detail: "masculine and feminine forms")
      case nil: return nil
      }
    }
    guard sawInflection else { return nil }
    return NameComparison(score: 0.95, relation: .inflection, detail: "case ending")
  }

  /// Masculine and feminine surname endings, as sounds, for spellings in any script:
  /// -ης/-ου (Lazaridis/Λαζαρίδου), -ιν/-ινα, -οφ/-οβα, -εφ/-εβα, -σκι/-σκα, -ος/-α, -ο/-α.
  package static let genderEndings: [([Phone], [Phone])] = [
    ([.i, .s], [.u]), ([.i, .n], [.i, .n, .a]), ([.o, .v], [.o, .v, .a]), ([.o, .f], [.o, .v, .a]),
    ([.e, .v], [.e, .v, .a]), ([.e, .f], [.e, .v, .a]), ([.s, .k, .i], [.s, .k, .a]),
    ([.s, .k, .latinY], [.s, .k, .a]), ([.o, .s], [.a]), ([.o], [.a]),
  ]

  /// Which gender endings `phones` ends in: see ``PreparedName/genderTails``.
  package static func genderTails(of phones: [Phone]) -> [UInt8] {
    genderEndings.map { masculine, feminine in
      func endsWith(_ ending: [Phone]) -> Bool {
        phones.count > ending.count + 2
          && phones.suffix(ending.count).elementsEqual(ending) { PhoneCosts.shared.substitution($0, $1) == 0 }
      }
      return endsWith(masculine) ? 1 : endsWith(feminine) ? 2 : 0
    }
  }

  /// Whether two spellings are the masculine and feminine of one surname: the same sounds
  /// up to a masculine ending on one and the matching feminine ending on the other.
  package static func isGenderPair(_ a: PreparedName, _ b: PreparedName) -> Bool {
    for index in genderEndings.indices {
      let tailA = a.genderTails[index]
      let tailB = b.genderTails[index]
      guard tailA != 0, tailB != 0, tailA != tailB else { continue }
      let (male, female) = tailA == 1 ? (a.phones, b.phones) : (b.phones, a.phones)
      let stemA = Array(male.dropLast(genderEndings[index].0.count))
      let stemB = Array(female.dropLast(genderEndings[index].1.count))
      let distance = PhoneCosts.shared.distance(stemA, stemB)
      if Double(distance) <= 0.2 * Double(max(stemA.count, stemB.count)) { return true }
    }
    return false
  }

  /// Maps a similarity to a score where the threshold becomes 0.5.
  private func scaled(_ similarity: Double, threshold: Double) -> Double {
    if similarity >= threshold {
      return 0.5 + 0.5 * (similarity - threshold) / (1 - threshold)
    }
    return 0.5 * similarity / threshold
  }

}
