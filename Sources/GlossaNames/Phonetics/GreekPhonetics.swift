import GlossaICU
import GlossaText

/// Turns a Greek spelling into phones: digraphs read as one sound, doubled letters as one,
/// accents dropped, and a diaeresis (or an accent on the first vowel) keeping a pair apart.
///
///     GreekPhonetics.phones(of: "Πιονγκγιάνγκ")   // p i o n g j a n g
///     GreekPhonetics.phones(of: "Προϋπόθεση")     // p r o i p o th e s i
package enum GreekPhonetics {
  /// The phones of `text`; letters of other scripts are skipped.
  package static func phones(of text: String) -> [Phone] {
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
          phones.append(.e)
          consumed = 2
        } else if next?.isPlain(of: "υ") == true {
          phones += [.a, voicedAfterU(at(2)) ? .v : .f]
          consumed = 2
        } else {
          phones.append(.a)
        }
      case "ε":
        if next?.isPlain(of: "ι") == true {
          phones.append(.i)
          consumed = 2
        } else if next?.isPlain(of: "υ") == true {
          phones += [.e, voicedAfterU(at(2)) ? .v : .f]
          consumed = 2
        } else {
          phones.append(.e)
        }
      case "η":
        if next?.isPlain(of: "υ") == true {
          phones += [.i, voicedAfterU(at(2)) ? .v : .f]
          consumed = 2
        } else {
          phones.append(.i)
        }
      case "ο":
        if next?.isPlain(of: "ι") == true {
          phones.append(.i)
          consumed = 2
        } else if next?.isPlain(of: "υ") == true {
          // ου before a vowel at the start of a word or after a vowel is English w
          // (Ουάσιγκτον, Ουαλία).
          let startsSyllable = phones.isEmpty || phones.last?.isVowel == true
          phones.append(startsSyllable && at(2)?.isVowel == true ? .w : .u)
          consumed = 2
        } else {
          phones.append(.o)
        }
      case "υ":
        if next?.isPlain(of: "ι") == true {
          phones.append(.i)
          consumed = 2
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
        case "κ":
          phones.append(.g)
          consumed = 2
        case "γ":
          phones += [.n, .g]
          consumed = 2
        case "ξ":
          phones += [.n, .k, .s]
          consumed = 2
        case "χ":
          phones += [.n, .x]
          consumed = 2
        case "ι" where at(2)?.isVowel == true && next?.hasDiaeresis == false:
          phones.append(.j)
          consumed = 2
        case "ο" where at(2)?.isPlain(of: "υ") == true && at(3)?.isVowel == true:
          phones.append(.w)
          consumed = 3  // γου before a vowel is English w: Γουόλτερ
        default: phones.append(.g)
        }
      case "δ": phones.append(.d)
      case "ζ": phones.append(.z)
      case "θ": phones.append(.th)
      case "κ": phones.append(.k)
      case "λ": phones.append(.l)
      case "μ":
        if next?.base == "π" {
          phones.append(.b)
          consumed = 2
        } else {
          phones.append(.m)
        }
      case "ν":
        // ντσ and ντζ are ν and τσ or τζ: [nts], [ndz] (Λορέντσο, Φλουρέντζος).
        let affricate = at(2)?.base == "σ" || at(2)?.base == "ς" || at(2)?.base == "ζ"
        if next?.base == "τ", !affricate {
          phones.append(.d)
          consumed = 2
        } else {
          phones.append(.n)
        }
      case "ξ": phones += [.k, .s]
      case "π": phones.append(.p)
      case "ρ": phones.append(.r)
      case "σ", "ς", "ϲ": phones.append(.s)
      case "τ":
        if next?.base == "σ" || next?.base == "ς" {
          phones.append(.ts)
          consumed = 2
        } else if next?.base == "ζ" {
          phones.append(.dz)
          consumed = 2
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
  /// when the spelling has no accent (capitals, careless typing), two accents, or several words.
  package static func stressFromEnd(of text: String) -> Int? {
    var vowelsAfterAccent = 0
    var found = false
    var previousWasVowel = false
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "-" { return nil }
      let info = GreekLetters.info(of: scalar)
      if info.isAccent || info.hasAccent {
        if found { return nil }  // two accents: an enclitic or a slip; no single stress
        found = true
        vowelsAfterAccent = 0
        if info.hasAccent { previousWasVowel = true }
        continue
      }
      let isVowel = info.base.map { "αεηιουω".unicodeScalars.contains($0) } ?? false
      // A vowel pair (ου, ει, αι …) is one sound: count it once.
      if isVowel, found, !previousWasVowel { vowelsAfterAccent += 1 }
      if !info.isDiaeresis { previousWasVowel = isVowel }
    }
    return found ? vowelsAfterAccent : nil
  }
}

