import Testing

@testable import GlossaText

@Suite("Numbers")
struct NumberScannerTests {
  @Test(
    "Thousands separators go, decimal commas become points",
    arguments: [
      ("1.000 ευρώ", ["1000"]), ("1,000 euros", ["1000"]), ("3,5%", ["3.5"]), ("3.5%", ["3.5"]),
      ("1.234.567", ["1234567"]), ("1234,567", ["1234.567"]), ("007 και 12", ["7", "12"]), ("χωρίς αριθμό", []),
      ("1 000", ["1", "0"]), ("1\u{00A0}000", ["1000"]), ("٣ and ३", ["3", "3"]),
    ])
  func numbers(text: String, expected: [String]) {
    #expect(NumberScanner.numbers(in: text) == expected)
  }

  @Test(
    "The memory's index form keeps a number one word",
    arguments: [
      ("1.600 και 1,600", "1600 και 1600"), ("3,5 και 2.25", "3,5 και 2.25"), ("12.3456", "12.3456"),
      ("Στις 10.000", "Στις 10000"), ("", ""),
    ])
  func indexForm(text: String, expected: String) {
    #expect(NumberScanner.removingThousandsSeparators(from: text) == expected)
  }
}
