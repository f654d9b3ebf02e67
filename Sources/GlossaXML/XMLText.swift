/// Text made safe for XML documents (TMX, TBX, SRX).
package enum XMLText {
  /// Escapes `&`, `<`, `>` and `"` so `text` can go in element content or a quoted attribute,
  /// and drops the control characters XML 1.0 cannot carry (tab, line feed and carriage
  /// return stay).
  ///
  /// ```swift
  /// XMLText.escaped("AT&T <b>")   // "AT&amp;T &lt;b&gt;"
  /// ```
  package static func escaped(_ text: String) -> String {
    // Most text needs nothing: check the bytes first.
    var contiguous = text
    let needsWork = contiguous.withUTF8 { utf8 in
      utf8.contains { byte in
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
          || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
          || byte == 0xEF  // U+FFFE and U+FFFF start with 0xEF
      }
    }
    guard needsWork else { return text }
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
