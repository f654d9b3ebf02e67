import GlossaText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decides whether two spellings are the same name, in Greek, in Latin letters, or across
/// the two scripts, without a glossary.
///
///     let matcher = VariantMatcher()
///     matcher.compare("Πιονγκγιάνγκ", "Πιονγιάνγκ").relation   // .variant
///     matcher.compare("Κρεμλίνο", "Κρεμλίνου").relation        // .inflection
///     matcher.compare("Λαζαρίδης", "Λαζαρίδου").relation        // .different (feminine)
///     matcher.compare("Πιονγκγιάνγκ", "Pyongyang").relation     // .transliteration
///
/// Both spellings are measured (``NameFeatures``: folds, case endings and gender, phone
/// similarities from ``GreekPhonetics`` and ``LatinPhonetics`` under a weighted edit distance
/// whose cheap steps are the transcription classes the press varies on, stress, length) and a
/// learned ``VariantModel`` turns the measurements into the probability that the two name one
/// entity. From the model's threshold on, the relation says why they are one name: `accent`,
/// `inflection`, `variant` or `transliteration`. One guard stands outside the model: a
/// masculine and a feminine surname form are different people (``genderScore``), and a name of
/// three sounds or fewer must keep its sounds (``shortMismatchScore``). Given names
/// the shipped list of equivalents knows in several forms are one name however they sound:
/// `hypocoristic` (Μιχαήλ / Μιχάλης) or `translation` (Θωμάς / Τόμας).
public struct VariantMatcher: Sendable {
  /// The weights the decision uses.
  public var model: VariantModel
  /// Given names known in several forms.
  let equivalents = NameEquivalents.shipped
  /// Whether every score is the model's probability. Off (the default), a pair that cannot
  /// reach the threshold whatever its finer measurements is decided without taking them, and
  /// scored with the best they could give: the same decisions, faster, with scores below the
  /// threshold that are upper bounds. `glossa variants` turns it on.
  public var exactScores = false

  /// Creates a matcher.
  ///
  /// - Parameter model: The learned weights; the shipped ones by default.
  /// - Parameter exactScores: Whether every score is the model's probability (see
  ///   ``exactScores``).
  public init(model: VariantModel = .shipped, exactScores: Bool = false) {
    self.model = model
    self.exactScores = exactScores
  }

  /// The probability at and above which two spellings are one name.
  public var threshold: Double { model.threshold }

  /// The score of a masculine and a feminine form of one surname, whatever else they share:
  /// they name different people (Λαζαρίδης and Λαζαρίδου are a man and a woman of one
  /// family). Name lists that file both forms under one family name do not change that.
  public static let genderScore = 0.05

