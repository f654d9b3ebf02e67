/// Finds numbers in text the way translations keep them: 1.000, 1,000 and 1000 are one number
/// (three-digit groups are thousands), 3,5 and 3.5 another (a decimal comma or point).
public enum NumberScanner {
  /// The numbers in `text`, each as digits with thousands separators removed and a decimal
  /// comma made a point.
  ///
  /// ```swift
  /// NumberScanner.numbers(in: "1.000 ευρώ και 3,5%")   // ["1000", "3.5"]
  /// ```
  public static func numbers(in text: String) -> [String] {
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
}
