import GlossaICU

/// Makes URL slugs of Greek titles: ELOT 743, lower case, ASCII letters and digits, hyphens.
///
///     let slugger = try Slugger()
///     slugger.slug(for: "Ο Κιμ Γιονγκ Ουν στη Μόσχα!")   // "o-kim-giongk-oun-sti-moscha"
///
/// Letters of other scripts go through ICU's `Any-Latin; Latin-ASCII` (Κρεμλίνο and Кремль
/// both give a slug). Not safe to share between tasks.
public final class Slugger {
  private let elot: SchemeTransliterator
  private lazy var anyToASCII: GlossaICU.Transliterator? = try? GlossaICU.Transliterator(
    id: "Any-Latin; Latin-ASCII")

  /// Opens the transforms a slug needs.
  public init() throws(ICUError) {
    elot = try TransliterationScheme.elot743.makeTransliterator()
  }

  /// Returns the slug of `title`; empty when the title has no letters or digits.
  public func slug(for title: String) -> String {
    var key = TextFolder.shared.key(elot.transliterated(title))
    if !key.utf8.allSatisfy({ $0 < 0x80 }), let anyToASCII {
      // Letters of other scripts (Cyrillic, Arabic, …) are still there: romanize them too.
      key = TextFolder.shared.key((try? anyToASCII.transliterated(key)) ?? key)
    }
    var slug = ""
    var pendingHyphen = false
    for scalar in key.unicodeScalars {
      if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if pendingHyphen, !slug.isEmpty { slug.append("-") }
        pendingHyphen = false
        slug.unicodeScalars.append(scalar)
      } else if scalar == " " || !scalar.isASCII {
        pendingHyphen = true
      }
    }
    return slug
  }
}
