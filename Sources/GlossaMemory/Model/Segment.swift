import GlossaText
import GlossaXML

/// The text of one language version of a unit, with its inline markup.
///
/// `markup` is the content of the TMX `seg` element as XML (escaped text and inline elements
/// such as `<bpt i="1">&lt;b&gt;</bpt>`); `text` is what a reader sees: the text without the
/// native codes that `bpt`, `ept`, `it`, `ph` and `ut` carry, entities resolved.
public struct Segment: Hashable, Sendable, Codable {
  /// The `seg` content as XML, inline elements included.
  public var markup: String
  /// The text a reader sees.
  public var text: String

  /// A segment of plain text, without inline markup.
  package init(text: String) {
    self.text = text
    markup = XMLText.escaped(text)
  }

  /// A segment with inline markup, as read from a TMX file.
  package init(markup: String, text: String) {
    self.markup = markup
    self.text = text
  }

  /// Whether the segment has inline elements: whether its markup differs, byte for byte, from
  /// its text escaped (so markup kept for its exact bytes, entities and all, counts too).
  public var hasInlineMarkup: Bool { !UTF8Bytes.equal(markup, XMLText.escaped(text)) }
}
