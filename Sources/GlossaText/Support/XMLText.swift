/// Text made safe for XML documents (TMX, TBX, SRX).
public enum XMLText {
  /// Escapes `&`, `<`, `>` and `"` so `text` can go in element content or a quoted attribute,
  /// and drops the control characters XML 1.0 cannot carry (tab, line feed and carriage
  /// return stay).
  ///
  /// ```swift
  /// XMLText.escaped("AT&T <b>")   // "AT&amp;T &lt;b&gt;"
  /// ```
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
