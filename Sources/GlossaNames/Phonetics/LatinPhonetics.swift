import GlossaText

/// Turns a Latin-script spelling of a name into phones, keeping letters whose sound depends
/// on the source language as ambiguous phones (``Phone/latinCH``, ``Phone/latinJ``…).
///
///     LatinPhonetics.phones(of: "Pyongyang")   // p Y o n g Y a n g
///     LatinPhonetics.phones(of: "Tsitsipas")   // ts i ts i p a s
package enum LatinPhonetics {
  /// The phones of `text`; letters of other scripts are skipped.
  package static func phones(of text: String) -> [Phone] {
    let letters = Array(TextFolder.shared.key(text).unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic })
    var phones: [Phone] = []
    phones.reserveCapacity(letters.count)
    var index = 0
    func letter(_ offset: Int) -> Character? {
      let position = index + offset
      return position < letters.count ? Character(letters[position]) : nil
    }
    func follows(_ text: String) -> Bool {
      for (offset, expected) in text.enumerated() where letter(offset) != expected { return false }
      return true
    }
    let frontVowels: Set<Character> = ["e", "i", "y"]
    while index < letters.count {
      let current = letter(0)!
      var consumed = 1
      switch current {
      case "a":
        if follows("ai") || follows("ay") {
          phones.append(.latinAI)
          consumed = 2
        } else if follows("au") {
          phones += [.a, .u]
          consumed = 2
        } else {
          phones.append(.a)
        }
      case "e":
        if follows("ei") || follows("ey") {
          phones.append(.latinEI)
          consumed = 2
        } else if follows("ee") {
          phones.append(.i)
          consumed = 2
        } else {
          phones.append(.e)
        }
      case "i": phones.append(.i)
      case "o":
        if follows("ou") || follows("oo") {
          phones.append(.u)
          consumed = 2
        } else if follows("oi") || follows("oy") {
          phones.append(.latinOI)
          consumed = 2
        } else {
          phones.append(.o)
        }
      case "u": phones.append(.u)
      case "y": phones.append(.latinY)
      case "w": phones.append(.w)
      case "b": phones.append(.b)
      case "c":
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
      case "d":
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
      case "f": phones.append(.f)
      case "g":
        if follows("gh") {
          phones.append(.g)
          consumed = 2
        } else if follows("gu"), let after = letter(2), frontVowels.contains(after) {
          phones.append(.g)
          consumed = 2
        } else if let after = letter(1), frontVowels.contains(after) {
          phones.append(.latinSoftG)
        } else {
          phones.append(.g)
        }
      case "h": phones.append(.h)
      case "j": phones.append(.latinJ)
      case "k":
        if follows("kh") {
          phones.append(.x)
          consumed = 2
        } else {
          phones.append(.k)
        }
      case "l": phones.append(.l)
      case "m": phones.append(.m)
      case "n": phones.append(.n)
      case "p":
        if follows("ph") {
          phones.append(.f)
          consumed = 2
        } else if follows("ps") {
          phones += [.p, .s]
          consumed = 2
        } else {
          phones.append(.p)
        }
      case "q":
        phones.append(.k)
        if follows("qu") { consumed = 2 }
      case "r":
        phones.append(.r)
        if follows("rh") { consumed = 2 }
      case "s":
        if follows("sch") {
          phones.append(.s)
          consumed = 3
        } else if follows("sh") || follows("sz") {
          phones.append(.s)
          consumed = 2
        } else {
          phones.append(.s)
        }
      case "t":
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
      case "v": phones.append(.v)
      case "x": phones.append(.latinX)
      case "z":
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
