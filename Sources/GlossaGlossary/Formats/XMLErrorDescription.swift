/// Words for the XML parser's error codes (libxml2's, which Foundation's XMLParser reports).
enum XMLErrorDescription {
  static func text(forCode code: Int) -> String {
    switch code {
    case 4: "the document is empty or does not start with an element"
    case 5: "the document ends before its elements are closed"
    case 9: "an invalid character"
    case 26: "an undeclared entity"
    case 38, 39, 40, 41: "a malformed attribute"
    case 64, 65: "a malformed XML declaration"
    case 68, 73: "a malformed tag"
    case 76: "an end tag that does not match its start tag"
    case 85, 86: "extra content after the document element"
    case 89: "an entity that expands too much"
    default: code >= 0 ? "libxml2 error \(code)" : "not well-formed"
    }
  }
}
