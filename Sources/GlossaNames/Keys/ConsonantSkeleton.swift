import GlossaText

extension VariantMatcher {
  /// The consonant skeleton of a name's sound, for spotting one name in two languages: the
  /// coarse phonetic classes of its consonants, with vowels, glides, h and the velars left out
  /// (English writes no h where Greek writes χ, and the velars g, k, ch come and go between
  /// spellings). Drakeford and Ντρέικφορντ both give `drbrd`-like skeletons, Holt and Χολτ both
  /// `lt`-like ones. Names spelled by different rules give the same skeleton far more often than
  /// the same letters; the alignment uses it as an anchor.
  ///
  /// - Returns: The skeleton as letters, or `nil` when it has fewer than two consonants.
  package static func consonantSkeleton(of name: String) -> String? {
    guard let key = NameKeys.coarseKeys(of: NameKeys.phones(of: name)).first else { return nil }
    var letters = ""
    var bits = key.bits
    for _ in 0..<key.count {
      let letter = UInt8(bits & 0xF)
      bits >>= 4
      // 1, 2, 3 are the vowel classes and 7 the velars; the others are consonant classes.
      // Letters are ASCII: compared and counted as scalars, without grapheme breaking.
      if letter > 3, letter != 7, let scalar = Unicode.Scalar(UInt32(0x60 + letter)),
        letters.unicodeScalars.last != scalar
      {
        letters.unicodeScalars.append(scalar)
      }
    }
    return letters.utf8.count >= 2 ? letters : nil
  }
}
