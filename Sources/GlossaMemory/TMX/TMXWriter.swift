import GlossaText
import GlossaXML

/// Writes TMX 1.4b: a header, then units one at a time, so a memory of any size streams out.
///
/// The header names Glossa as the creation tool and original format (`o-tmf`), the segment
/// type, the source language, the admin language and the data type, with a creation date in
/// TMX's `YYYYMMDDThhmmssZ`. Units keep their attributes, properties, notes and inline markup.
///
/// ```swift
/// let writer = TMXWriter(sourceLanguage: "el")
/// var xml = writer.prologue()
/// xml += writer.xml(for: unit.tmxUnit)
/// xml += TMXWriter.epilogue
/// ```
public struct TMXWriter: Sendable {
  /// The header written.
  package var header: TMXHeader
  /// The header's creation date.
  public var creationDate: TMXDate
  private var body = ""

  /// A writer with Glossa's header for `sourceLanguage`.
  public init(sourceLanguage: String, creationDate: TMXDate = .now()) {
    self.creationDate = creationDate
    header = TMXHeader(
      version: "1.4",
      attributes: [
        XMLAttribute("creationtool", "Glossa"), XMLAttribute("creationtoolversion", Glossa.version),
        XMLAttribute("datatype", "plaintext"), XMLAttribute("segtype", "sentence"), XMLAttribute("adminlang", "en"),
        XMLAttribute("srclang", sourceLanguage), XMLAttribute("o-tmf", "Glossa"),
        XMLAttribute("creationdate", creationDate.description),
      ])
  }

  /// The XML declaration, the document type, the `tmx` and `header` elements and `<body>`.
  package func prologue() -> String {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
    text += "<tmx version=\"\(XMLText.escaped(header.version))\">\n  <header"
    for attribute in header.attributes { text += " \(attribute.name)=\"\(XMLText.escaped(attribute.value))\"" }
    if header.properties.isEmpty && header.notes.isEmpty {
      text += "/>\n"
    } else {
      text += ">\n"
      text += Self.notesAndProperties(header.notes, header.properties, indent: "    ")
      text += "  </header>\n"
    }
    return text + "  <body>\n"
  }

  /// The end of the document.
  package static let epilogue = "  </body>\n</tmx>\n"

  /// One `tu` element, with the unit's attributes as they are.
  package func xml(for unit: TMXUnit) -> String {
    var text = "    <tu"
    for attribute in unit.attributes { text += " \(attribute.name)=\"\(XMLText.escaped(attribute.value))\"" }
    text += ">\n"
    text += Self.notesAndProperties(unit.notes, unit.properties, indent: "      ")
    for variant in unit.variants {
      text += "      <tuv xml:lang=\"\(XMLText.escaped(variant.language))\""
      for attribute in variant.attributes { text += " \(attribute.name)=\"\(XMLText.escaped(attribute.value))\"" }
      text += ">"
      if !variant.notes.isEmpty || !variant.properties.isEmpty {
        text += "\n" + Self.notesAndProperties(variant.notes, variant.properties, indent: "        ") + "        "
      }
      text += "<seg>\(variant.segment?.markup ?? "")</seg></tuv>\n"
    }
    return text + "    </tu>\n"
  }

  /// Notes before properties, as the TMX 1.4 DTD orders them.
  private static func notesAndProperties(_ notes: [TMXNote], _ properties: [TMXProperty], indent: String) -> String {
    var text = ""
    for note in notes {
      text += indent + "<note"
      for attribute in note.attributes { text += " \(attribute.name)=\"\(XMLText.escaped(attribute.value))\"" }
      text += ">\(XMLText.escaped(note.text))</note>\n"
    }
    for property in properties {
      text += indent + "<prop type=\"\(XMLText.escaped(property.type))\""
      for attribute in property.attributes { text += " \(attribute.name)=\"\(XMLText.escaped(attribute.value))\"" }
      text += ">\(XMLText.escaped(property.value))</prop>\n"
    }
    return text
  }

  /// Adds a unit to the in-memory document.
  package mutating func append(_ unit: TMXUnit) { body += xml(for: unit) }

  /// Adds a translation unit to the in-memory document.
  public mutating func append(_ unit: TranslationUnit) { append(unit.tmxUnit) }

  /// The whole document with the units appended so far.
  public func document() -> String { prologue() + body + Self.epilogue }
}
