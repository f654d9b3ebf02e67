import GlossaText

/// Writes translation units as a TMX 1.4b document.
///
/// The header names Glossa as the creation tool and original format (`o-tmf`), the segment type
/// as sentences, and the source language; each unit is a `tu` with its properties and one `tuv`
/// per language.
///
/// ```swift
/// var writer = TMXWriter(sourceLanguage: "el")
/// writer.append(TranslationUnit(source: "Καλημέρα.", target: "Good morning.", sourceLanguage: "el", targetLanguage: "en"))
/// let xml = writer.document()
/// ```
public struct TMXWriter: Sendable {
  /// The header's `srclang`.
  public var sourceLanguage: String
  /// The header's `creationdate`, and the date of units that have none.
  public var creationDate: TMXDate
  private var body = ""

  public init(sourceLanguage: String, creationDate: TMXDate = .now()) {
    self.sourceLanguage = sourceLanguage
    self.creationDate = creationDate
  }

  /// Adds a unit to the body.
  public mutating func append(_ unit: TranslationUnit) {
    let date = unit.creationDate ?? creationDate
    body += "    <tu"
    if let id = unit.id { body += " tuid=\"\(XMLText.escaped(id))\"" }
    body += " creationdate=\"\(date)\">\n"
    for (type, value) in unit.properties {
      body += "      <prop type=\"\(XMLText.escaped(type))\">\(XMLText.escaped(value))</prop>\n"
    }
    body += "      <tuv xml:lang=\"\(XMLText.escaped(unit.sourceLanguage))\"><seg>\(XMLText.escaped(unit.source))</seg></tuv>\n"
    body += "      <tuv xml:lang=\"\(XMLText.escaped(unit.targetLanguage))\"><seg>\(XMLText.escaped(unit.target))</seg></tuv>\n"
    body += "    </tu>\n"
  }

  /// The whole document, with the units appended so far.
  public func document() -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE tmx SYSTEM "tmx14.dtd">
    <tmx version="1.4">
      <header creationtool="Glossa" creationtoolversion="\(Glossa.version)" datatype="plaintext" \
    segtype="sentence" adminlang="en" srclang="\(XMLText.escaped(sourceLanguage))" o-tmf="Glossa" \
    creationdate="\(creationDate)"/>
      <body>

    """ + body + "  </body>\n</tmx>\n"
  }
}
