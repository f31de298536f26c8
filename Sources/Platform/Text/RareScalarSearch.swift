#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A search for scalars that Vietnamese text seldom holds (a no-break space,
/// a superscript digit): `memchr` on each of their UTF-8 lead bytes, then a
/// look at the bytes after each hit. Most reports have none, and the search
/// costs a byte's scan rather than a decoding of every scalar.
extension String {
    /// Whether some scalar whose UTF-8 form opens on one of `leads` is one sought: `matches`
    /// gets the lead byte's offset in the text's bytes, with the bytes, and says.
    public func containsScalar(leadingWith leads: [UInt8], where matches: (UnsafeBufferPointer<UInt8>, Int) -> Bool) -> Bool {
        withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress, bytes.count > 1 else { return false }
            for lead in leads {
                var offset = 0
                while offset < bytes.count - 1, let hit = memchr(base + offset, Int32(lead), bytes.count - 1 - offset) {
                    let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if matches(bytes, at) { return true }
                    offset = at + 1
                }
            }
            return false
        }
    }
}
