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
    let folder = TextFolder.shared
    let foldedA = folder.folded(a)
    let foldedB = folder.folded(b)
    if foldedA == foldedB {
      return NameComparison(score: 0.99, relation: .accent, detail: "accents, case or final sigma")
    }
    let keyA = folder.key(a)
    let keyB = folder.key(b)
    if keyA == keyB {
      return NameComparison(score: 0.97, relation: .variant, detail: "hyphen, space or punctuation")
    }
    let scriptA = NameScript(of: keyA)
    let scriptB = NameScript(of: keyB)
    if let ending = compareEndings(keyA, keyB) { return ending }
    let phonesA = scriptA == .greek ? GreekPhonetics.phones(of: a) : LatinPhonetics.phones(of: a)
    let phonesB = scriptB == .greek ? GreekPhonetics.phones(of: b) : LatinPhonetics.phones(of: b)
    let crossScript = scriptA != scriptB
    let length = max(phonesA.count, phonesB.count)
    guard length > 0 else { return NameComparison(score: 0, relation: .different, detail: "no letters") }
    var distance = Double(PhoneCosts.shared.distance(phonesA, phonesB))
    if scriptA == .greek, scriptB == .greek,
      let stressA = GreekPhonetics.stressFromEnd(of: a), let stressB = GreekPhonetics.stressFromEnd(of: b),
      stressA != stressB
    {
      // Spellings of one name keep its stress; a different stressed syllable is a different
      // name more often than not (Μανουέλ / Ιμάνουελ, Νικόλας / Νικουλάς).
      distance += Self.stressPenalty
    }
    let similarity = max(0, 1 - distance / Double(length))
    // Short names must keep their sounds: a cheap substitution (ου/ο) passes, an added or
    // dropped sound does not (Κιμ is not Κιμι).
    if min(phonesA.count, phonesB.count) <= 3,
      distance > 0.2 && (phonesA.count != phonesB.count || distance > 0.5)
    {
      return NameComparison(
        score: min(0.3, similarity * 0.5), relation: .different, detail: "short name, not identical")
    }
    let threshold = crossScript ? crossScriptThreshold : sameScriptThreshold
    let score = scaled(similarity, threshold: threshold)
    guard score >= 0.5 else {
      return NameComparison(score: score, relation: .different, detail: "phonetic distance \(rounded(distance))")
    }
    return NameComparison(
      score: score, relation: crossScript ? .transliteration : .variant,
      detail: "phonetic distance \(rounded(distance))")
  }

  /// What a different stressed syllable adds to the phonetic distance of two Greek spellings.
  static let stressPenalty = 0.5

  /// Inflection and gender, word by word, for names in Greek or in Latin letters.
  private func compareEndings(_ keyA: String, _ keyB: String) -> NameComparison? {
    let wordsA = keyA.split(separator: " ")
    let wordsB = keyB.split(separator: " ")
    guard wordsA.count == wordsB.count else { return nil }
    var sawInflection = false
    for (wordA, wordB) in zip(wordsA, wordsB) {
      switch GreekEndings.relation(String(wordA), String(wordB)) {
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

  /// Maps a similarity to a score where the threshold becomes 0.5.
  private func scaled(_ similarity: Double, threshold: Double) -> Double {
    if similarity >= threshold {
      return 0.5 + 0.5 * (similarity - threshold) / (1 - threshold)
    }
    return 0.5 * similarity / threshold
  }

  private func rounded(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}

/// The script a name is written in, by its letters.
enum NameScript {
  case greek, latin

  init(of text: String) {
    var greek = 0
    var latin = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0370...0x03FF, 0x1F00...0x1FFF: greek += 1
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
      default: continue
      }
    }
    self = greek >= latin && greek > 0 ? .greek : .latin
  }
}
