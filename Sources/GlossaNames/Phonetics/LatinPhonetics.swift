import GlossaText

/// Turns a Latin-script spelling of a name into phones, keeping letters whose sound depends
/// on the source language as ambiguous phones (``Phone/latinCH``, ``Phone/latinJ``…).
///
///     LatinPhonetics.phones(of: "Pyongyang")   // p Y o n g Y a n g
///     LatinPhonetics.phones(of: "Tsitsipas")   // ts i ts i p a s
package enum LatinPhonetics {
  /// The phones of `text`; letters of other scripts are skipped.
  package static func phones(of text: String) -> [Phone] {
    phones(ofKey: TextFolder.shared.key(text))
  }

  /// The phones of a matching key (``TextFolder/key(_:)``: folded, lower case).
  package static func phones(ofKey key: String) -> [Phone] {
    // Keys are lower case: the Latin letters are the bytes a to z.
    let letters = key.utf8.filter { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    var phones: [Phone] = []
    phones.reserveCapacity(letters.count)
    var index = 0
    func letter(_ offset: Int) -> UInt8? {
      let position = index + offset
      return position >= 0 && position < letters.count ? letters[position] : nil
    }
    func follows(_ text: StaticString) -> Bool {
      guard index + text.utf8CodeUnitCount <= letters.count else { return false }
      return text.withUTF8Buffer { pattern in
        for offset in 0..<pattern.count where letters[index + offset] != pattern[offset] { return false }
        return true
      }
    }
    func isFrontVowel(_ letter: UInt8) -> Bool {
      letter == UInt8(ascii: "e") || letter == UInt8(ascii: "i") || letter == UInt8(ascii: "y")
    }
    while index < letters.count {
      let current = letters[index]
      var consumed = 1
      switch current {
      case UInt8(ascii: "a"):
        if follows("ai") || follows("ay") {
          phones.append(.latinAI)
          consumed = 2
        } else if follows("au") {
          phones += [.a, .u]
          consumed = 2
        } else {
          phones.append(.a)
        }
      case UInt8(ascii: "e"):
        if follows("ei") || follows("ey") {
          phones.append(.latinEI)
          consumed = 2
        } else if follows("ee") {
          phones.append(.i)
          consumed = 2
        } else {
          phones.append(.e)
        }
      case UInt8(ascii: "i"): phones.append(.i)
      case UInt8(ascii: "o"):
        if follows("ou") || follows("oo") {
          phones.append(.u)
          consumed = 2
        } else if follows("oi") || follows("oy") {
          phones.append(.latinOI)
          consumed = 2
        } else {
          phones.append(.o)
        }
      case UInt8(ascii: "u"): phones.append(.u)
      case UInt8(ascii: "y"): phones.append(.latinY)
      case UInt8(ascii: "w"): phones.append(.w)
      case UInt8(ascii: "b"): phones.append(.b)
      case UInt8(ascii: "c"):
        if follows("chs") {
          phones += [.k, .s]
          consumed = 3
        } else if follows("ch") {
          phones.append(.latinCH)
          consumed = 2
        } else if follows("ck") {
          phones.append(.k)
          consumed = 2
        } else if follows("cz") || follows("cs") {
          phones.append(.ts)
          consumed = 2
        } else {
          phones.append(.latinC)
        }
      case UInt8(ascii: "d"):
        if follows("dzh") {
          phones.append(.dz)
          consumed = 3
        } else if follows("dj") || follows("dz") || follows("dg") {
          phones.append(.dz)
          consumed = 2
        } else if follows("dh") {
          phones.append(.dh)
          consumed = 2
        } else {
          phones.append(.d)
        }
      case UInt8(ascii: "f"): phones.append(.f)
      case UInt8(ascii: "g"):
        if follows("gh") {
          phones.append(.g)
          consumed = 2
        } else if follows("gu"), let after = letter(2), isFrontVowel(after) {
          phones.append(.g)
          consumed = 2
        } else if let after = letter(1), isFrontVowel(after) {
          phones.append(.latinSoftG)
        } else {
          phones.append(.g)
        }
      case UInt8(ascii: "h"): phones.append(.h)
      case UInt8(ascii: "j"): phones.append(.latinJ)
      case UInt8(ascii: "k"):
        if follows("kh") {
          phones.append(.x)
          consumed = 2
        } else {
          phones.append(.k)
        }
      case UInt8(ascii: "l"): phones.append(.l)
      case UInt8(ascii: "m"): phones.append(.m)
      case UInt8(ascii: "n"): phones.append(.n)
      case UInt8(ascii: "p"):
        if follows("ph") {
          phones.append(.f)
          consumed = 2
        } else if follows("ps") {
          phones += [.p, .s]
          consumed = 2
        } else {
          phones.append(.p)
        }
      case UInt8(ascii: "q"):
        phones.append(.k)
        if follows("qu") { consumed = 2 }
      case UInt8(ascii: "r"):
        phones.append(.r)
        // rh is r in names from Greek (Rhodes, Pyrrhus); inside other names r and h are two
        // sounds (Orhan, Gerhard).
        if follows("rh"), index == 0 || letter(-1) == UInt8(ascii: "r") { consumed = 2 }
      case UInt8(ascii: "s"):
        if follows("sch") {
          phones.append(.s)
          consumed = 3
        } else if follows("sh") || follows("sz") {
          phones.append(.s)
          consumed = 2
        } else {
          phones.append(.s)
        }
      case UInt8(ascii: "t"):
        if follows("tsch") {
          phones.append(.ts)
          consumed = 4
        } else if follows("tch") {
          phones.append(.ts)
          consumed = 3
        } else if follows("th") {
          phones.append(.th)
          consumed = 2
        } else if follows("ts") || follows("tz") {
          phones.append(.ts)
          consumed = 2
        } else {
          phones.append(.t)
        }
      case UInt8(ascii: "v"): phones.append(.v)
      case UInt8(ascii: "x"): phones.append(.latinX)
      case UInt8(ascii: "z"):
        if follows("zh") {
          phones.append(.z)
          consumed = 2
        } else {
          phones.append(.latinZ)
        }
      default: break
      }
      index += consumed
    }
    return PhoneSequence.collapsingDoubles(phones)
  }
}

/// Helpers over phone sequences.
enum PhoneSequence {
  /// Removes a phone repeated right after itself: doubled letters sound once.
  package static func collapsingDoubles(_ phones: [Phone]) -> [Phone] {
    var result: [Phone] = []
    result.reserveCapacity(phones.count)
    for phone in phones where phone != result.last { result.append(phone) }
    return result
  }
}
