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

  /// The most a single token (a tag or a run of text) may take.
  static let maximumTokenLength = 64 << 20
  /// The deepest nesting allowed.
  static let maximumDepth = 256

  /// A scanner over a file (or standard input), read block by block.
  package init(file: InputFile) {
    source = XMLByteSource(file: file)
    name = file.name
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
      // `<?xml …?>` is the declaration, allowed only as the very first thing in the file.
      if bufferOffset + position > 0, try ensure(6), matches("<?xml"),
        [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "?")].contains(buffer[position + 5])
      {
        throw error("an XML declaration is allowed only at the start of the file")
      }
      try skip(past: "?>", what: "processing instruction")
      return nil
    }
    if matches("<!--") {
      try skip(past: "-->", what: "comment")
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
    if skipSpaces(), try ensure(6) {
      let literals = matches("SYSTEM") ? 1 : matches("PUBLIC") ? 2 : 0
      if literals > 0 { advance(6) }
      for _ in 0..<literals {
        guard skipSpaces(), try ensure(1), buffer[position] == 0x22 || buffer[position] == 0x27 else {
          throw error("expected a quoted identifier in the document type declaration")
        }
        let quote = buffer[position]
        advance(1)
        let end = try find(byte: quote, what: "document type declaration")
        advance(end - position + 1)
      }
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

  /// Skips `[…]`, noting the entities it declares.
  private func internalSubset() throws {
    advance(1)
    while true {
      guard try ensure(1) else { throw error("the file ends inside the document type declaration") }
      let byte = buffer[position]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        advance(1)
        let end = try find(byte: byte, what: "document type declaration")
        advance(end - position + 1)
        continue
      }
      if byte == UInt8(ascii: "<"), try ensure(8), matches("<!ENTITY") {
        advance(8)
        skipSpaces()
        if try ensure(1), buffer[position] == UInt8(ascii: "%") {
          advance(1)
          skipSpaces()
        }
        declaredEntities.insert(try name(context: "entity declaration"))
        continue
      }
      if byte == UInt8(ascii: "<"), try ensure(4), matches("<!--") {
        try skip(past: "-->", what: "comment")
        continue
      }
      if byte == UInt8(ascii: "<"), try ensure(2), matches("<?") {
        try skip(past: "?>", what: "processing instruction")
        continue
      }
      advance(1)
      if byte == UInt8(ascii: "]") { return }
    }
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
      let isNameByte =
        byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x30 && byte <= 0x39)
        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: ".")
      guard isNameByte else { break }
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
    return try string(start..<position)
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
