import Foundation
import GlossaNames
import GlossaText

/// Decides which Greek name renders each English name word, from two kinds of evidence: how
/// the two sound (the variant model's probability that they are one name across the scripts)
/// and how consistently they occur in the same units.
///
/// For an English word *e* and a cluster *g* of Greek spellings (one name in its spellings and
/// case forms) seen together in *c* units, with *e* in *cₑ* units and *g* in *c_g*:
///
/// - association *a* = Dice(*e*, *g*) · (1 − 0.5^(*c*−1)): one shared unit proves nothing,
///   each further one halves the doubt;
/// - the pair's score *s* = 1 − (1 − *p*)(1 − *a*), with *p* the sound probability of *e*
///   against the cluster's most frequent spellings.
///
/// A word keeps its best cluster when that pair also scores within 80 % of the cluster's best
/// pair (so one Greek name is not given to several English words); a pair that does not sound
/// alike (*p* < 0.5) must be the cluster's best.
struct NamePairing {
  struct Pair {
    var cluster: Int32
    var score: Double
    /// Whether every form of the Greek name is also a common word (Δούκας).
    var isCommonWord = false
  }

  /// The accepted cluster of each English word that has one.
  private(set) var pairs: [Int32: Pair] = [:]

  /// Pairs scoring less are never accepted.
  static let minimumScore = 0.5
  /// A Greek name that is also a common word must sound at least this much like the English.
  static let minimumCommonWordSound = 0.8
  /// Pairs whose association is weaker are not worth comparing.
  static let minimumDice = 0.2

  init(observations: NameObservations, clusterOf: [Int32], clusterForms: [[Int32]], matcher: VariantMatcher) {
    var englishUnits = [Int32](repeating: 0, count: observations.englishWords.count)
    var clusterUnits = [Int32](repeating: 0, count: clusterForms.count)
    var together: [UInt64: Int32] = [:]
    var words: [Int32] = []
    var clusters: [Int32] = []
    for unit in 0..<observations.unitCount {
      words.removeAll(keepingCapacity: true)
      clusters.removeAll(keepingCapacity: true)
      for span in observations.spans(ofUnit: unit) {
        for word in observations.words(of: span) where !words.contains(word) { words.append(word) }
      }
      for place in observations.greekPlaces(ofUnit: unit) {
        let cluster = clusterOf[Int(place.form)]
        if cluster >= 0, !clusters.contains(cluster) { clusters.append(cluster) }
      }
      for word in words { englishUnits[Int(word)] += 1 }
      for cluster in clusters { clusterUnits[Int(cluster)] += 1 }
      for word in words {
        for cluster in clusters { together[UInt64(UInt32(word)) << 32 | UInt64(UInt32(cluster)), default: 0] += 1 }
      }
    }
    // The spellings a cluster is compared by: its three most frequent forms.
    let representatives = clusterForms.map { forms in
      forms.sorted { observations.greekCounts[Int($0)] > observations.greekCounts[Int($1)] }.prefix(3)
        .map { PreparedName(observations.greekForms[Int($0)]) }
    }
    let commonOnly = clusterForms.map { forms in forms.allSatisfy { observations.greekCommon[Int($0)] } }
    var preparedEnglish: [Int32: PreparedName] = [:]
    var best: [Int32: Pair] = [:]
    var bestOfCluster: [Int32: Double] = [:]
    var soundsAlike = Set<UInt64>()
    func key(_ word: Int32, _ cluster: Int32) -> UInt64 { UInt64(UInt32(word)) << 32 | UInt64(UInt32(cluster)) }
    for (key, count) in together {
      let word = Int32(truncatingIfNeeded: key >> 32)
      let cluster = Int32(truncatingIfNeeded: key)
      let dice = 2 * Double(count) / Double(englishUnits[Int(word)] + clusterUnits[Int(cluster)])
      guard dice >= Self.minimumDice else { continue }
      let english =
        preparedEnglish[word]
        ?? {
          let prepared = PreparedName(observations.englishWords[Int(word)])
          preparedEnglish[word] = prepared
          return prepared
        }()
      let sound = representatives[Int(cluster)].map { matcher.compare(english, $0).score }.max() ?? 0
      // A Greek name that is also a common word (Δούκας) is taken on its sound alone: being
      // seen with an English word says nothing when the word is in every other sentence.
      let association = commonOnly[Int(cluster)] ? 0 : dice * (1 - pow(0.5, Double(count - 1)))
      if commonOnly[Int(cluster)], sound < Self.minimumCommonWordSound { continue }
      let score = 1 - (1 - sound) * (1 - association)
      guard score >= Self.minimumScore else { continue }
      let pair = Pair(cluster: cluster, score: score, isCommonWord: commonOnly[Int(cluster)])
      if sound >= 0.5 { soundsAlike.insert(key) }
      if score > (best[word]?.score ?? 0) { best[word] = pair }
      if score > (bestOfCluster[cluster] ?? 0) { bestOfCluster[cluster] = score }
    }
    for (word, pair) in best {
      // A pair the sounds do not support must be its Greek name's best: two English words
      // seen with one Greek name (North, Korea) are told apart by how they sound.
      let clusterBest = bestOfCluster[pair.cluster] ?? 0
      guard pair.score >= (soundsAlike.contains(key(word, pair.cluster)) ? 0.8 : 0.999) * clusterBest else { continue }
      pairs[word] = pair
    }
  }
}
