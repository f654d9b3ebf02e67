import GlossaICU
import GlossaText

/// Turns a Greek spelling into phones: digraphs read as one sound, doubled letters as one,
/// accents dropped, and a diaeresis (or an accent on the first vowel) keeping a pair apart.
///
///     GreekPhonetics.phones(of: "Πιονγκγιάνγκ")   // p i o n g j a n g
///     GreekPhonetics.phones(of: "Προϋπόθεση")     // p r o i p o th e s i
enum GreekPhonetics {
  /// The phones of `text`; letters of other scripts are skipped.
  static func phones(of text: String) -> [Phone] {
    let letters = GreekLetters.lowercaseLetters(of: text)
    var phones: [Phone] = []
    phones.reserveCapacity(letters.count)
    var index = 0
    func at(_ offset: Int) -> GreekLetters.Letter? {
      let position = index + offset
      return position < letters.count ? letters[position] : nil
    }
    while index < letters.count {
      let letter = letters[index]
      let next = at(1)
      var consumed = 1
      switch letter.base {
      case "α":
        if next?.isPlain(of: "ι") == true {
          phones.append(.e); consumed = 2
        } else if next?.isPlain(of: "υ") == true {
          phones += [.a, voicedAfterU(at(2)) ? .v : .f]; consumed = 2
        } else {
          phones.append(.a)
        }
      case "ε":
        if next?.isPlain(of: "ι") == true {
          phones.append(.i); consumed = 2
        } else if next?.isPlain(of: "υ") == true {
          phones += [.e, voicedAfterU(at(2)) ? .v : .f]; consumed = 2
        } else {
          phones.append(.e)
        }
      case "η":
        if next?.isPlain(of: "υ") == true {
          phones += [.i, voicedAfterU(at(2)) ? .v : .f]; consumed = 2
        } else {
          phones.append(.i)
        }
      case "ο":
        if next?.isPlain(of: "ι") == true {
          phones.append(.i); consumed = 2
        } else if next?.isPlain(of: "υ") == true {
          // ου before a vowel at the start of a word or after a vowel is English w
          // (Ουάσιγκτον, Ουαλία).
          let startsSyllable = phones.isEmpty || phones.last?.isVowel == true
          phones.append(startsSyllable && at(2)?.isVowel == true ? .w : .u); consumed = 2
        } else {
          phones.append(.o)
        }
      case "υ":
        if next?.isPlain(of: "ι") == true {
          phones.append(.i); consumed = 2
        } else {
          phones.append(.i)
        }
      case "ι":
        // At the start of a word before a vowel, ι is the glide (Ιουλιάνα, Ιάκωβος).
        phones.append(phones.isEmpty && next?.isVowel == true ? .j : .i)
      case "ω": phones.append(.o)
      case "β": phones.append(.v)
      case "γ":
        switch next?.base {
        case "κ": phones.append(.g); consumed = 2
        case "γ": phones += [.n, .g]; consumed = 2
        case "ξ": phones += [.n, .k, .s]; consumed = 2
        case "χ": phones += [.n, .x]; consumed = 2
        case "ι" where at(2)?.isVowel == true && next?.hasDiaeresis == false:
          phones.append(.j); consumed = 2
        case "ο" where at(2)?.isPlain(of: "υ") == true && at(3)?.isVowel == true:
          phones.append(.w); consumed = 3  // γου before a vowel is English w: Γουόλτερ
        default: phones.append(.g)
        }
      case "δ": phones.append(.d)
      case "ζ": phones.append(.z)
      case "θ": phones.append(.th)
      case "κ": phones.append(.k)
      case "λ": phones.append(.l)
      case "μ":
        if next?.base == "π" { phones.append(.b); consumed = 2 } else { phones.append(.m) }
      case "ν":
        if next?.base == "τ" { phones.append(.d); consumed = 2 } else { phones.append(.n) }
      case "ξ": phones += [.k, .s]
      case "π": phones.append(.p)
      case "ρ": phones.append(.r)
      case "σ", "ς", "ϲ": phones.append(.s)
      case "τ":
        if next?.base == "σ" || next?.base == "ς" {
          phones.append(.ts); consumed = 2
        } else if next?.base == "ζ" {
          phones.append(.dz); consumed = 2
        } else {
          phones.append(.t)
        }
      case "φ": phones.append(.f)
      case "χ": phones.append(.x)
      case "ψ": phones += [.p, .s]
      default: break
      }
      index += consumed
    }
    return PhoneSequence.collapsingDoubles(phones)
  }

