#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a run of bytes in bytes (folded sentences, UTF-8 of a report):
/// `memchr` jumps to each place the run's first byte stands, looking at many
/// bytes at a time, and only there are the rest compared. Rule matching asks
/// this of every sentence a rule's words may be in, and most bytes of a
/// sentence start nothing.
public enum ByteSearch {
    /// Where `pattern` first occurs in `text` at or after `start`; nil for an empty pattern.
    public static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                  from start: Int) -> Int? {
        var found: Int?
        forEachStart(of: pattern, in: text, from: start) { index in
            found = index
            return false
        }
        return found
    }

    /// Calls `body` with each place `pattern` starts in `text` at or after
    /// `start`, in order, until `body` returns false. Occurrences may overlap.
    @inlinable
    public static func forEachStart(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                    from start: Int, _ body: (Int) -> Bool) {
        guard let first = pattern.first, let base = text.baseAddress, let patternBase = pattern.baseAddress,
              pattern.count <= text.count else { return }
        let last = text.count - pattern.count
        var index = max(start, 0)
        while index <= last {
            guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return }
            index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if pattern.count == 1 || memcmp(base + index + 1, patternBase + 1, pattern.count - 1) == 0 {
                if !body(index) { return }
            }
            index += 1
        }
    }
}
