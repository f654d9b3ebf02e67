/// Minimal JSON text building for line-oriented output (`--format jsonl`) and hot paths, where
/// creating an encoder per value would cost more than the work being reported.
package enum JSONText {
  /// Returns `text` as a JSON string literal, quotes included.
  package static func quoted(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{0}"..."\u{1F}", "\u{2028}", "\u{2029}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    result += "\""
    return result
  }

  /// Returns a JSON object with the given fields, in order; values are already JSON text.
  package static func object(_ fields: KeyValuePairs<String, String>) -> String {
    object(fields.map { ($0.key, $0.value) })
  }

  /// Returns a JSON object with the given fields, in order; values are already JSON text.
  package static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
  }
}
