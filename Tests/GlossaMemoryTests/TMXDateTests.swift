import Testing

@testable import GlossaMemory

@Suite("TMX dates")
struct TMXDateTests {
  @Test("Known moments are written as TMX wants them")
  func known() {
    #expect(TMXDate(secondsSince1970: 0).description == "19700101T000000Z")
    #expect(TMXDate(secondsSince1970: 951_782_400).description == "20000229T000000Z")  // a leap day
    #expect(TMXDate(secondsSince1970: 1_795_717_800).description == "20261126T183000Z")
  }

  @Test(
    "Reading and writing round-trip",
    arguments: ["20261126T183000Z", "19991231T235959Z", "20240229T120000Z", "21000301T000001Z"])
  func roundTrip(text: String) throws {
    let date = try #require(TMXDate(text))
    #expect(date.description == text)
  }

  @Test(
    "Malformed dates are refused",
    arguments: [
      "2026-11-26", "20261126T183000", "20261326T000000Z", "20230229T000000Z", "20261126T246000Z", "2026112aT183000Z",
      "",
    ])
  func malformed(text: String) {
    #expect(TMXDate(text) == nil)
  }

  @Test("Dates order by time")
  func order() throws {
    let earlier = try #require(TMXDate("20261126T183000Z"))
    let later = try #require(TMXDate("20261126T183001Z"))
    #expect(earlier < later)
    #expect(later.secondsSince1970 - earlier.secondsSince1970 == 1)
  }
}