/// Greek letters of a text, lower-cased, accents removed, diaeresis kept as a flag.
enum GreekLetters {
  package struct Letter {
    var base: Unicode.Scalar
    var hasDiaeresis: Bool

    var isVowel: Bool {
      switch base {
      case "α", "ε", "η", "ι", "ο", "υ", "ω": true
      default: false
      }
    }

    /// The letter `scalar` without a diaeresis (a diaeresis splits a digraph).
    func isPlain(of scalar: Unicode.Scalar) -> Bool { base == scalar && !hasDiaeresis }
  }

  /// What a scalar is, for Greek phonetics: its lower-case base letter (for Greek letters,
  /// precomposed or not), whether it carries an accent or diaeresis, or is one.
  package struct ScalarInfo {
    var base: Unicode.Scalar?
    var hasAccent = false
    var hasDiaeresis = false
    var isAccent = false
    var isDiaeresis = false
    var isOtherLetter = false
  }

  /// Facts about the Greek (U+0370…03FF) and Greek Extended (U+1F00…1FFF) blocks, from ICU's
  /// decompositions, made once: `table[value - 0x0370]` and `table[144 + value - 0x1F00]`.
  private static let table: [ScalarInfo] = {
    var table: [ScalarInfo] = []
    for value in Array(0x0370...0x03FF) + Array(0x1F00...0x1FFF) {
      guard let scalar = Unicode.Scalar(UInt32(value)) else {
        table.append(ScalarInfo())
        continue
      }
      let decomposed = ((try? GlossaICU.Normalizer.nfd.normalized(String(scalar))) ?? String(scalar)).unicodeScalars
      var info = ScalarInfo()
      for part in decomposed {
        switch part.value {
        case 0x0301, 0x0300, 0x0342: info.hasAccent = true
        case 0x0308: info.hasDiaeresis = true
        default: if info.base == nil { info.base = lowercaseGreek(part) }
        }
      }
      if info.base == nil && scalar.properties.isAlphabetic { info.isOtherLetter = true }
      table.append(info)
    }
    return table
  }()

  /// What `scalar` is, for Greek phonetics.
  @inline(__always)
  package static func info(of scalar: Unicode.Scalar) -> ScalarInfo {
    switch scalar.value {
    case 0x0301, 0x0300, 0x0342: return ScalarInfo(isAccent: true)
    case 0x0308: return ScalarInfo(isDiaeresis: true)
    case 0x0313, 0x0314, 0x0345: return ScalarInfo()
    case 0x0370...0x03FF: return table[Int(scalar.value - 0x0370)]
    case 0x1F00...0x1FFF: return table[144 + Int(scalar.value - 0x1F00)]
    default:
      return ScalarInfo(isOtherLetter: scalar.value >= 0x41 && scalar.properties.isAlphabetic)
    }
  }

  /// The Greek letters of `text` in order. An accent on the first vowel of αι, ει, οι, αυ,
  /// ευ, ου keeps the pair apart, as a diaeresis on the second would (ρολόι, άυλος).
  package static func lowercaseLetters(of text: String) -> [Letter] {
    var letters: [Letter] = []
    letters.reserveCapacity(text.utf8.count / 2)
    var accentOnPrevious = false
    for scalar in text.unicodeScalars {
      let info = info(of: scalar)
      if info.isDiaeresis {
        if !letters.isEmpty { letters[letters.count - 1].hasDiaeresis = true }
        continue
      }
      if info.isAccent {
        accentOnPrevious = true
        continue
      }
      guard let base = info.base else {
        if info.isOtherLetter { letters.append(Letter(base: "·", hasDiaeresis: false)) }
        accentOnPrevious = false
        continue
      }
      var letter = Letter(base: base, hasDiaeresis: info.hasDiaeresis)
      if accentOnPrevious, base == "ι" || base == "υ", let previous = letters.last,
        "αεοη".unicodeScalars.contains(previous.base)
      {
        letter.hasDiaeresis = true
      }
      letters.append(letter)
      accentOnPrevious = info.hasAccent
    }
    return letters
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
