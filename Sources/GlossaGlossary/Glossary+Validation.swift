import GlossaNames

extension Glossary {
  /// Checks the entries' own examples: each `match` sentence must contain a mention of its
  /// entry, each `nomatch` sentence must not. Also reports forms that another entry claims.
  ///
  /// - Returns: One line per failure, such as `kim-jong-un: "…" should match but does not`.
  public func validationFailures() -> [String] {
    var failures: [String] = []
    for entry in entries {
      for example in entry.examples {
        let found = mentions(in: example.text).contains { $0.entry.id == entry.id }
        if example.shouldMatch && !found {
          failures.append("\(entry.id): \"\(example.text)\" should match but does not")
        } else if !example.shouldMatch && found {
          failures.append("\(entry.id): \"\(example.text)\" should not match but does")
        }
      }
    }
    var owners: [String: String] = [:]
    for entry in entries {
      for form in entry.forms {
        let key = NameKeys.words(of: form.text).joined(separator: " ") + "|" + form.language.rawValue
        if let other = owners[key], other != entry.id {
          failures.append("\(entry.id): form '\(form.text)' is also a form of \(other)")
        } else {
          owners[key] = entry.id
        }
      }
    }
    return failures
  }

  /// Counts for `glossa glossary stats`.
  public struct Statistics: Sendable {
    /// Entries.
    public var entries = 0
    /// Forms over all entries.
    public var forms = 0
    /// Entries of each kind.
    public var entriesByKind: [EntryKind: Int] = [:]
    /// Forms in each language.
    public var formsByLanguage: [TermLanguage: Int] = [:]
    /// Forms of each status.
    public var formsByStatus: [TermStatus: Int] = [:]
    /// Example sentences, matching and non-matching.
    public var examples = 0
  }

  /// Counts of entries and forms by kind, language and status.
  public var statistics: Statistics {
    var stats = Statistics()
    stats.entries = entries.count
    for entry in entries {
      stats.entriesByKind[entry.kind, default: 0] += 1
      stats.examples += entry.examples.count
      for form in entry.forms {
        stats.forms += 1
        stats.formsByLanguage[form.language, default: 0] += 1
        stats.formsByStatus[form.status, default: 0] += 1
      }
    }
    return stats
  }
}
