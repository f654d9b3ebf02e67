/// Converts UTF-8 offsets of one text into UTF-16 offsets, as browsers and LanguageTool count:
/// offsets asked for in increasing order cost one pass over the text in all.
struct UTF16Offsets {
  private let utf8: [UInt8]
  private var byte = 0
  private var unit = 0

  init(_ text: String) { utf8 = Array(text.utf8) }

  /// The UTF-16 offset of UTF-8 offset `offset`; cheapest when offsets come in order.
  mutating func offset(ofUTF8 offset: Int) -> Int {
    if offset < byte {
      byte = 0
      unit = 0
    }
    while byte < min(offset, utf8.count) {
      let lead = utf8[byte]
      let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
      unit += length == 4 ? 2 : 1
      byte += length
    }
    return unit
  }
}
