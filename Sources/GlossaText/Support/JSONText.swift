/// Minimal JSON text building for line-oriented output (`--format jsonl`) and hot paths, where
/// creating an encoder per value would cost more than the work being reported.
package enum JSONText {
  /// Returns `text` as a JSON string literal, quotes included: `"` and `\\` escaped, the
  /// controls below U+0020 as `\b \f \n \r \t` or `\u00xx`, U+2028 and U+2029 as `\u2028`
  /// and `\u2029` (which JavaScript once read as line ends); everything else as it is.
  package static func quoted(_ text: String) -> String { quoted(text, escapingLineSeparators: true) }

  /// ``quoted(_:)``, with U+2028 and U+2029 escaped or left as they are (as Foundation's
  /// `JSONEncoder` leaves them).
  package static func quoted(_ text: String, escapingLineSeparators: Bool) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{8}": result += "\\b"
      case "\u{C}": result += "\\f"
      case "\u{2028}",
        "\u{2029}" where !escapingLineSeparators:
        result.unicodeScalars.append(scalar)
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
