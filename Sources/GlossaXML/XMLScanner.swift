import GlossaText

/// What the scanner finds next in an XML document.
package enum XMLEvent: Equatable {
  /// A start tag; `isEmpty` for `<x/>`, which is followed by no end event.
  case start(name: String, attributes: [XMLAttribute], isEmpty: Bool)
  case end(name: String)
  /// Character data, entities and character references resolved, CDATA included as it is.
  case text(String)
}

/// One attribute of a start tag, in document order.
public struct XMLAttribute: Hashable, Sendable, Codable {
  /// The attribute's name as written, prefix included (`xml:lang`).
  public var name: String
  /// The value, with entity and character references resolved.
  public var value: String

  /// An attribute.
  package init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// A small streaming XML reader, enough for TMX and TBX-like files and strict about
/// well-formedness where it matters: matching tags, quoted attributes, known entities only.
///
/// It never fetches or expands anything a DTD declares: a document type declaration is
/// skipped, and a reference to an entity it declares is an error, so an "entity bomb" cannot
/// grow. Text between elements that is only whitespace is dropped unless `keepsWhitespace`.
///
/// - Complexity: O(*n*) in the file's length, with memory bounded by the largest token (text
///   run or tag), not by the file.
package final class XMLScanner {
  /// Keep text runs that are only whitespace (inside segments they matter).
  package var keepsWhitespace = false
  /// The line the current token starts on.
  package private(set) var tokenLine = 1
  /// Bytes read so far, as UTF-8.
  package var bytesRead: Int { bufferOffset + position }
  /// Open elements, innermost last.
  package private(set) var openElements: [String] = []

  private let source: XMLByteSource
  private let name: String
  private var buffer: [UInt8] = []
  private var position = 0  // next unread byte in `buffer`
  private var mark: Int?  // the start of a token being read, which refilling keeps
  private var bufferOffset = 0  // bytes of the document before `buffer[0]`
  private var atEnd = false
  private var line = 1
  private var lineStartOffset = 0  // document offset of the current line's first byte
  private var pendingEnd: String?
  private var declaredEntities: Set<String> = []
  private var sawRoot = false
  private var sawDoctype = false

  /// The most a single token (a tag or a run of text) may take.
  static let maximumTokenLength = 64 << 20
  /// The deepest nesting allowed.
  static let maximumDepth = 256

  /// A scanner over a file (or standard input), read block by block.
  package init(file: InputFile) {
    source = XMLByteSource(file: file)
    name = file.name
  }

  /// A scanner over raw bytes in memory, in any encoding a file may have (detected as for a
  /// file); `name` is the file named in errors.
  package init(bytes: [UInt8], name: String) {
    source = XMLByteSource(bytes: bytes)
    self.name = name
  }

  /// A scanner over a document in memory; `name` is the file named in errors.
  package init(text: String, name: String) {
    source = XMLByteSource(bytes: Array(text.utf8))
    self.name = name
  }

  /// The next event, or `nil` after the root element has closed and the input ended.
  package func next() throws -> XMLEvent? {
    if let name = pendingEnd {
      pendingEnd = nil
      return .end(name: name)
    }
    while true {
      guard try ensure(1) else {
        if let open = openElements.last { throw error("the file ends inside <\(open)>") }
        if !sawRoot { throw error("no XML element found") }
        return nil
      }
      tokenLine = line
      if buffer[position] == UInt8(ascii: "<") {
        if let event = try markup() { return event }
      } else if let text = try text() {
        return .text(text)
      }
    }
  }

  /// An error at the current position.
  package func error(_ message: String) -> XMLSyntaxError {
    XMLSyntaxError(file: name, line: line, column: column(), message: message)
  }

  // MARK: - Tokens

  private func markup() throws -> XMLEvent? {
    _ = try ensure(9)
    if matches("<?") {
      try processingInstruction()
      return nil
    }
    if matches("<!--") {
      try comment()
      return nil
    }
    if matches("<![CDATA[") {
      guard !openElements.isEmpty else { throw error("character data outside the root element") }
      advance(9)
      let end = try find("]]>", what: "CDATA section")
      try refuseControlCharacters(in: position..<end)
      let text = try string(position..<end)
      advance(end - position + 3)
      return .text(text)
    }
    if matches("<!DOCTYPE") {
      // Once, in the prolog: before the root element.
      guard !sawRoot, !sawDoctype else {
        throw error("a document type declaration is allowed only once, before the root element")
      }
      sawDoctype = true
      try doctype()
      return nil
    }
    if matches("</") {
      let tagStartOffset = bufferOffset + position
      advance(2)
      let name = try self.name(context: "end tag")
      skipSpaces()
      guard try ensure(1), buffer[position] == UInt8(ascii: ">") else {
        throw error("expected '>' to close </\(name)>")
      }
      advance(1)
      let tagStart = max(0, tagStartOffset - bufferOffset)
      guard let open = openElements.popLast() else { throw error(at: tagStart, "</\(name)> closes nothing") }
      guard open == name else { throw error(at: tagStart, "</\(name)> found where </\(open)> was expected") }
      return .end(name: name)
    }
    advance(1)
    let name = try self.name(context: "tag")
    if openElements.isEmpty && sawRoot { throw error("a second root element <\(name)>") }
    var attributes: [XMLAttribute] = []
    while true {
      let hadSpace = skipSpaces()
      guard try ensure(2) else { throw error("the file ends inside the tag <\(name)>") }
      if buffer[position] == UInt8(ascii: ">") {
        advance(1)
        try open(name)
        return .start(name: name, attributes: attributes, isEmpty: false)
      }
      if buffer[position] == UInt8(ascii: "/") {
        guard buffer[position + 1] == UInt8(ascii: ">") else { throw error("expected '/>' in <\(name)>") }
        advance(2)
        sawRoot = true
        pendingEnd = name
        return .start(name: name, attributes: attributes, isEmpty: true)
      }
      guard hadSpace else { throw error("expected a space before an attribute in <\(name)>") }
      let attributeName = try self.name(context: "attribute")
      skipSpaces()
      guard try ensure(1), buffer[position] == UInt8(ascii: "=") else {
        throw error("expected '=' after the attribute \(attributeName) in <\(name)>")
      }
      advance(1)
      skipSpaces()
      guard try ensure(1), buffer[position] == UInt8(ascii: "\"") || buffer[position] == UInt8(ascii: "'") else {
        throw error("the value of \(attributeName) in <\(name)> must be in quotes")
      }
      let quote = buffer[position]
      advance(1)
      let end = try find(byte: quote, what: "attribute value")
      if buffer[position..<end].contains(UInt8(ascii: "<")) {
        throw error("'<' inside the value of \(attributeName) in <\(name)>")
      }
      let value = try resolved(position..<end, normalizingSpace: true)
      advance(end - position + 1)
      if attributes.contains(where: { $0.name == attributeName }) {
        throw error("the attribute \(attributeName) appears twice in <\(name)>")
      }
      attributes.append(XMLAttribute(attributeName, value))
    }
  }

  private func open(_ name: String) throws {
    guard openElements.count < Self.maximumDepth else {
      throw error("elements nested deeper than \(Self.maximumDepth)")
    }
    openElements.append(name)
    sawRoot = true
  }

  private func text() throws -> String? {
    let end = try find(byte: UInt8(ascii: "<"), what: nil)
    let range = position..<end
    let isSpace = buffer[range].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    if openElements.isEmpty {
      guard isSpace else { throw error("text outside the root element") }
      advance(end - position)
      return nil
    }
    if isSpace && !keepsWhitespace {
      advance(end - position)
      return nil
    }
    // `]]>` may not appear in text; found from its brackets, which text rarely has.
    var from = range.lowerBound
    while let bracket = buffer[from..<range.upperBound].firstIndex(of: 0x5D) {
      if bracket + 2 < range.upperBound, buffer[bracket + 1] == 0x5D, buffer[bracket + 2] == 0x3E {
        throw error(at: bracket, "']]>' in text; write ']]&gt;'")
      }
      from = bracket + 1
    }
    let text = try resolved(range, normalizingSpace: false)
    advance(end - position)
    return text
  }

  /// Skips a document type declaration, noting the entities its internal subset declares:
  /// `<!DOCTYPE name`, then `SYSTEM "uri"` or `PUBLIC "id" "uri"` if any, then `[subset]` if
  /// any, then `>`; anything else in it is an error.
  private func doctype() throws {
    advance(9)
    guard skipSpaces() else { throw error("expected a space after <!DOCTYPE") }
    _ = try name(context: "document type")
    if skipSpaces(), try ensure(6), matches("SYSTEM") || matches("PUBLIC") {
      try externalIdentifier(what: "document type declaration")
      skipSpaces()
    }
    if try ensure(1), buffer[position] == UInt8(ascii: "[") {
      try internalSubset()
      skipSpaces()
    }
    guard try ensure(1) else { throw error("the file ends inside the document type declaration") }
    guard buffer[position] == UInt8(ascii: ">") else {
      throw error("unexpected text in the document type declaration")
    }
    advance(1)
  }

  /// `SYSTEM "uri"` or `PUBLIC "id" "uri"`: the identifiers are never fetched, only checked.
  private func externalIdentifier(what: String) throws {
    let literals = matches("SYSTEM") ? 1 : 2
    advance(6)
    for number in 0..<literals {
      guard skipSpaces(), try ensure(1), buffer[position] == 0x22 || buffer[position] == 0x27 else {
        throw error("expected a quoted identifier in the \(what)")
      }
      let quote = buffer[position]
      advance(1)
      let end = try find(byte: quote, what: what)
      if literals == 2 && number == 0, let bad = buffer[position..<end].firstIndex(where: { !Self.isPublicIDByte($0) })
      {
        throw error(at: bad, "a character not allowed in a public identifier")
      }
      try checkCharacters(in: position..<end)
      advance(end - position + 1)
    }
  }

  /// Reads `[…]`: white space, comments, processing instructions and entity declarations,
  /// noting the entities declared. Element, attribute-list and notation declarations are
  /// refused: Glossa applies none of them (an attribute's default value, say), so a document
  /// that needs them would be read wrong.
  private func internalSubset() throws {
    advance(1)
    while true {
      skipSpaces()
      _ = try ensure(10)
      guard try ensure(1) else { throw error("the file ends inside the document type declaration") }
      if buffer[position] == UInt8(ascii: "]") {
        advance(1)
        return
      }
      if matches("<!--") {
        try comment()
      } else if matches("<?") {
        try processingInstruction()
      } else if matches("<!ENTITY") {
        try entityDeclaration()
      } else if matches("<!ELEMENT") || matches("<!ATTLIST") || matches("<!NOTATION") {
        throw error(
          "the document type declares elements, attributes or notations, which Glossa does not read; "
            + "remove the internal subset")
      } else if buffer[position] == UInt8(ascii: "%") {
        throw error("a parameter entity reference in the document type declaration; Glossa reads none")
      } else {
        throw error("unexpected text in the document type declaration")
      }
    }
  }

  /// `<!ENTITY name "value">`, `<!ENTITY % name "value">` or with an external identifier (and
  /// `NDATA name` for a general entity).
  private func entityDeclaration() throws {
    advance(8)
    guard skipSpaces() else { throw error("expected a space after <!ENTITY") }
    var parameter = false
    if try ensure(1), buffer[position] == UInt8(ascii: "%") {
      advance(1)
      guard skipSpaces() else { throw error("expected a space after % in the entity declaration") }
      parameter = true
    }
    let entity = try name(context: "entity declaration")
    guard skipSpaces(), try ensure(6) else { throw error("expected a value after the entity name \(entity)") }
    if buffer[position] == 0x22 || buffer[position] == 0x27 {
      let quote = buffer[position]
      advance(1)
      let end = try find(byte: quote, what: "entity declaration")
      if let percent = buffer[position..<end].firstIndex(of: UInt8(ascii: "%")) {
        throw error(at: percent, "a parameter entity reference in the document type declaration; Glossa reads none")
      }
      try checkCharacters(in: position..<end)
      try checkReferences(in: position..<end)
      advance(end - position + 1)
    } else if matches("SYSTEM") || matches("PUBLIC") {
      try externalIdentifier(what: "entity declaration")
      let hadSpace = skipSpaces()
      if !parameter, hadSpace, try ensure(5), matches("NDATA") {
        advance(5)
        guard skipSpaces() else { throw error("expected a space after NDATA") }
        _ = try name(context: "notation")
      }
    } else {
      throw error("expected a quoted value or SYSTEM or PUBLIC in the entity declaration of \(entity)")
    }
    skipSpaces()
    guard try ensure(1), buffer[position] == UInt8(ascii: ">") else {
      throw error("expected '>' to close the entity declaration of \(entity)")
    }
    advance(1)
    if !parameter { declaredEntities.insert(entity) }
  }

  /// A comment: `<!--`, text without `--`, `-->`.
  private func comment() throws {
    advance(4)
    let end = try find("--", what: "comment") - position
    guard try ensure(end + 3), buffer[position + end + 2] == UInt8(ascii: ">") else {
      throw error(at: position + end, "'--' inside a comment")
    }
    try checkCharacters(in: position..<(position + end))
    advance(end + 3)
  }

  /// A processing instruction, `<?target …?>`, or at the very start of the file the XML
  /// declaration, `<?xml version="1.0" …?>`.
  private func processingInstruction() throws {
    let startOffset = bufferOffset + position
    advance(2)
    let target = try name(context: "processing instruction")
    if target.lowercased() == "xml" {
      guard startOffset == 0, target == "xml" else {
        throw error(
          at: max(0, startOffset - bufferOffset),
          "an XML declaration is allowed only at the start of the file" + (target == "xml" ? "" : ", as <?xml"))
      }
      try xmlDeclaration()
      return
    }
    guard try ensure(2) else { throw error("the file ends inside a processing instruction") }
    if matches("?>") {
      advance(2)
      return
    }
    guard skipSpaces() else { throw error("expected a space after the processing instruction's target \(target)") }
    let end = try find("?>", what: "processing instruction")
    try checkCharacters(in: position..<end)
    advance(end - position + 2)
  }

  /// The rest of the XML declaration: `version`, then `encoding` and `standalone` if any,
  /// each `name="value"` after a space, then `?>`.
  private func xmlDeclaration() throws {
    let order = ["version", "encoding", "standalone"]
    var last = -1
    while true {
      let hadSpace = skipSpaces()
      guard try ensure(2) else { throw error("the file ends inside the XML declaration") }
      if matches("?>") { break }
      guard hadSpace else { throw error("expected a space in the XML declaration") }
      let key = try name(context: "XML declaration")
      guard let rank = order.firstIndex(of: key), rank > last, last >= 0 || rank == 0 else {
        throw error(
          "'\(key)' is not expected here: the XML declaration holds version, encoding and standalone, in order")
      }
      last = rank
      skipSpaces()
      guard try ensure(1), buffer[position] == UInt8(ascii: "=") else { throw error("expected '=' after \(key)") }
      advance(1)
      skipSpaces()
      guard try ensure(1), buffer[position] == 0x22 || buffer[position] == 0x27 else {
        throw error("the value of \(key) must be in quotes")
      }
      let quote = buffer[position]
      advance(1)
      let end = try find(byte: quote, what: "XML declaration")
      let value = Array(buffer[position..<end])
      let isLetter = { (byte: UInt8) in (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
      let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
      let valid: Bool
      switch key {
      case "version":
        valid = value.count >= 3 && value.starts(with: [0x31, 0x2E]) && value.dropFirst(2).allSatisfy(isDigit)
      case "encoding":
        valid =
          value.first.map(isLetter) == true
          && value.allSatisfy { isLetter($0) || isDigit($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
      default: valid = value == Array("yes".utf8) || value == Array("no".utf8)
      }
      guard valid else { throw error("'\(String(decoding: value, as: UTF8.self))' is not a valid \(key)") }
      // A file read as UTF-16 (told by its byte order mark or its first bytes) may call itself
      // UTF-16 or, wrongly but harmlessly, UTF-8; a name of no encoding is an error, as in a
      // UTF-8 file.
      if key == "encoding", source.encoding != .utf8, source.encoding != .latin1 {
        let declared = String(decoding: value, as: UTF8.self).lowercased()
        let known = ["utf-16", "utf16", "utf-16le", "utf-16be", "ucs-2", "iso-10646-ucs-2", "utf-8", "utf8"]
        guard known.contains(declared) else {
          throw error(
            "the file is UTF-16 but its declaration names the encoding '\(String(decoding: value, as: UTF8.self))'")
        }
      }
      advance(end - position + 1)
    }
    guard last >= 0 else { throw error("the XML declaration needs a version") }
    advance(2)
  }

  // MARK: - Text

  /// The text of `range` with entity and character references resolved; in attribute values,
  /// line breaks and tabs become spaces as XML says.
  private func resolved(_ range: Range<Int>, normalizingSpace: Bool) throws -> String {
    try refuseControlCharacters(in: range)
    guard
      buffer[range].contains(UInt8(ascii: "&")) || (normalizingSpace && buffer[range].contains(where: { $0 < 0x20 }))
    else { return try string(range) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = buffer[index]
      if byte == UInt8(ascii: "&") {
        guard let semicolon = buffer[index..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
          semicolon - index <= 12
        else { throw error(at: index, "'&' that starts no reference; write &amp;") }
        let reference = String(decoding: buffer[(index + 1)..<semicolon], as: UTF8.self)
        guard let scalar = try resolve(reference, at: index) else {
          throw error(at: index, "unknown entity &\(reference);")
        }
        bytes.append(contentsOf: Array(String(scalar).utf8))
        index = semicolon + 1
      } else {
        bytes.append(normalizingSpace && (byte == 0x0A || byte == 0x0D || byte == 0x09) ? 0x20 : byte)
        index += 1
      }
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw error(at: range.lowerBound, "invalid UTF-8")
    }
    return text
  }

  private func resolve(_ reference: String, at index: Int) throws -> Unicode.Scalar? {
    switch reference {
    case "amp": return "&"
    case "lt": return "<"
    case "gt": return ">"
    case "quot": return "\""
    case "apos": return "'"
    default: break
    }
    if reference.hasPrefix("#") {
      let digits = reference.dropFirst()
      let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value), Self.isAllowed(value) else {
        throw error(at: index, "&\(reference); is not a character XML allows")
      }
      return scalar
    }
    if declaredEntities.contains(reference) {
      throw error(at: index, "&\(reference); is declared in the document type; Glossa does not expand entities")
    }
    return nil
  }

  /// Checks what is skipped rather than read (comments, processing instructions, identifiers):
  /// UTF-8, and only the characters XML allows.
  private func checkCharacters(in range: Range<Int>) throws {
    try refuseControlCharacters(in: range)
    let invalid = buffer.withUnsafeBufferPointer {
      UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: $0[range]))
    }
    if let invalid { throw error(at: range.lowerBound + invalid, "invalid UTF-8") }
    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are no XML characters.
    var index = range.lowerBound
    while let lead = buffer[index..<range.upperBound].firstIndex(of: 0xEF) {
      if lead + 2 < range.upperBound, buffer[lead + 1] == 0xBF, buffer[lead + 2] >= 0xBE {
        throw error(at: lead, "\(buffer[lead + 2] == 0xBE ? "U+FFFE" : "U+FFFF") is not allowed in XML")
      }
      index = lead + 1
    }
  }

  /// Every `&` in `range` starts a well-formed reference: `&name;`, `&#digits;` or `&#xhex;`.
  private func checkReferences(in range: Range<Int>) throws {
    var index = range.lowerBound
    while let ampersand = buffer[index..<range.upperBound].firstIndex(of: UInt8(ascii: "&")) {
      guard let semicolon = buffer[ampersand..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
        semicolon > ampersand + 1
      else { throw error(at: ampersand, "'&' that starts no reference; write '&amp;'") }
      let body = buffer[(ampersand + 1)..<semicolon]
      let valid: Bool
      if body.first == UInt8(ascii: "#") {
        let digits = body.dropFirst()
        if digits.first == UInt8(ascii: "x") {
          valid =
            digits.count > 1
            && digits.dropFirst().allSatisfy {
              ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x66 || ($0 >= 0x30 && $0 <= 0x39)
            }
        } else {
          valid = !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
      } else {
        valid =
          body.allSatisfy { Self.isASCIINameByte($0) || $0 >= 0x80 }
          && !(body.first.map { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E } ?? true)
      }
      guard valid else { throw error(at: ampersand, "a malformed reference in an entity value") }
      index = semicolon + 1
    }
  }

  /// A character a public identifier may hold.
  private static func isPublicIDByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
      || [0x20, 0x0D, 0x0A].contains(byte) || Array("-'()+,./:=?;!*#@$_%".utf8).contains(byte)
  }

  /// An ASCII byte of a name: a letter, digit, `_`, `:`, `-` or `.`.
  private static func isASCIINameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".")
  }

  /// XML's name characters beyond ASCII (XML 1.0, fifth edition): `start` for the first.
  private static func isNameScalar(_ scalar: Unicode.Scalar, start: Bool) -> Bool {
    let value = scalar.value
    let startRanges: [ClosedRange<UInt32>] = [
      0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F,
      0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF,
    ]
    if startRanges.contains(where: { $0.contains(value) }) { return true }
    return !start && (value == 0xB7 || (0x300...0x36F).contains(value) || (0x203F...0x2040).contains(value))
  }

  /// XML allows no control characters but tab and line ends (nor as references: see
  /// ``isAllowed(_:)``), in text, attribute values and CDATA alike.
  private func refuseControlCharacters(in range: Range<Int>) throws {
    if let control = buffer[range].firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
      throw error(at: control, "a control character (\(Self.codePoint(UInt32(buffer[control])))) is not allowed in XML")
    }
  }

  /// Whether XML 1.0 allows the character: tab, line ends, and from space on, but for U+FFFE
  /// and U+FFFF (surrogates are no scalars).
  private static func isAllowed(_ value: UInt32) -> Bool {
    value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF)
  }

