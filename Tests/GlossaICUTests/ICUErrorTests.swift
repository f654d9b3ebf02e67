import Testing

@testable import GlossaICU

@Suite("ICUError")
struct ICUErrorTests {
  @Test("Mirrored status constants name the ICU codes they stand for")
  func statusNames() {
    #expect(ICUError(code: 15).description == "U_BUFFER_OVERFLOW_ERROR")
    #expect(ICUError.bufferOverflow.name == "U_BUFFER_OVERFLOW_ERROR")
    #expect(ICUError.illegalArgument.name == "U_ILLEGAL_ARGUMENT_ERROR")
    #expect(ICUError.indexOutOfBounds.name == "U_INDEX_OUTOFBOUNDS_ERROR")
    #expect(ICUError(code: 0).name == "U_ZERO_ERROR")
  }

  @Test("Equality compares the code only")
  func equalityByCode() {
    #expect(ICUError(code: 65569, ruleLine: 3, ruleOffset: 4) == ICUError(code: 65569))
    #expect(ICUError(code: 1) != ICUError(code: 15))
  }

  @Test("Warnings pass the success check, errors throw")
  func successCheck() throws {
    try Int32(-124).checkICUSuccess()
    try Int32(0).checkICUSuccess()
    #expect(throws: ICUError.bufferOverflow) { try Int32(15).checkICUSuccess() }
  }

  @Test("The linked ICU reports a version")
  func version() {
    #expect(icuVersion.split(separator: ".").count >= 2)
    #expect(Int(icuVersion.split(separator: ".")[0]) ?? 0 >= 60)
  }
}
