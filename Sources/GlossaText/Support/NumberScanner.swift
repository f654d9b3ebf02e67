/// Finds numbers in text the way translations keep them: 1.000, 1,000 and 1000 are one number
/// (three-digit groups are thousands), 3,5 and 3.5 another (a decimal comma or point).
package enum NumberScanner {
  /// The numbers in `text`, each as digits with thousands separators removed and a decimal
  /// comma made a point.
  ///
  /// ```swift
  /// NumberScanner.numbers(in: "1.000 ευρώ και 3,5%")   // ["1000", "3.5"]
  /// ```
  package static func numbers(in text: String) -> [String] {
    var numbers: [String] = []
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      guard scalars[index].properties.numericType == .decimal else {
        index += 1
        continue
      }
      var groups: [String] = [""]
      var separators = 0
      while index < scalars.count {
        let scalar = scalars[index]
        if scalar.properties.numericType == .decimal, let digit = scalar.properties.numericValue {
          groups[groups.count - 1] += String(Int(digit))
        } else if scalar == "." || scalar == "," || scalar == "\u{00A0}" || scalar == "\u{202F}",
          index + 1 < scalars.count, scalars[index + 1].properties.numericType == .decimal
        {
          separators += 1
          groups.append("")
        } else {
          break
        }
        index += 1
      }
      let leading = String(groups[0].drop(while: { $0 == "0" }))
      groups[0] = leading.isEmpty ? "0" : leading
      // 1.000 and 1,000 (three-digit groups) are thousands; 3,5 and 3.5 are decimals.
      if separators == 0 {
        numbers.append(groups[0])
      } else if groups.dropFirst().allSatisfy({ $0.count == 3 }) && !(separators == 1 && groups[0].count > 3) {
        numbers.append(groups.joined())
      } else {
        numbers.append(groups.dropLast().joined() + "." + groups.last!)
      }
    }
    return numbers
  }

  /// The text with the separators of thousands taken out of numbers (1.600 and 1,600 become
  /// 1600), so a number stays one word.
  ///
  ///     NumberScanner.removingThousandsSeparators(from: "1.600 και 2,5")   // "1600 και 2,5"
  ///
  /// The translation memory indexes text this way; it must not change, or stored indexes
  /// would no longer match their units.
  ///
  /// - Complexity: O(*n*) in the UTF-8 length of `text`.
  package static func removingThousandsSeparators(from text: String) -> String {
    // Separators and digits are ASCII: work on the bytes.
    let bytes = Array(text.utf8)
    func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
    var dropped: [Int] = []
    for index in 1..<max(1, bytes.count) where bytes[index] == 0x2E || bytes[index] == 0x2C {
      if isDigit(index - 1) && isDigit(index + 1) && isDigit(index + 2) && isDigit(index + 3) && !isDigit(index + 4) {
        dropped.append(index)
      }
    }
    guard !dropped.isEmpty else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var next = 0
    for (index, byte) in bytes.enumerated() {
      if next < dropped.count && dropped[next] == index {
        next += 1
        continue
      }
      result.append(byte)
    }
    return String(decoding: result, as: UTF8.self)
  }
}
