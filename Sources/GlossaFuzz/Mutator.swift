import GlossaText

/// Makes mutants of seed documents: bytes flipped, replaced, inserted, deleted, repeated,
/// spliced from another seed, or cut short; and pieces of XML syntax dropped in where they do
/// not belong (entities, CDATA ends, declarations, a DOCTYPE, TMX and TBX tags).
struct Mutator {
  var random: SplitMix64
  let seeds: [[UInt8]]

  /// Bytes that XML treats specially, or that break UTF-8.
  static let interestingBytes: [UInt8] = [
    0x00, 0x01, 0x09, 0x0A, 0x0D, 0x20, 0x21, 0x22, 0x26, 0x27, 0x2D, 0x2F, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
    0x5B, 0x5D, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xCE, 0xE2, 0xED, 0xEF, 0xF4, 0xFE, 0xFF,
  ]

  /// Pieces of markup.
  static let tokens: [[UInt8]] = [
    "<", "</", "/>", ">", "&", "&amp;", "&lt;", "&#0;", "&#x1;", "&#xD800;", "&#x110000;", "&#65;", "&undefined;",
    "]]>", "<![CDATA[", "<!--", "-->", "--", "<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
    "<?pi data?>", "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", "<!DOCTYPE x [<!ENTITY a \"&#38;#60;\">]>",
    "<!ENTITY b SYSTEM \"file:///etc/passwd\">", "&a;", "&b;", " xmlns:x=\"urn:x\"", " x:y=\"1\"", " 1a=\"b\"",
    " a=\"<\"", " a='\"'", " a=b", " xml:lang=\"el\"", "<tu>", "</tu>", "<tuv xml:lang=\"en\">", "</tuv>", "<seg>",
    "</seg>", "<bpt i=\"1\">", "</bpt>", "<header srclang=\"el\"/>", "<termSec>", "</termSec>", "<term>", "</term>",
    "<termNote type=\"administrativeStatus\">", "<basic:context>", "\u{FEFF}", "\u{0085}", "\u{2028}", "Ω",
  ].map { Array($0.utf8) }

  /// A mutant of a random seed, with one to four changes.
  mutating func mutant() -> [UInt8] {
    var bytes = seeds[Int.random(in: 0..<seeds.count, using: &random)]
    for _ in 0..<Int.random(in: 1...4, using: &random) { mutate(&bytes) }
    return bytes
  }

  private mutating func position(in bytes: [UInt8]) -> Int {
    bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &random)
  }

  private mutating func mutate(_ bytes: inout [UInt8]) {
    switch Int.random(in: 0..<8, using: &random) {
    case 0 where !bytes.isEmpty:
      let index = Int.random(in: 0..<bytes.count, using: &random)
      bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
    case 1 where !bytes.isEmpty:
      bytes[Int.random(in: 0..<bytes.count, using: &random)] = Self.interestingBytes.randomElement(using: &random)!
    case 2, 3:
      bytes.insert(contentsOf: Self.tokens.randomElement(using: &random)!, at: position(in: bytes))
    case 4 where !bytes.isEmpty:
      let start = Int.random(in: 0..<bytes.count, using: &random)
      bytes.removeSubrange(start..<min(bytes.count, start + Int.random(in: 1...16, using: &random)))
    case 5 where !bytes.isEmpty:
      let start = Int.random(in: 0..<bytes.count, using: &random)
      let piece = bytes[start..<min(bytes.count, start + Int.random(in: 1...64, using: &random))]
      bytes.insert(contentsOf: piece, at: position(in: bytes))
    case 6:
      let other = seeds.randomElement(using: &random)!
      let cut = position(in: bytes)
      let from = other.isEmpty ? 0 : Int.random(in: 0..<other.count, using: &random)
      bytes = Array(bytes[..<cut]) + other[from...]
    default:
      if !bytes.isEmpty { bytes.removeLast(Int.random(in: 1...min(bytes.count, 32), using: &random)) }
    }
  }
}
