/// Replaces markup with spaces, keeping every byte offset and line break, so that rules read
/// only the prose of Markdown and HTML and their findings point into the original file.
enum MarkupMasker {
  /// HTML: tags with their attributes, comments, `<script>` and `<style>` contents, and
  /// character references are masked; text content is kept.
  static func maskHTML(_ text: String) -> String {
    var bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "<"):
        if starts(with: "<!--", in: bytes, at: index) {
          let end = find("-->", in: bytes, from: index + 4).map { $0 + 3 } ?? bytes.count
          mask(&bytes, index..<end)
          index = end
          continue
        }
        let tagEnd = find(">", in: bytes, from: index + 1).map { $0 + 1 } ?? bytes.count
        let name = tagName(in: bytes, from: index + 1)
        mask(&bytes, index..<tagEnd)
        index = tagEnd
        if name == "script" || name == "style" {
          // Everything up to the closing tag is code, not prose.
          let close = findCaseInsensitive("</\(name)", in: bytes, from: index) ?? bytes.count
          mask(&bytes, index..<close)
          index = close
        }
      case UInt8(ascii: "&"):
        var end = index + 1
        while end < bytes.count, end - index <= 10, isEntityByte(bytes[end]) { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > index + 1 {
          mask(&bytes, index..<(end + 1))
          index = end + 1
        } else {
          index += 1
        }
      default:
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Markdown: fenced and indented code blocks, inline code, link and image targets,
  /// autolinks and inline HTML tags are masked; prose, headings and emphasis text are kept.
  static func maskMarkdown(_ text: String) -> String {
    var bytes = Array(text.utf8)
    var index = 0
    var lineStart = true
    var inFence = false
    while index < bytes.count {
      if lineStart {
        var probe = index
        while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
        if starts(with: "```", in: bytes, at: probe) || starts(with: "~~~", in: bytes, at: probe) {
          let lineEnd = find("\n", in: bytes, from: probe) ?? bytes.count
          mask(&bytes, index..<lineEnd)
          inFence.toggle()
          index = lineEnd
          lineStart = false  // the line break itself is read next, as ordinary text
          continue
        }
        if inFence || probe - index >= 4 {
          let lineEnd = find("\n", in: bytes, from: index) ?? bytes.count
          mask(&bytes, index..<lineEnd)
          index = lineEnd
          lineStart = false
          continue
        }
      }
      let byte = bytes[index]
      lineStart = byte == 0x0A
      switch byte {
      case UInt8(ascii: "`"):
        let end = find("`", in: bytes, from: index + 1).map { $0 + 1 } ?? index + 1
        mask(&bytes, index..<end)
        index = end
      case UInt8(ascii: "]") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "("):
        let end = find(")", in: bytes, from: index + 2).map { $0 + 1 } ?? index + 1
        mask(&bytes, (index + 1)..<end)
        index = end
      case UInt8(ascii: "<"):
        let end = find(">", in: bytes, from: index + 1).map { $0 + 1 } ?? index + 1
        if end - index < 200 { mask(&bytes, index..<end) }
        index = end
      default:
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Replaces bytes with spaces, keeping line breaks and the byte count of every character.
  private static func mask(_ bytes: inout [UInt8], _ range: Range<Int>) {
    for index in range where index < bytes.count && bytes[index] != 0x0A && bytes[index] != 0x0D {
      bytes[index] = 0x20
    }
  }

  private static func starts(with text: String, in bytes: [UInt8], at index: Int) -> Bool {
    let pattern = Array(text.utf8)
    guard index + pattern.count <= bytes.count else { return false }
    return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
  }

  private static func find(_ text: String, in bytes: [UInt8], from start: Int) -> Int? {
    let pattern = Array(text.utf8)
    var index = start
    while index + pattern.count <= bytes.count {
      if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
      index += 1
    }
    return nil
  }

  private static func findCaseInsensitive(_ text: String, in bytes: [UInt8], from start: Int) -> Int? {
    let pattern = Array(text.lowercased().utf8)
    var index = start
    while index + pattern.count <= bytes.count {
      if bytes[index..<(index + pattern.count)].map({ $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }).elementsEqual(
        pattern)
      {
        return index
      }
      index += 1
    }
    return nil
  }

  private static func tagName(in bytes: [UInt8], from start: Int) -> String {
    var index = start
    var name: [UInt8] = []
    while index < bytes.count, (bytes[index] | 0x20) >= 0x61, (bytes[index] | 0x20) <= 0x7A {
      name.append(bytes[index] | 0x20)
      index += 1
    }
    return String(decoding: name, as: UTF8.self)
  }

  private static func isEntityByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "#")
  }
}
