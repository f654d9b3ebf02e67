import GlossaText

/// Matching keys of names: folded words, their case forms, and coarse phonetic keys.
package enum NameKeys {
  /// The folded words of `text`: lower case, no accents, final sigma; hyphens split words.
  package static func words(of text: String) -> [String] {
    TextFolder.shared.key(text).splitOnSpaces()
  }

  /// The folded case forms of a Greek form, one word list per case (nominative, genitive,
  /// accusative, vocative), each word declined by its own class. Duplicates are removed.
  package static func caseForms(of words: [String], declensions: [Declension]) -> [[String]] {
    var result: [[String]] = [words]
    for slot in 1...3 {
      let declined = zip(words, declensions).map { word, declension in
        declension.caseForm(ofFoldedWord: word, slot: slot)
      }
      if !result.contains(declined) { result.append(declined) }
    }
    return result
  }

  /// Coarse phonetic keys: sounds the press confuses share a letter (ε/ι/η, ο/ω/ου, β/μπ/φ,
  /// δ/ντ/τ/θ, γ/γκ/κ/χ, σ/ζ/τσ/τζ, μ/ν), glides and h are dropped, repeats collapse, and a
  /// final vowel or s (a case ending) is cut. Spellings of one name have equal keys or keys
  /// one deletion apart, which is what candidate lookup relies on. A Latin letter with two
  /// readings (`j` as γι or τζ, `ch` as χ or τσ) gives a key for each, up to four keys.
  ///
  /// Keys are packed into integers (``CoarseKey``) for fast hashing.
  package static func coarseKeys(of phones: [Phone]) -> [CoarseKey] {
    // Up to four spellings of the key, built letter by letter in fixed buffers.
    var keys: [[UInt8]] = [[]]
    keys[0].reserveCapacity(phones.count)
    var previous: Phone?
    for phone in phones {
      defer { previous = phone }
      let first: UInt8
      var second: UInt8? = nil  // a second letter for this reading (x = k s)
      var alternative: UInt8?? = nil  // another reading: a letter, or nothing (.some(nil))
      switch phone {
      case .a: first = 1
      case .e, .i, .latinAI, .latinEI, .latinOI: first = 2
      case .latinY:
        first = 2
        alternative = .some(nil)
      case .o, .u, .w: first = 3
      case .b where previous?.isVowel == true:
        // Between vowels Greek μπ is [mb], and spellings keep either sound (Τόμπσον, Τόμσον).
        first = 4
        alternative = .some(9)
      case .b, .v, .f: first = 4
      case .p: first = 5
      case .d, .t, .th, .dh: first = 6
      case .g, .k, .x: first = 7
      case .latinC, .latinCH, .latinSoftG:
        first = 7
        alternative = .some(8)
      case .s, .z, .ts, .dz, .latinZ: first = 8
      case .latinJ:
        first = 8
        alternative = .some(nil)
      case .latinX:
        first = 7
        second = 8
      case .m, .n: first = 9
      case .l: first = 10
      case .r: first = 11
      case .j, .h: continue
      }
      if let alternative, keys.count < 4 {
        let copies = keys.map { key -> [UInt8] in
          var copy = key
          if let letter = alternative { copy.append(letter) }
          return copy
        }
        for index in keys.indices { keys[index].append(first) }
        keys += copies
      } else {
        for index in keys.indices {
          keys[index].append(first)
          if let second { keys[index].append(second) }
        }
      }
    }
    var result: [CoarseKey] = []
    for raw in keys {
      var letters: [UInt8] = []
      letters.reserveCapacity(raw.count)
      for letter in raw where letter != letters.last { letters.append(letter) }
      while letters.count > 2, let last = letters.last, last == 1 || last == 2 || last == 3 || last == 8 {
        letters.removeLast()
      }
      let key = CoarseKey(letters)
      if !result.contains(key) { result.append(key) }
    }
    return result
  }

  /// `key` and, for keys of five letters or more, every key one deletion away from it.
  /// Shorter keys are shared by too many names for their neighbours to narrow anything down;
  /// short names vary within the classes the key already merges.
  package static func deletionNeighbourhood(of key: CoarseKey) -> [CoarseKey] {
    var result = [key]
    guard key.count >= 5 else { return result }
    for index in 0..<key.count {
      let shorter = key.removing(at: index)
      if !result.contains(shorter) { result.append(shorter) }
    }
    return result
  }

  /// The phones of a spelling in whichever script it is written.
  package static func phones(of text: String) -> [Phone] {
    script(of: text) == .greek ? GreekPhonetics.phones(of: text) : LatinPhonetics.phones(of: text)
  }

  /// How a name is read: as Greek when at least half its letters are Greek, otherwise in
  /// Latin letters (the reading Latin phonetics also gives names in other scripts).
  package static func script(of text: String) -> WritingScript {
    let counts = ScriptCounts(text)
    return counts.greek > 0 && counts.greek >= counts.latin ? .greek : .latin
  }
}

extension Declension {
  /// The folded form of `word` in case `slot`: 0 nominative, 1 genitive, 2 accusative,
  /// 3 vocative. Words that do not end as the class expects are returned unchanged.
  ///
  /// A folded word has no combining marks, so its letters are its scalars, compared as bytes.
  package func caseForm(ofFoldedWord word: String, slot: Int) -> String {
    let endings = caseEndings
    guard slot > 0, slot < endings.count else { return word }
    let ending = endings[0].utf8
    guard word.utf8.reversed().starts(with: ending.reversed()),
      word.unicodeScalars.count > endings[0].unicodeScalars.count + 1
    else { return word }
    return String(decoding: word.utf8.dropLast(ending.count), as: UTF8.self) + endings[slot]
  }
}

/// A coarse phonetic key packed into an integer: up to twelve 4-bit letters and a length.
/// Longer keys keep their first twelve letters; candidates are verified anyway.
package struct CoarseKey: Hashable, Sendable {
  package private(set) var bits: UInt64
  package var count: Int { Int(bits >> 56) }

  package init(_ letters: [UInt8]) {
    var bits: UInt64 = 0
    for (index, letter) in letters.prefix(12).enumerated() {
      bits |= UInt64(letter & 0xF) << (4 * UInt64(index))
    }
    self.bits = bits | UInt64(min(letters.count, 12)) << 56
  }

  private init(bits: UInt64) { self.bits = bits }

  /// The key with the letter at `index` removed.
  package func removing(at index: Int) -> CoarseKey {
    let shift = UInt64(4 * index)
    let payload = bits & 0x00FF_FFFF_FFFF_FFFF
    let low = payload & ((1 << shift) - 1)
    let high = (payload >> (shift + 4)) << shift
    return CoarseKey(bits: low | high | UInt64(count - 1) << 56)
  }
}
