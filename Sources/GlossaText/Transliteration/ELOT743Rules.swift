/// ICU transform rules for ELOT 743:2001 (ISO 843:1997 type 2), the Greek national
/// transcription used on passports, identity cards and road signs.
///
/// ICU ships no ELOT 743 transform, so Glossa writes one. What the rules implement:
///
/// - single letters: η ι υ → i i y, θ → th, ξ → x, φ → f, χ → ch, ψ → ps, ω → o;
/// - αυ, ευ, ηυ → av, ev, iv before a vowel or a voiced consonant (β γ δ ζ λ μ ν ρ), and af,
///   ef, if before a voiceless consonant or at the end of a word (αυγό → avgo, ευχαριστώ →
///   efcharisto, Ναύπλιο → Nafplio);
/// - ου → ou; αι, ει, οι, υι letter by letter (ai, ei, oi, yi);
/// - γγ → ng, γξ → nx, γχ → nch; γκ → gk; ντ → nt;
/// - μπ → b at the start of a word, mp inside it (Μπάμπης → Bampis);
/// - a diaeresis, or an accent on the first vowel, keeps a pair apart (αϋ → ay, άυλος → aylos);
/// - accents and breathings are dropped, the diaeresis too once it has done its work;
/// - case is kept: a capital that becomes two letters is all capitals inside an all-capital
///   word (ΘΕΣΣΑΛΟΝΙΚΗ → THESSALONIKI) and title case otherwise (Θεσσαλονίκη → Thessaloniki);
/// - the Greek question mark becomes `?` and the ano teleia `;`.
enum ELOT743Rules {
  static let text = #"""
    # Glossa: ELOT 743 (ISO 843 type 2) Greek to Latin transcription.
    # Pass 1 works on NFD text: an accent on the first vowel of a pair splits the pair
    # (as a diaeresis on the second would), then Greek accents and breathings go.
    :: NFD ;
    ([ΑαΕεΗηΟο]) \u0301 ([Υυ]) → $1 $2 \u0308 ;
    [:Greek:] [:Mn:]* { [\u0300\u0301\u0342\u0313\u0314\u0345\u0306\u0304] → ;
    :: NFC ;

    # Pass 2 works on NFC text with only ϊ ϋ Ϊ Ϋ left as accented letters.
    $vowel = [αεηιουωϊϋΑΕΗΙΟΥΩΪΫ] ;
    $voiced = [βγδζλμνρΒΓΔΖΛΜΝΡ] ;
    $soft = [$vowel $voiced] ;

    # αυ, ευ, ηυ: v before a vowel or voiced consonant, f elsewhere.
    αυ } $soft → av ;   αυ → af ;
    Αυ } $soft → Av ;   Αυ → Af ;
    ΑΥ } $soft → AV ;   ΑΥ → AF ;
    ευ } $soft → ev ;   ευ → ef ;
    Ευ } $soft → Ev ;   Ευ → Ef ;
    ΕΥ } $soft → EV ;   ΕΥ → EF ;
    ηυ } $soft → iv ;   ηυ → if ;
    Ηυ } $soft → Iv ;   Ηυ → If ;
    ΗΥ } $soft → IV ;   ΗΥ → IF ;

    # ου
    ου → ou ;   Ου → Ou ;   ΟΥ → OU ;

    # μπ: b at the start of a word, mp inside it.
    [:L:] { μπ → mp ;   μπ → b ;
    [:L:] { ΜΠ → MP ;   ΜΠ → B ;   Μπ → B ;

    # γ before γ, ξ, χ is n (γγ → ng, γξ → nx, γχ → nch); γκ stays gk.
    γ } [γξχ] → n ;
    Γ } [ΓΞΧγξχ] → N ;

    # Capitals that become two letters: all capitals next to capitals, title case otherwise.
    Θ } [:Lu:] → TH ;   [:Lu:] { Θ } [^[:Ll:]] → TH ;   [:Lu:] { Θ } $ → TH ;   Θ → Th ;
    Χ } [:Lu:] → CH ;   [:Lu:] { Χ } [^[:Ll:]] → CH ;   [:Lu:] { Χ } $ → CH ;   Χ → Ch ;
    Ψ } [:Lu:] → PS ;   [:Lu:] { Ψ } [^[:Ll:]] → PS ;   [:Lu:] { Ψ } $ → PS ;   Ψ → Ps ;

    α → a ;  β → v ;  γ → g ;  δ → d ;  ε → e ;  ζ → z ;  η → i ;  θ → th ;
    ι → i ;  κ → k ;  λ → l ;  μ → m ;  ν → n ;  ξ → x ;  ο → o ;  π → p ;
    ρ → r ;  σ → s ;  ς → s ;  ϲ → s ;  τ → t ;  υ → y ;  φ → f ;  χ → ch ;
    ψ → ps ;  ω → o ;  ϊ → i ;  ϋ → y ;
    Α → A ;  Β → V ;  Γ → G ;  Δ → D ;  Ε → E ;  Ζ → Z ;  Η → I ;
    Ι → I ;  Κ → K ;  Λ → L ;  Μ → M ;  Ν → N ;  Ξ → X ;  Ο → O ;  Π → P ;
    Ρ → R ;  Σ → S ;  Ϲ → S ;  Τ → T ;  Υ → Y ;  Φ → F ;  Ω → O ;  Ϊ → I ;  Ϋ → Y ;

    # Punctuation: the Greek question mark and the ano teleia.
    [\u037E\;] → '?' ;
    [\u0387\u00B7] → ';' ;
    :: NFC ;
    """#
}
