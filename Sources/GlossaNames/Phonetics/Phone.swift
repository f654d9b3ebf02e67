import GlossaText

/// A sound as the Greek and Latin spellings of names write it: the alphabet of phonetic keys.
///
/// Greek spellings map to plain phones (`μπ` → ``b``, `ου` → ``u``, `ει` → ``i``). Latin
/// spellings also use the *ambiguous* phones at the end, for letters whose sound depends on
/// the language a name comes from: `ch` is χ in Greek transliteration, τσ in English, ʃ in
/// French; `j` is γι in German, τζ in English, ζ in French.
package enum Phone: UInt8, CaseIterable, Sendable {
  case a, e, i, o, u
  /// The glide of `Γιάννης`, `Yannis`.
  case j
  /// English `w`, Greek `ου` before a vowel (Ουάσιγκτον).
  case w
  case p, b, t, d, k, g, f, v
  /// θ, `th`.
  case th
  /// δ when a spelling keeps it apart from `d` (`dh` in BGN).
  case dh
  case s, z
  /// τσ, `ts`, `tz`, `c` in Slavic spellings.
  case ts
  /// τζ, `dz`, `dj`, `dzh`.
  case dz
  /// χ, `kh`.
  case x
  case h, m, n, l, r
  /// Latin `c`: k, s or ts.
  case latinC
  /// Latin `ch`: χ, τσ, κ or σ.
  case latinCH
  /// Latin `j`: γι, τζ or ζ.
  case latinJ
  /// Latin `y`: ι or the glide.
  case latinY
  /// Latin `g` before e, i, y: γ, τζ, γι or ζ.
  case latinSoftG
  /// Latin `z`: ζ or τσ (German).
  case latinZ
  /// Latin `x`: ξ (k s) or χ.
  case latinX
  /// Latin `ai`: αι (e) or α ι.
  case latinAI
  /// Latin `ei`: ει (i) or ε ι.
  case latinEI
  /// Latin `oi`: οι (i) or ο ι.
  case latinOI

  /// Whether the phone is a vowel (or a Latin vowel pair).
  package var isVowel: Bool {
    switch self {
    case .a, .e, .i, .o, .u, .latinAI, .latinEI, .latinOI, .latinY: true
    default: false
    }
  }

  /// Whether two spellings of one name may begin with these sounds. Transcriptions of a name
  /// keep its first sound up to the alternations that transcription itself causes: a vowel, a
  /// glide or a dropped h (Έκτορ, Χέκτορ; Ερεβάν, Γιερεβάν); b, v, p, f and w (Βόρις, Μπόρις;
  /// Βάλτερ, Γουόλτερ); the dental stops, sibilants and affricates (Σεσίλια, Τσετσίλια);
  /// the velars (Γκουδέρ, Γουδέρ); and j, which is γι, ζ or τζ (Γιόζεφ, Ζοζέφ, Τζόζεφ).
  /// Αικισίανη and Νικήσιανη begin with a vowel and an n: not one name.
  package static func onsetsAgree(_ a: Phone?, _ b: Phone?) -> Bool {
    guard let a, let b else { return true }
    if a == b { return true }
    let both = UInt64(1) << a.rawValue | UInt64(1) << b.rawValue
    return onsetClasses.contains { $0 & both == both }
  }

  /// The classes of sounds a name's spellings may begin with, each a set of phones as bits.
  private static let onsetClasses: [UInt64] = [
    [.a, .e, .i, .o, .u, .j, .w, .h, .x],
    [.p, .b, .f, .v, .w],
    [.t, .d, .th, .dh, .s, .z, .ts, .dz],
    [.k, .g, .x, .w],
    [.j, .z, .dz],
  ].map { (phones: [Phone]) in phones.reduce(0) { $0 | UInt64(1) << $1.rawValue } }
}