  /// αυ, ευ, ηυ sound v before a vowel or voiced consonant, f elsewhere (ELOT 743's rule).
  private static func voicedAfterU(_ letter: GreekLetters.Letter?) -> Bool {
    guard let letter else { return false }
    return letter.isVowel || "βγδζλμνρ".unicodeScalars.contains(letter.base)
  }
}

extension GreekPhonetics {
  /// Which vowel sound carries the stress, counted from the end (0 is the last), or `nil`
  /// when the spelling has no accent (capitals, careless typing) or several words.
  static func stressFromEnd(of text: String) -> Int? {
    var vowelsAfterAccent = 0
    var found = false
    var previousWasVowel = false
    var words = 1
    for scalar in ((try? GlossaICU.Normalizer.nfd.normalized(text)) ?? text).unicodeScalars {
      switch scalar.value {
      case 0x0301, 0x0300, 0x0342:
        if found { return nil }  // two accents: an enclitic or a slip; no single stress
        found = true
        vowelsAfterAccent = 0
      case 0x20, 0x2D:
        words += 1
        previousWasVowel = false
      default:
        let isVowel = "αεηιουωΑΕΗΙΟΥΩ".unicodeScalars.contains(scalar)
        // A vowel pair (ου, ει, αι …) is one sound: count it once.
        if isVowel, found, !previousWasVowel { vowelsAfterAccent += 1 }
        if scalar.value != 0x0308 { previousWasVowel = isVowel }
      }
    }
    return found && words == 1 ? vowelsAfterAccent : nil
  }
}

/// Greek letters of a text, lower-cased, accents removed, diaeresis kept as a flag.
enum GreekLetters {
  struct Letter {
    var base: Unicode.Scalar
    var hasDiaeresis: Bool

    var isVowel: Bool { "αεηιουω".unicodeScalars.contains(base) }

    /// The letter `scalar` without a diaeresis (a diaeresis splits a digraph).
    func isPlain(of scalar: Unicode.Scalar) -> Bool { base == scalar && !hasDiaeresis }
  }

  /// The Greek letters of `text` in order. An accent on the first vowel of αι, ει, οι, αυ,
  /// ευ, ου keeps the pair apart, as a diaeresis on the second would (ρολόι, άυλος).
  static func lowercaseLetters(of text: String) -> [Letter] {
    var letters: [Letter] = []
    var accentOnPrevious = false
    for scalar in decomposed(text) {
      switch scalar.value {
      case 0x0308:
        if !letters.isEmpty { letters[letters.count - 1].hasDiaeresis = true }
      case 0x0301, 0x0300, 0x0342:
        accentOnPrevious = true
        continue
      case 0x0313, 0x0314, 0x0345:
        continue
      default:
        guard let base = lowercaseGreek(scalar) else {
          if scalar.properties.isAlphabetic { letters.append(Letter(base: "·", hasDiaeresis: false)) }
          accentOnPrevious = false
          continue
        }
        var letter = Letter(base: base, hasDiaeresis: false)
        if accentOnPrevious, base == "ι" || base == "υ", let previous = letters.last,
          "αεοη".unicodeScalars.contains(previous.base)
        {
          letter.hasDiaeresis = true
        }
        letters.append(letter)
      }
      accentOnPrevious = false
    }
    return letters
  }

  private static func decomposed(_ text: String) -> String.UnicodeScalarView {
    ((try? GlossaICU.Normalizer.nfd.normalized(text)) ?? text).unicodeScalars
  }

  private static func lowercaseGreek(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    switch value {
    case 0x03B1...0x03C9: return scalar
    case 0x0391...0x03A9 where value != 0x03A2: return Unicode.Scalar(value + 0x20)
    case 0x03F2, 0x03F9: return "σ"
    default: return nil
    }
  }
}
