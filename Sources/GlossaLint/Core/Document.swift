import GlossaText

/// A file to lint: its text as it is on disk, and the text the rules read.
///
/// For Markdown and HTML the rules read a *masked* copy of the same length in UTF-8, in which
/// markup (tags, attributes, `<script>` and `<style>` contents, code, link targets) is
/// replaced by spaces and line breaks are kept. So every offset the rules report is an offset
/// into the original file, and fixes apply to it directly.
public struct Document: Sendable {
  /// The kinds of document Glossa reads.
  public enum Format: String, Sendable, CaseIterable {
    case text, markdown, html

    /// The file extensions of articles Glossa reads when given a folder.
    public static let fileExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// The format for a file name, by extension (`.md`, `.markdown`, `.html`, `.htm`; else text).
    public init(fileName: String) {
      let lower = fileName.lowercased()
      if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
        self = .markdown
      } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
        self = .html
      } else {
        self = .text
      }
    }
  }

  /// The file as the user named it, or `<stdin>`.
  public let path: String
  /// The file's text.
  public let original: String
  /// The text the rules read: ``original`` with markup masked, byte for byte the same length.
  public let text: String
  /// How the file was read.
  public let format: Format
  /// Lines and columns of the original text.
  public let lineMap: LineMap

  /// Creates a document, masking markup for Markdown and HTML.
  public init(path: String, text original: String, format: Format? = nil) {
    self.path = path
    self.original = original
    let format = format ?? Format(fileName: path)
    self.format = format
    switch format {
    case .text: text = original
    case .markdown: text = MarkupMasker.maskMarkdown(original)
    case .html: text = MarkupMasker.maskHTML(original)
    }
    lineMap = LineMap(original)
  }

  /// A document whose markup is already masked: `masked` is `original` with markup replaced
  /// by spaces, byte for byte the same length.
  package init(path: String, original: String, masked: String, format: Format) {
    self.path = path
    self.original = original
    self.text = masked
    self.format = format
    lineMap = LineMap(original)
  }

  /// The checked text in `range` (UTF-8 offsets).
  package func text(in range: Range<Int>) -> String {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return String(text[start..<end])
  }

  /// The line and columns of a UTF-8 offset. Columns count Unicode scalars (``SourceLocation/column``)
  /// and UTF-16 code units (``SourceLocation/utf16Column``); a byte order mark takes no column.
  ///
  /// - Complexity: O(log *l*) to find the line, plus the length of the line up to the offset.
  package func location(ofUTF8Offset offset: Int) -> SourceLocation { lineMap.location(ofUTF8Offset: offset) }
}
