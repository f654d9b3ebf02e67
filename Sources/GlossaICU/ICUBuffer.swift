internal import CGlossaICU

/// Converts a Swift length to ICU's 32-bit length, or throws for texts over 2 GiB.
func icuLength(_ count: Int) throws(ICUError) -> Int32 {
  guard let length = Int32(exactly: count) else { throw ICUError.indexOutOfBounds }
  return length
}

/// Runs an ICU "preflighting" call that writes into a caller buffer and returns the length
/// it needs, retrying once with exactly that length when the first buffer was too small.
///
/// - Parameter initialCapacity: The first buffer's size in code units.
/// - Parameter fill: Calls ICU with a destination, its capacity and a status to set; returns
///   the full result length ICU reports.
/// - Returns: The code units ICU wrote.
func fillingBuffer<Unit: FixedWidthInteger>(
  of _: Unit.Type = Unit.self,
  initialCapacity: Int,
  _ fill: (UnsafeMutablePointer<Unit>?, Int32, inout Int32) -> Int32
) throws(ICUError) -> [Unit] {
  var capacity = max(initialCapacity, 1)
  for attempt in 0..<2 {
    var status: Int32 = 0
    var needed: Int32 = 0
    let result = [Unit](unsafeUninitializedCapacity: capacity) { buffer, count in
      needed = fill(buffer.baseAddress, Int32(clamping: buffer.count), &status)
      count = status <= 0 ? min(Int(needed), buffer.count) : 0
    }
    if status == GLOSSA_STATUS_BUFFER_OVERFLOW, attempt == 0 {
      capacity = Int(needed)
      continue
    }
    try status.checkICUSuccess()
    return result
  }
  throw ICUError.bufferOverflow
}
