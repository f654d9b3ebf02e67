import GlossaText

/// What it costs to turn one phone into another, or to drop one, when comparing spellings.
///
/// The cheap pairs are the transcription classes the press varies on: ε/ι and ο/ου vowels,
/// β/μπ (v/b), γ/γκ and γ/κ, θ/σ, σ/ζ, τσ/τζ, χ/h, and a glide or an `h` that one spelling
/// writes and another leaves out. Ambiguous Latin phones cost nothing to read as any of their
/// sounds (`ch` as χ or τσ). Costs are in units where replacing one consonant by an unrelated
/// one costs 1.
package struct PhoneCosts: Sendable {
  package static let shared = PhoneCosts()

  private let substitutions: [Float]
  private let deletions: [Float]
  /// Ambiguous Latin phones that stand for two phones on the other side (`ai` as α ι),
  /// indexed by phone.
  private let expansions: [(Phone, Phone, Float)?] = Phone.allCases.map { phone in
    switch phone {
    case .latinAI: (.a, .i, 0.1)
    case .latinEI: (.e, .i, 0.1)
    case .latinOI: (.o, .i, 0.1)
    case .latinX: (.k, .s, 0)
    default: nil
    }
  }

  private static let count = Phone.allCases.count

  /// The sounds an ambiguous Latin phone may stand for, with what each reading costs.
  private static let readings: [Phone: [(Phone, Float)]] = [
    .latinC: [(.k, 0), (.s, 0.1), (.ts, 0.1)],
    .latinCH: [(.x, 0), (.ts, 0), (.k, 0.1), (.s, 0.2), (.h, 0.3)],
    .latinJ: [(.j, 0), (.dz, 0), (.z, 0.1), (.x, 0.2), (.i, 0.3)],  // Spanish j is χ: Jorge, Χόρχε
    .latinY: [(.i, 0), (.j, 0)],
    .latinSoftG: [(.g, 0), (.dz, 0.1), (.j, 0.1), (.z, 0.2)],
    .latinZ: [(.z, 0), (.ts, 0.1), (.s, 0.2), (.dz, 0.2)],
    .latinX: [(.x, 0.3), (.s, 0.5)],
    .latinAI: [(.e, 0.1), (.a, 0.4)],
    .latinEI: [(.i, 0.1), (.e, 0.3)],
    .latinOI: [(.i, 0.1), (.o, 0.4)],
  ]

  /// Substitutions between plain phones that spellings of one name make.
  private static let pairs: [(Phone, Phone, Float)] = [
    (.e, .i, 0.45), (.o, .u, 0.45), (.a, .e, 0.6), (.a, .o, 0.7), (.i, .j, 0.15), (.u, .w, 0.1),
    (.v, .w, 0.15), (.u, .v, 0.4), (.u, .f, 0.5), (.i, .u, 0.6), (.e, .o, 0.7),
    (.b, .v, 0.3), (.b, .p, 0.5), (.p, .f, 0.6), (.f, .v, 0.35), (.d, .t, 0.5), (.d, .dh, 0.2),
    (.th, .dh, 0.3), (.th, .s, 0.4), (.th, .t, 0.4), (.th, .f, 0.6), (.th, .z, 0.5),
    (.th, .d, 0.4),  // English voiced th is δ: Σάδερλαντ, Sutherland
    (.g, .k, 0.35), (.g, .j, 0.5), (.g, .x, 0.5), (.k, .x, 0.35), (.x, .h, 0.3),
    (.s, .z, 0.3), (.ts, .dz, 0.3), (.dz, .z, 0.35), (.ts, .s, 0.5), (.ts, .t, 0.6),
    (.dz, .d, 0.6), (.ts, .z, 0.5), (.m, .n, 0.6), (.l, .r, 0.7), (.dh, .z, 0.5),
    (.b, .m, 0.5),  // μπ is [mb] between vowels: Τόμπσον, Τόμσον
    (.j, .dz, 0.4), (.j, .z, 0.5),  // foreign j: Γιόζεφ, Τζόζεφ, Ζοζέφ
  ]

  private init() {
    let count = Self.count
    func plainCost(_ a: Phone, _ b: Phone, _ table: [Int: Float]) -> Float {
      if a == b { return 0 }
      if let cost = table[Int(a.rawValue) * count + Int(b.rawValue)] { return cost }
      if a.isVowel && b.isVowel { return 0.75 }
      if a.isVowel != b.isVowel { return 1.3 }
      return 1.3
    }
    var table: [Int: Float] = [:]
    for (a, b, cost) in Self.pairs {
      table[Int(a.rawValue) * count + Int(b.rawValue)] = cost
      table[Int(b.rawValue) * count + Int(a.rawValue)] = cost
    }
    var substitutions = [Float](repeating: 1, count: count * count)
    for a in Phone.allCases {
      for b in Phone.allCases {
        let readingsA = Self.readings[a] ?? [(a, 0)]
        let readingsB = Self.readings[b] ?? [(b, 0)]
        var best: Float = a == b ? 0 : .infinity
        for (ra, ca) in readingsA {
          for (rb, cb) in readingsB {
            best = min(best, ca + cb + plainCost(ra, rb, table))
          }
        }
        substitutions[Int(a.rawValue) * count + Int(b.rawValue)] = best
      }
    }
    var deletions = [Float](repeating: 1.1, count: count)
    let cheap: [(Phone, Float)] = [
      (.a, 0.6), (.e, 0.5), (.i, 0.45), (.o, 0.6), (.u, 0.55), (.j, 0.25), (.w, 0.3), (.h, 0.25),
      (.n, 0.55), (.latinY, 0.3), (.latinAI, 0.6), (.latinEI, 0.5), (.latinOI, 0.5),
      (.latinJ, 0.6), (.latinCH, 0.7),
    ]
    for (phone, cost) in cheap { deletions[Int(phone.rawValue)] = cost }
    self.substitutions = substitutions
    self.deletions = deletions
  }

  @inline(__always)
  package func substitution(_ a: Phone, _ b: Phone) -> Float {
    substitutions[Int(a.rawValue) * Self.count + Int(b.rawValue)]
  }

  @inline(__always)
  package func deletion(_ phone: Phone) -> Float { deletions[Int(phone.rawValue)] }

  /// Dropping a final `s` or vowel is cheap: Greek adds case endings to foreign names
  /// (Biden → Μπάιντεν, Hector → Έκτορας, Andrea → Ανδρέας).
  /// Dropping a first χ or h is cheap too: Greek writes foreign h as χ or not at all
  /// (Hector → Χέκτορ, Έκτορας).
  @inline(__always)
  package func deletion(_ phone: Phone, isFirst: Bool, isLast: Bool) -> Float {
    if isLast {
      switch phone {
      case .s: return 0.3
      case .a, .e, .i, .o, .u: return 0.35
      case .x, .h: return 0.5
      case .d, .t: return 0.5  // French names drop it: Ρολάν / Ρόλαντ, Ρομπέρ / Ρόμπερτ
      default: break
      }
    }
    if isFirst {
      switch phone {
      case .x: return 0.4
      case .h: return 0.2
      default: break
      }
    }
    return deletions[Int(phone.rawValue)]
  }

  /// The weighted edit distance between two phone sequences.
  ///
  /// - Parameter cutoff: Stop early, returning a value above `cutoff`, once the distance
  ///   cannot come back under it.
  /// - Complexity: O(*m* · *n*) time, O(*n*) memory.
  package func distance(_ a: [Phone], _ b: [Phone], cutoff: Float = .infinity) -> Float {
    distance(a, b, cutoff: cutoff, countingHardEdits: false)
  }

  /// The fewest edits that are not transcription alternations (each costing at least
  /// ``hardEditCost``) that turn one phone sequence into the other. Spellings of one name
  /// differ in many cheap ways (ε/ι, γκ/γ, a dropped glide); different names differ in at
  /// least one sound that no transcription swaps.
  package func hardEdits(_ a: [Phone], _ b: [Phone]) -> Int {
    Int(distance(a, b, cutoff: .infinity, countingHardEdits: true))
  }

  /// The cost from which an edit counts as hard: a vowel for an unrelated vowel, or more.
  package static let hardEditCost: Float = 0.7

  private func distance(_ a: [Phone], _ b: [Phone], cutoff: Float, countingHardEdits: Bool) -> Float {
    @inline(__always) func counted(_ cost: Float) -> Float {
      countingHardEdits ? (cost >= Self.hardEditCost ? 1 : 0) : cost
    }
    if a == b { return 0 }
    let m = a.count
    let n = b.count
    return withUnsafeTemporaryAllocation(of: Float.self, capacity: 3 * (n + 1)) { storage in
      var previous2 = storage.baseAddress!
      var previous = previous2 + (n + 1)
      var current = previous + (n + 1)
      previous[0] = 0
      for j in stride(from: 1, through: n, by: 1) {
        previous[j] = previous[j - 1] + counted(deletion(b[j - 1], isFirst: j == 1, isLast: j == n))
      }
      if m == 0 { return previous[n] }
      for i in 1...m {
        let phoneA = a[i - 1]
        let deleteA = counted(deletion(phoneA, isFirst: i == 1, isLast: i == m))
        let expansionA = expansions[Int(phoneA.rawValue)]
        current[0] = previous[0] + deleteA
        for j in stride(from: 1, through: n, by: 1) {
          let phoneB = b[j - 1]
          var best = previous[j - 1] + counted(substitution(phoneA, phoneB))
          best = min(best, previous[j] + deleteA)
          best = min(best, current[j - 1] + counted(deletion(phoneB, isFirst: j == 1, isLast: j == n)))
          if j >= 2, let (x, y, cost) = expansionA, b[j - 2] == x, phoneB == y {
            best = min(best, previous[j - 2] + counted(cost))
          }
          if i >= 2, let (x, y, cost) = expansions[Int(phoneB.rawValue)], a[i - 2] == x, phoneA == y {
            best = min(best, previous2[j - 1] + counted(cost))
          }
          current[j] = best
        }
        // Every path goes through this row: once all of it is past the cutoff, so is the end.
        var rowMinimum = current[0]
        for j in stride(from: 1, through: n, by: 1) where current[j] < rowMinimum { rowMinimum = current[j] }
        if rowMinimum > cutoff { return rowMinimum }
        let recycled = previous2
        previous2 = previous
        previous = current
        current = recycled
      }
      return previous[n]
    }
  }
}
