/// The names found in aligned units: for each English name (a run of words whose every word
/// has its Greek rendering at consecutive places of the Greek side), the Greek forms it was
/// written in, how often, where, and what the English context says it names.
struct NameEntities {
  struct Entity {
    /// The English words' numbers.
    var words: [Int32]
    /// Greek forms as written (words of the forms joined by spaces) and their counts.
    var forms: [String: Int] = [:]
    /// The latest unit each form was seen in.
    var lastSeen: [String: Int] = [:]
    var cues: [NameCue: Int] = [:]
    /// The weakest of the word pairs' scores.
    var score: Double
  }

  private(set) var entities: [Entity] = []
  private var numbers: [[Int32]: Int] = [:]

  init(observations: NameObservations, pairing: NamePairing, clusterOf: [Int32]) {
    for unit in 0..<observations.unitCount {
      let places = observations.greekPlaces(ofUnit: unit)
      guard !places.isEmpty else { continue }
      for span in observations.spans(ofUnit: unit) {
        let words = Array(observations.words(of: span))
        var start = 0
        while start < words.count {
          // The longest run from `start` whose words sit at consecutive Greek places.
          var run: [NameObservations.GreekPlace] = []
          var end = start
          var score = 1.0
          while end < words.count, let pair = pairing.pairs[words[end]] {
            let expected = run.last.map { $0.position + 1 }
            guard
              let place = places.first(where: {
                clusterOf[Int($0.form)] == pair.cluster && (expected == nil || $0.position == expected!)
              })
            else { break }
            run.append(place)
            score = min(score, pair.score)
            end += 1
          }
          // A common word alone (Δημοκρατικού for Democratic) is a translation, not a name; in
          // a full name (Χάρης Δούκας) it is the name.
          let commonAlone = run.count == 1 && pairing.pairs[words[start]]!.isCommonWord
          guard !run.isEmpty, !commonAlone else {
            start += 1
            continue
          }
          let form = run.map { observations.greekForms[Int($0.form)] }.joined(separator: " ")
          add(words: Array(words[start..<end]), form: form, unit: unit, cue: span.cue, score: score)
          start = end
        }
      }
    }
  }

  private mutating func add(words: [Int32], form: String, unit: Int, cue: NameCue?, score: Double) {
    let number =
      numbers[words]
      ?? {
        entities.append(Entity(words: words, score: score))
        numbers[words] = entities.count - 1
        return entities.count - 1
      }()
    entities[number].forms[form, default: 0] += 1
    entities[number].lastSeen[form] = unit
    if let cue { entities[number].cues[cue, default: 0] += 1 }
  }

  /// Folds each one-word name into the one longer name ending in that word (Shoigu into
  /// Sergei Shoigu), when exactly one does and nothing says the longer name is not a person's:
  /// a surname alone names the person named in full, but California is not Baja California.
  mutating func attachSurnames() {
    var endingIn: [Int32: [Int]] = [:]
    for (number, entity) in entities.enumerated() where entity.words.count > 1 {
      let notPerson = entity.cues.filter { $0.key != .person }.values.reduce(0, +)
      guard notPerson <= (entity.cues[.person] ?? 0) else { continue }
      endingIn[entity.words.last!, default: []].append(number)
    }
    var absorbed = Set<Int>()
    for (number, entity) in entities.enumerated() where entity.words.count == 1 {
      guard let owners = endingIn[entity.words[0]], owners.count == 1 else { continue }
      let owner = owners[0]
      for (form, count) in entity.forms {
        entities[owner].forms[form, default: 0] += count
        entities[owner].lastSeen[form] = max(entities[owner].lastSeen[form] ?? 0, entity.lastSeen[form] ?? 0)
      }
      for (cue, count) in entity.cues { entities[owner].cues[cue, default: 0] += count }
      absorbed.insert(number)
    }
    entities = entities.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    numbers = [:]
  }
}
