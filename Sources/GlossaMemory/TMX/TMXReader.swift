import GlossaText
import GlossaXML

/// Reads a TMX file unit by unit, in constant memory.
///
/// Tolerant of what translation tools write: TMX 1.1 to 1.4, `lang` as well as `xml:lang`,
/// language tags in any case, any number of `tuv`s, inline elements (`bpt`, `ept`, `it`, `ph`,
/// `hi`, `ut`, `sub`, and tags from other vocabularies) kept as markup, UTF-8 or UTF-16, with
/// or without a byte order mark. A `tuv` without a `seg` is kept without a segment and reported.
/// Malformed XML stops reading with an ``XMLSyntaxError`` naming the file, line and column.
///
/// ```swift
/// let reader = try TMXReader(path: "memory.tmx")
/// let header = try reader.readHeader()
/// while let unit = try reader.next() { … }
/// ```
package final class TMXReader {
  /// Where the file is, as named.
  package let name: String
  /// What was noticed so far.
  package private(set) var warnings: [InputWarning] = []
  /// The line the last unit returned starts on.
  package private(set) var unitLine = 0
  /// How many bytes of the input (as UTF-8) have been read.
  package var bytesRead: Int { scanner.bytesRead }

  private let scanner: XMLScanner
  private var header: TMXHeader?
  private var inBody = false
  private var finished = false

  /// Opens a TMX file, or standard input for `-`.
  ///
  /// - Throws: ``TextInputError`` when the file cannot be opened.
  package init(path: String) throws(TextInputError) {
    let file = try InputFile(path: path)
    name = file.name
    scanner = XMLScanner(file: file)
  }

  /// A reader over the bytes of a TMX document in memory; `name` is the file named in errors.
  package init(bytes: [UInt8], name: String) {
    self.name = name
    scanner = XMLScanner(bytes: bytes, name: name)
  }

  /// Reads up to the end of the header and returns it.
  ///
  /// - Throws: ``XMLSyntaxError`` for malformed XML or a file that is not TMX.
  package func readHeader() throws -> TMXHeader {
    if let header { return header }
    var version = ""
    var found: TMXHeader?
    while let event = try scanner.next() {
      switch event {
      case .start(let name, let attributes, let isEmpty):
        switch name {
        case "tmx":
          version = attributes.first { $0.name == "version" }?.value ?? ""
        case "header":
          var header = TMXHeader(version: version, attributes: attributes)
          if !isEmpty { try readChildren(of: "header", properties: &header.properties, notes: &header.notes) }
          found = header
        case "body":
          guard let header = found else { throw scanner.error("<body> before any <header>") }
          if isEmpty { finished = true } else { inBody = true }
          self.header = header
          return header
        default:
          if scanner.openElements.count == 1 && version.isEmpty {
            throw scanner.error("not a TMX file: the root element is <\(name)>, not <tmx>")
          }
          try skipElement(name, isEmpty: isEmpty)
        }
      case .end, .text:
        continue
      }
    }
    throw scanner.error("no <body> in the file")
  }

  /// The next unit, or `nil` at the end of the body.
  ///
  /// - Throws: ``XMLSyntaxError`` for malformed XML.
  package func next() throws -> TMXUnit? {
    if header == nil { _ = try readHeader() }
    guard !finished else { return nil }
    while let event = try scanner.next() {
      switch event {
      case .start(let name, let attributes, let isEmpty):
        if name == "tu" {
          unitLine = scanner.tokenLine
          var unit = TMXUnit(attributes: attributes, variants: [])
          if !isEmpty { try readUnit(into: &unit) }
          if unit.variants.isEmpty { warn("a <tu> without <tuv>; skipped", line: unitLine) } else { return unit }
        } else {
          try skipElement(name, isEmpty: isEmpty)
        }
      case .end(let name):
        if name == "body" {
          finished = true
          while try scanner.next() != nil {}
          return nil
        }
      case .text:
        continue
      }
    }
    finished = true
    return nil
  }

  private func readUnit(into unit: inout TMXUnit) throws {
    while let event = try scanner.next() {
      switch event {
      case .start("tuv", let attributes, let isEmpty):
        let line = scanner.tokenLine
        let language = attributes.first { $0.name == "xml:lang" || $0.name == "lang" }?.value
        var variant = TMXVariant(
          language: language ?? "", segment: nil,
          attributes: attributes.filter { $0.name != "xml:lang" && $0.name != "lang" })
        if !isEmpty { try readVariant(into: &variant) }
        if language == nil {
          warn("a <tuv> without xml:lang; skipped", line: line)
        } else {
          if variant.segment == nil { warn("a <tuv xml:lang=\"\(variant.language)\"> without <seg>", line: line) }
          unit.variants.append(variant)
        }
      case .start("prop", let attributes, let isEmpty):
        unit.properties.append(try property(attributes, isEmpty: isEmpty))
      case .start("note", let attributes, let isEmpty):
        unit.notes.append(TMXNote(isEmpty ? "" : try textContent(of: "note"), attributes: attributes))
      case .start(let name, _, let isEmpty):
        try skipElement(name, isEmpty: isEmpty)
      case .end("tu"):
        return
      case .end, .text:
        continue
      }
    }
  }

  private func readVariant(into variant: inout TMXVariant) throws {
    while let event = try scanner.next() {
      switch event {
      case .start("seg", _, let isEmpty):
        variant.segment = isEmpty ? Segment(text: "") : try segment()
      case .start("prop", let attributes, let isEmpty):
        variant.properties.append(try property(attributes, isEmpty: isEmpty))
      case .start("note", let attributes, let isEmpty):
        variant.notes.append(TMXNote(isEmpty ? "" : try textContent(of: "note"), attributes: attributes))
      case .start(let name, _, let isEmpty):
        try skipElement(name, isEmpty: isEmpty)
      case .end("tuv"):
        return
      case .end, .text:
        continue
      }
    }
  }

  /// Native codes: their content is markup, not text.
  private static let codeElements: Set<String> = ["bpt", "ept", "it", "ph", "ut"]

  /// Reads a `seg`'s content as markup and as plain text.
  private func segment() throws -> Segment {
    scanner.keepsWhitespace = true
    defer { scanner.keepsWhitespace = false }
    var markup = ""
    var text = ""
    var open: [String] = []
    var codeDepth = 0
    while let event = try scanner.next() {
      switch event {
      case .start(let name, let attributes, let isEmpty):
        markup += "<" + name
        for attribute in attributes { markup += " \(attribute.name)=\"\(XMLText.escaped(attribute.value))\"" }
        if isEmpty {
          markup += "/>"
          _ = try scanner.next()  // its end
        } else {
          markup += ">"
          open.append(name)
          if Self.codeElements.contains(name) || codeDepth > 0 { codeDepth += 1 }
        }
      case .end(let name):
        if open.isEmpty {
          return Segment(markup: markup, text: text)  // </seg>
        }
        open.removeLast()
        if codeDepth > 0 { codeDepth -= 1 }
        markup += "</\(name)>"
      case .text(let content):
        markup += XMLText.escaped(content)
        if codeDepth == 0 { text += content }
      }
    }
    throw scanner.error("the file ends inside <seg>")
  }

  private func property(_ attributes: [XMLAttribute], isEmpty: Bool) throws -> TMXProperty {
    TMXProperty(
      type: attributes.first { $0.name == "type" }?.value ?? "",
      value: isEmpty ? "" : try textContent(of: "prop"),
      attributes: attributes.filter { $0.name != "type" })
  }

  /// The text of an element that holds only text (`prop`, `note`).
  private func textContent(of element: String) throws -> String {
    scanner.keepsWhitespace = true
    defer { scanner.keepsWhitespace = false }
    var text = ""
    var depth = 0
    while let event = try scanner.next() {
      switch event {
      case .text(let content): text += content
      case .start(_, _, let isEmpty): if isEmpty { _ = try scanner.next() } else { depth += 1 }
      case .end:
        if depth == 0 { return text }
        depth -= 1
      }
    }
    throw scanner.error("the file ends inside <\(element)>")
  }

  private func readChildren(of element: String, properties: inout [TMXProperty], notes: inout [TMXNote]) throws {
    while let event = try scanner.next() {
      switch event {
      case .start("prop", let attributes, let isEmpty):
        properties.append(try property(attributes, isEmpty: isEmpty))
      case .start("note", let attributes, let isEmpty):
        notes.append(TMXNote(isEmpty ? "" : try textContent(of: "note"), attributes: attributes))
      case .start(let name, _, let isEmpty):
        try skipElement(name, isEmpty: isEmpty)
      case .end(element):
        return
      case .end, .text:
        continue
      }
    }
  }

  /// Skips an element and everything in it.
  private func skipElement(_ name: String, isEmpty: Bool) throws {
    if isEmpty {
      _ = try scanner.next()
      return
    }
    var depth = 1
    while depth > 0, let event = try scanner.next() {
      switch event {
      case .start(_, _, let isEmpty): if !isEmpty { depth += 1 } else { _ = try scanner.next() }
      case .end: depth -= 1
      case .text: continue
      }
    }
  }

  private func warn(_ message: String, line: Int) {
    warnings.append(InputWarning(file: name, line: line, message))
  }
}