  /// `U+0001`.
  private static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  private func string(_ range: Range<Int>) throws -> String {
    guard let text = String(validating: buffer[range], as: UTF8.self) else {
      throw error(at: range.lowerBound, "invalid UTF-8")
    }
    return text
  }

  // MARK: - Buffer

  /// Makes `count` bytes available from `position`, if the input has them.
  private func ensure(_ count: Int) throws -> Bool {
    while buffer.count - position < count {
      if atEnd { return false }
      try refill()
    }
    return true
  }

  private func refill() throws {
    let keep = min(position, mark ?? position)
    if keep > 0 && keep >= buffer.count / 2 {
      buffer.removeFirst(keep)
      bufferOffset += keep
      position -= keep
      if mark != nil { mark! -= keep }
    }
    do {
      if try !source.read(appendingTo: &buffer) { atEnd = true }
    } catch let problem as XMLByteSource.DecodingProblem {
      throw error(problem.description)
    }
  }

  /// The index of the next `byte` at or after `position`, reading on as needed.
  private func find(byte: UInt8, what: String?) throws -> Int {
    var from = position
    while true {
      if let found = buffer[from...].firstIndex(of: byte) { return found }
      from = buffer.count
      if atEnd {
        if let what { throw error("the file ends inside a \(what)") }
        return buffer.count
      }
      if buffer.count - position > Self.maximumTokenLength { throw error("a token longer than 64 MiB") }
      let before = position
      try refill()
      from -= before - position
    }
  }

