/// A small, fast, seedable pseudo-random generator (SplitMix64), so that generated benchmark
/// text and fuzzing mutants repeat exactly for a seed.
package struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  /// A generator starting from `seed`.
  package init(seed: UInt64) { state = seed }

  /// The next value.
  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// A uniform value in [0, 1).
  package mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

  /// SplitMix64's finalizer: every bit of the result depends on every bit of `value`.
  package static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
