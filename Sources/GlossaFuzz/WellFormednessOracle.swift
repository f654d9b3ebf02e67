import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An independent judge of well-formedness: libxml2, through Foundation's `XMLParser`, with
/// external entities never loaded.
enum WellFormednessOracle {
  /// Whether libxml2 parses `bytes` as a well-formed document, or refuses it only for what
  /// Glossa deliberately reads otherwise: `nil` then, as the two cannot be compared.
  ///
  /// Glossa reads XML 1.0 without namespaces (a prefix is part of the name: libxml2's
  /// namespace errors do not count), reads a file labelled ISO-8859-1 as Windows-1252, as most
  /// such files are (bytes 0x80–0x9F are letters and signs, not control codes), and reads a
  /// file by its bytes when its declaration names the other Unicode form (UTF-8 called UTF-16
  /// is what .NET writers often produce).
  static func isWellFormed(_ bytes: [UInt8]) -> Bool? {
    let parser = XMLParser(data: Data(bytes))
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    if parser.parse() { return true }
    // libxml2's namespace errors are numbered 200–299.
    if let code = (parser.parserError as NSError?)?.code, (200..<300).contains(code) { return nil }
    if declaresLatin1(bytes), bytes.contains(where: { (0x80...0x9F).contains($0) }) { return nil }
    if hasNameThatIsNoQName(bytes) { return nil }
    if let first = bytes.first, first == UInt8(ascii: "<") || first == 0xEF,
      String(decoding: bytes.prefix(100), as: UTF8.self).lowercased().contains("utf-16")
    {
      return nil
    }
    // And a UTF-16 file whose declaration says UTF-8: the byte order decides.
    if bytes.count > 2, bytes[0] == 0xFF || bytes[0] == 0xFE || bytes[0] == 0 || bytes[1] == 0 {
      let ascii = String(decoding: bytes.prefix(200).filter { $0 != 0 }, as: UTF8.self).lowercased()
      if ascii.contains("utf-8") || ascii.contains("utf8") { return nil }
    }
    return false
  }

  /// Whether a tag or attribute name has two colons, or one at its start or end: an XML
  /// name, but no qualified name, which libxml2 reports first as a namespace error and then
  /// as whatever its namespace-aware reading of the rest runs into.
  private static func hasNameThatIsNoQName(_ bytes: [UInt8]) -> Bool {
    let text = String(decoding: bytes, as: UTF8.self)
    let pattern = #"(<|</|\s)(:|[^\s<>=/"'?!:]*:[^\s<>=/"'?!:]*:)|:(\s*=|\s*/?>)"#
    return text.range(of: pattern, options: .regularExpression) != nil
  }

  private static func declaresLatin1(_ bytes: [UInt8]) -> Bool {
    let start = String(decoding: bytes.prefix(100), as: UTF8.self).lowercased()
    return ["iso-8859-1", "latin1", "latin-1", "iso_8859-1", "windows-1252", "cp1252"].contains { start.contains($0) }
  }
}
