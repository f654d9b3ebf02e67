/// A short Greek news text and an English translation, sentence for sentence, written for the
/// tests.
enum ParallelSample {
  static let pairs: [(greek: String, english: String)] = [
    (
      "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τη στέγαση την Τρίτη.",
      "The government announced new housing measures on Tuesday."
    ),
    (
      "Το πρόγραμμα θα κοστίσει 1,2 δισ. ευρώ και θα καλύψει 40.000 νοικοκυριά.",
      "The programme will cost 1.2 billion euros and cover 40,000 households."
    ),
    (
      "Ο υπουργός Οικονομικών Κωστής Χατζηδάκης μίλησε για «ιστορική στιγμή».",
      "Finance minister Kostis Hatzidakis spoke of \"a historic moment\"."
    ),
    ("Η αντιπολίτευση το χαρακτήρισε ανεπαρκές.", "The opposition called it inadequate."),
    ("Πόσοι νέοι θα βρουν τελικά σπίτι;", "How many young people will actually find a home?"),
    ("Τα ενοίκια στην Αθήνα αυξήθηκαν κατά 9% μέσα σε ένα χρόνο.", "Rents in Athens rose by 9% in a single year."),
    ("Στη Θεσσαλονίκη η άνοδος έφτασε το 7,5%.", "In Thessaloniki the increase reached 7.5%."),
    (
      "Η Κομισιόν χαιρέτισε την πρωτοβουλία σε ανακοίνωσή της από τις Βρυξέλλες.",
      "The Commission welcomed the initiative in a statement from Brussels."
    ),
    (
      "Οι αιτήσεις ανοίγουν την 1η Μαρτίου μέσω της πλατφόρμας gov.gr.",
      "Applications open on 1 March through the gov.gr platform."
    ),
    ("Η προθεσμία λήγει στις 30 Απριλίου.", "The deadline is 30 April."),
    (
      "Ο Γιάννης Παπαδόπουλος, φοιτητής από την Πάτρα, είπε ότι θα κάνει αίτηση την πρώτη μέρα.",
      "Giannis Papadopoulos, a student from Patras, said he would apply on the first day."
    ),
    (
      "Η μητέρα του πληρώνει σήμερα 650 ευρώ τον μήνα για ένα δυάρι.",
      "His mother now pays 650 euros a month for a two-room flat."
    ),
    ("Οι τράπεζες θα δώσουν δάνεια με επιτόκιο 2%.", "Banks will lend at an interest rate of 2%."),
    ("Το μέτρο θα αξιολογηθεί ξανά σε δύο χρόνια.", "The measure will be reviewed again in two years."),
  ]

  static var greek: [String] { pairs.map(\.greek) }
  static var english: [String] { pairs.map(\.english) }

  /// A sentence of about the same length as the others, found in no translation.
  static let stray = "An earthquake of magnitude 4.1 struck off the coast of Crete on Monday morning."

  /// A few sentences in German and French, for a pair that shares a script.
  static let german = [
    "Die Expedition verließ Kathmandu Anfang April.",
    "Nach drei Wochen erreichte sie das Basislager.",
    "Das Wetter blieb lange unbeständig und kalt.",
    "Zwei Träger kehrten wegen einer Verletzung zurück.",
    "Am 12. Mai standen vier Bergsteiger auf dem Gipfel.",
    "Der Abstieg dauerte zwei Tage.",
  ]
  static let french = [
    "L'expédition quitta Katmandou début avril.",
    "Au bout de trois semaines, elle atteignit le camp de base.",
    "Le temps resta longtemps instable et froid.",
    "Deux porteurs rentrèrent à cause d'une blessure.",
    "Le 12 mai, quatre alpinistes se tenaient au sommet.",
    "La descente dura deux jours.",
  ]
}