  /// The score of a name of three sounds or fewer against a spelling that does not keep its
  /// sounds (``NameFeatures/Name/shortMismatch``): a short name has no room for another
  /// transcription, and short common words (και, της) sound like parts of many names.
  public static let shortMismatchScore = 0.05

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
    let decision: NameComparison
    if exactScores {
      decision = decide(NameFeatures(a, b))
    } else {
      let features = NameFeatures(a, b) { model.upperBound($0) < model.thresholdLogOdds }
      decision = features.isPartial ? decideApart(features) : decide(features)
    }
    // A listed form of a given name is that, whatever the sounds say: a variant or a
    // transliteration only by chance (Ιουλία, Julia), often not one at all (Θωμάς, Τόμας).
    let relation = decision.relation
    if relation == .different || relation == .variant || relation == .transliteration,
      let features = decision.features, features[.gender] != 1, let known = knownForms(a, b)
    {
      return NameComparison(score: max(decision.score, Self.equivalentScore), relation: known, features: features)
    }
    return decision
  }

  /// The score of two forms the list of name equivalents pairs (Μιχαήλ / Μιχάλης, Θωμάς /
  /// Τόμας): the same given name, though not always the same person.
  public static let equivalentScore = 0.9

  /// Whether the list of name equivalents makes the spellings forms of one name: word by
  /// word, each pair the same spelling or listed forms of one name, at least one listed.
  private func knownForms(_ a: PreparedName, _ b: PreparedName) -> NameComparison.Relation? {
    guard a.hasListedWord, b.hasListedWord, a.words.count == b.words.count else { return nil }
    var found: NameComparison.Relation?
    for (wordA, wordB) in zip(a.words, b.words) where wordA != wordB {
      if let kind = equivalents.relation(wordA, wordB) {
        if found != .translation { found = kind == .translation ? .translation : .hypocoristic }
      } else if a.words.count == 1 || !compare(wordA, wordB).relation.isSpelling {
        return nil
      }
    }
    return found
  }

  /// The decision on spellings measured in part: different, with the guard's score or the best
  /// the finer measurements could have given (below the threshold).
  private func decideApart(_ features: NameFeatures) -> NameComparison {
    guarded(features)
      ?? NameComparison(
        score: 1 / (1 + exp(-model.upperBound(features))), relation: .different, features: features)
  }

  /// The decision of a guard outside the model, when one holds: masculine and feminine forms,
  /// a short name that does not keep its sounds.
  private func guarded(_ features: NameFeatures) -> NameComparison? {
    let score =
      features[.gender] == 1 ? Self.genderScore : features[.shortMismatch] == 1 ? Self.shortMismatchScore : nil
    return score.map { NameComparison(score: $0, relation: .different, features: features) }
  }

  /// The decision on measured spellings.
  public func decide(_ features: NameFeatures) -> NameComparison {
    if let guarded = guarded(features) { return guarded }
    let score = model.probability(features)
    guard score >= model.threshold else {
      return NameComparison(score: score, relation: .different, features: features)
    }
    let relation: NameComparison.Relation =
      if features[.accent] == 1 {
        .accent
      } else if features[.inflection] == 1 {
        .inflection
      } else if features[.crossScript] == 1 {
        .transliteration
      } else {
        .variant
      }
    return NameComparison(score: score, relation: relation, features: features)
  }

  /// Where a pair of ``genderEndings`` tells a man's name from a woman's.
  package enum GenderScope: Sendable {
    /// In one script and across the two.
    case anyScripts
    /// Between two spellings in one script only: across scripts such a pair is as often a
    /// Greek case ending on a foreign name (Οδησσός / Odesa).
    case sameScript
    /// Between a Greek and a Latin spelling only: in Greek the pair is also a name and its
    /// genitive (Βόλος / Βόλου), while a Latin spelling is written from the name's citation
    /// form, so -os against -ou is a man's surname against a woman's (Papadopoulos /
    /// Παπαδοπούλου) or a given name against the surname made from its genitive (Prodromos /
    /// Προδρόμου).
    case acrossScripts
  }

  /// Masculine and feminine surname endings, as sounds, and where each pair holds:
  /// -ης/-ου (Lazaridis/Λαζαρίδου), -ος/-ου across scripts, -ιν/-ινα, -οφ/-οβα, -εφ/-εβα,
  /// -σκι/-σκα in any scripts, -ος/-α and -ο/-α in one script.
  package static let genderEndings: [(masculine: [Phone], feminine: [Phone], scope: GenderScope)] = [
    ([.i, .s], [.u], .anyScripts), ([.o, .s], [.u], .acrossScripts), ([.i, .n], [.i, .n, .a], .anyScripts),
    ([.o, .v], [.o, .v, .a], .anyScripts), ([.o, .f], [.o, .v, .a], .anyScripts),
    ([.e, .v], [.e, .v, .a], .anyScripts), ([.e, .f], [.e, .v, .a], .anyScripts),
    ([.s, .k, .i], [.s, .k, .a], .anyScripts), ([.s, .k, .latinY], [.s, .k, .a], .anyScripts),
    ([.o, .s], [.a], .sameScript), ([.o], [.a], .sameScript),
  ]

  /// Which gender endings `phones` ends in: see ``PreparedName/genderTails``.
  package static func genderTails(of phones: [Phone]) -> [UInt8] {
    let costs = PhoneCosts.shared
    func endsWith(_ ending: [Phone]) -> Bool {
      guard phones.count > ending.count + 2 else { return false }
      let start = phones.count - ending.count
      for offset in ending.indices where costs.substitution(phones[start + offset], ending[offset]) != 0 {
        return false
      }
      return true
    }
    var tails = [UInt8](repeating: 0, count: genderEndings.count)
    for (index, (masculine, feminine, _)) in genderEndings.enumerated() {
      tails[index] = endsWith(masculine) ? 1 : endsWith(feminine) ? 2 : 0
    }
    return tails
  }

  /// Whether two spellings are the masculine and feminine of one surname: the same sounds
  /// up to a masculine ending on one and the matching feminine ending on the other.
  package static func isGenderPair(_ a: PreparedName, _ b: PreparedName) -> Bool {
    let sameScript = a.script == b.script
    for (index, ending) in genderEndings.enumerated() {
      switch ending.scope {
      case .anyScripts: break
      case .sameScript: guard sameScript else { continue }
      case .acrossScripts: guard !sameScript else { continue }
      }
      let tailA = a.genderTails[index]
      let tailB = b.genderTails[index]
      guard tailA != 0, tailB != 0, tailA != tailB else { continue }
      let (male, female) = tailA == 1 ? (a.phones, b.phones) : (b.phones, a.phones)
      let stemA = Array(male.dropLast(ending.masculine.count))
      let stemB = Array(female.dropLast(ending.feminine.count))
      let distance = PhoneCosts.shared.distance(stemA, stemB)
      if Double(distance) <= 0.2 * Double(max(stemA.count, stemB.count)) { return true }
    }
    return false
  }

}
