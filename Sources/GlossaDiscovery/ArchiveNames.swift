import GlossaGlossary
import GlossaLint
import GlossaNames
import GlossaText

/// Capitalized Greek words of an archive of articles that may be names, with how often and
/// where each was written, grouped into names spelled more than one way.
struct ArchiveNames {
  struct Form {
    var count = 0
    var nominatives = 0
    /// The first files it was seen in (at most ``maximumFiles``), and the latest.
    var files: [Int32] = []
    var lastFile: Int32 = 0
    var example: String?
  }

  static let maximumFiles = 20
  private(set) var files: [String] = []
  private(set) var forms: [String: Form] = [:]
  private var lowercaseKeys = Set<String>()
  private var table: (names: [PreparedName], phonetic: PhoneticTable)?

  /// Adds articles, read on every core.
  mutating func add(_ texts: [String], files names: [String], lexicon: Lexicon?) {
    let spotted = Parallel.map(count: texts.count, chunkSize: 4) { index in
      let spotter = NameSpotter(lexicon: lexicon)
      var lowercase = Set<String>()
      let words = spotter.greekWords(in: texts[index], lowercaseKeys: &lowercase)
      return (words, lowercase)
    }
    for (index, (words, lowercase)) in spotted.enumerated() {
      let file = Int32(files.count)
      files.append(names[index])
      lowercaseKeys.formUnion(lowercase)
      // Without a translation to vouch for them, words the lexicon lists as common are no names.
      for word in words where !word.isCommonWord {
        var form = forms[word.text] ?? Form()
        form.count += 1
        if word.afterNominativeArticle { form.nominatives += 1 }
        if form.files.last != file, form.files.count < Self.maximumFiles { form.files.append(file) }
        form.lastFile = file
        if form.example == nil { form.example = Self.sentence(around: word.text, in: texts[index]) }
        forms[word.text] = form
      }
    }
    table = nil
  }

  /// The names the archive writes more than one way, as evidence for proposals: clusters of
  /// forms the variant model calls one name, kept when they hold two spellings or more that
  /// start with sounds one name's transcriptions share and are not two words of the lexicon.
  func clusters(matcher: VariantMatcher, lexicon: Lexicon?) -> [ProposalBuilder.Evidence] {
    let names = candidates()
    let forms = forms
    let builder = ProposalBuilder(glossary: nil, matcher: matcher, preference: .majority)
    var result: [ProposalBuilder.Evidence] = []
    for group in NameClusters.clusters(of: names, matcher: matcher) where group.count > 1 {
      let members = group.map { names[$0] }.sorted { forms[$0]!.count > forms[$1]!.count }
      var spellings: [[String]] = []
      for member in members {
        if let index = spellings.firstIndex(where: { builder.isSameSpelling($0[0], member) }) {
          spellings[index].append(member)
        } else {
          spellings.append([member])
        }
      }
      guard spellings.count > 1 else { continue }
      let reference = spellings.max { total($0) < total($1) }!
      // A given name alone (Τζων, Τζον) is many people's: no one entity to propose.
      guard !spellings.contains(where: { PreparedName($0[0]).hasListedWord }) else { continue }
      let kept = spellings.filter { spelling in
        spelling == reference
          || (SpellingGuards.onsetsAgree(spelling[0], reference[0])
            && !(lexicon.map { SpellingGuards.areDifferentWords(spelling[0], reference[0], lexicon: $0) } ?? false))
      }
      guard kept.count > 1 else { continue }
      let score = kept.filter { $0 != reference }.map { matcher.compare($0[0], reference[0]).score }.min() ?? 0
      result.append(
        ProposalBuilder.Evidence(
          english: nil, forms: kept.flatMap { $0 }.map { ($0, forms[$0]!.count, Int(forms[$0]!.lastFile)) }, cues: [:],
          score: score, nominatives: { forms[$0]?.nominatives ?? 0 }, example: { forms[$0]?.example }))
    }
    return result
  }

  /// The archive's forms that are spellings of one of `names` (forms found in aligned units),
  /// with their counts and latest file.
  mutating func spellings(joining names: [String], matcher: VariantMatcher) -> [(String, Int, Int)] {
    guard !forms.isEmpty else { return [] }
    if table == nil {
      let candidates = candidates().map { PreparedName($0) }
      var phonetic = PhoneticTable()
      for (index, name) in candidates.enumerated() { phonetic.insert(UInt64(index), phones: name.phones) }
      table = (candidates, phonetic)
    }
    var found: [String: (String, Int, Int)] = [:]
    for name in names where !name.contains(" ") {
      let prepared = PreparedName(name)
      for candidate in table!.phonetic.candidates(for: prepared.phones) {
        let target = table!.names[Int(candidate)]
        let form = target.text
        guard found[form] == nil, matcher.compare(prepared, target).relation.isSpelling else { continue }
        found[form] = (form, forms[form]!.count, Int(forms[form]!.lastFile))
      }
    }
    return Array(found.values)
  }

  /// The files each form was seen in.
  func files(of form: String) -> [String] { forms[form]?.files.map { files[Int($0)] } ?? [] }

  private func total(_ spelling: [String]) -> Int { spelling.reduce(0) { $0 + forms[$1]!.count } }

  /// Forms of four letters or more never written in lower case, most frequent first. Words of
  /// six capitals or fewer are left out: acronyms, whose letters are no transcription (ΕΛΑΣ is
  /// not a spelling of Ελλάς).
  private func candidates() -> [String] {
    forms.keys.filter {
      $0.unicodeScalars.count >= 4 && !lowercaseKeys.contains(TextFolder.shared.key($0)) && !Glossary.isAcronym($0)
    }
    .sorted { forms[$0]!.count != forms[$1]!.count ? forms[$0]!.count > forms[$1]!.count : $0 < $1 }
  }

  /// The sentence (or line) of `text` holding `word`'s first occurrence, at most 400 characters.
  static func sentence(around word: String, in text: String) -> String? {
    guard let range = text.range(of: word) else { return nil }
    let start =
      text[..<range.lowerBound].lastIndex { ".!?;\n".contains($0) }.map { text.index(after: $0) } ?? text.startIndex
    let end =
      text[range.upperBound...].firstIndex { ".!?;\n".contains($0) }.map { text.index(after: $0) } ?? text.endIndex
    let sentence = text[start..<end].trimmingCharacters(in: .whitespacesAndNewlines)
    return sentence.count > 400 ? String(sentence.prefix(400)) + "…" : sentence
  }
}