  private func find(_ text: String, what: String) throws -> Int {
    let pattern = Array(text.utf8)
    var from = position
    while true {
      var index = from
      while index + pattern.count <= buffer.count {
        if buffer[index] == pattern[0] && buffer[index..<(index + pattern.count)].elementsEqual(pattern) {
          return index
        }
        index += 1
      }
      from = max(position, buffer.count - pattern.count + 1)
      if atEnd { throw error("the file ends inside a \(what)") }
      if buffer.count - position > Self.maximumTokenLength { throw error("a \(what) longer than 64 MiB") }
      let before = position
      try refill()
      from -= before - position
    }
  }

  private func skip(past text: String, what: String) throws {
    let end = try find(text, what: what)
    advance(end - position + text.utf8.count)
  }

  private func matches(_ text: String) -> Bool {
    let pattern = text.utf8
    guard buffer.count - position >= pattern.count else { return false }
    return buffer[position..<(position + pattern.count)].elementsEqual(pattern)
  }

  @discardableResult
  private func skipSpaces() -> Bool {
    var skipped = false
    while (try? ensure(1)) == true, [0x20, 0x0A, 0x0D, 0x09].contains(buffer[position]) {
      advance(1)
      skipped = true
    }
    return skipped
  }

  private func name(context: String) throws -> String {
    // Reading on may move the buffer, but never past the mark: keep the start as a document offset.
    let startOffset = bufferOffset + position
    mark = position
    defer { mark = nil }
    while try ensure(1) {
      let byte = buffer[position]
      guard byte >= 0x80 || Self.isASCIINameByte(byte) else { break }
      position += 1
    }
    let start = startOffset - bufferOffset
    guard position > start else { throw error("expected a name in the \(context)") }
    // A name starts with a letter, '_' or ':', not a digit, '-' or '.'.
    let first = buffer[start]
    guard !(first >= 0x30 && first <= 0x39) && first != UInt8(ascii: "-") && first != UInt8(ascii: ".") else {
      let text = try string(start..<position)
      throw error(at: start, "the \(context) name '\(text)' does not start with a letter, '_' or ':'")
    }
    let text = try string(start..<position)
    if buffer[start..<position].contains(where: { $0 >= 0x80 }) {
      for (index, scalar) in text.unicodeScalars.enumerated() where scalar.value >= 0x80 {
        guard Self.isNameScalar(scalar, start: index == 0) else {
          throw error(
            at: start, "the \(context) name '\(text)' holds \(Self.codePoint(scalar.value)), which names may not")
        }
      }
    }
    return text
  }

  /// Moves on by `count` bytes, counting lines.
  private func advance(_ count: Int) {
    let end = position + count
    var index = position
    while let newline = buffer[index..<end].firstIndex(of: 0x0A) {
      line += 1
      lineStartOffset = bufferOffset + newline + 1
      index = newline + 1
    }
    position = end
  }

  private func column() -> Int { column(at: position) }

  private func column(at index: Int) -> Int {
    let lineStart = lineStartOffset - bufferOffset
    guard lineStart >= 0, lineStart <= index else { return bufferOffset + index - lineStartOffset + 1 }
    return buffer[lineStart..<index].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
  }

  private func error(at index: Int, _ message: String) -> XMLSyntaxError {
    // The line of `index`: count back the line breaks between it and the current position.
    let breaks = buffer[min(index, position)..<position].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    var lineStart = index
    while lineStart > 0 && buffer[lineStart - 1] != 0x0A { lineStart -= 1 }
    let column = buffer[lineStart..<index].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    return XMLSyntaxError(file: name, line: line - breaks, column: column, message: message)
  }
}
