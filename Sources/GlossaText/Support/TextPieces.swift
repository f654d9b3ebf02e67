/// Where to cut a long text into pieces that can be checked one at a time: each piece ends
/// after a line break, after a blank line when one is in its last quarter (so paragraphs
/// stay whole), and a single line longer than the piece size is a piece of its own.
package enum TextPieces {
  /// The end of the piece that starts at `start` in `bytes` (UTF-8), for pieces of about
  /// `size` bytes: an offset after a line break, or `nil` when the rest of `bytes` is
  /// shorter than `size` or holds no line break past `start` (more text is needed, or it is
  /// the last piece).
  package static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, size: Int) -> Int? {
    let count = bytes.count
    guard count - start > size else { return nil }
    let limit = start + size
    // A blank line near the limit: "\n\n" or "\n\r\n".
    var index = limit - 1
    while index > start + size * 3 / 4 {
      if bytes[index] == 0x0A,
        bytes[index - 1] == 0x0A || (bytes[index - 1] == 0x0D && index >= 2 && bytes[index - 2] == 0x0A)
      {
        return index + 1
      }
      index -= 1
    }
    index = limit - 1
    while index > start, bytes[index] != 0x0A { index -= 1 }
    if index > start { return index + 1 }
    index = limit
    while index < count, bytes[index] != 0x0A { index += 1 }
    return index < count ? index + 1 : nil
  }
}
