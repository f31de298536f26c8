#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a run of bytes in bytes (folded sentences, UTF-8 of a report):
/// `memchr` jumps to each place the run's first byte other than a space
/// stands, looking at many bytes at a time, and only there are the rest
/// compared. Rule matching asks this of every sentence a rule's words may be
/// in, and most bytes of a sentence start nothing.
public enum ByteSearch {
    /// Below this many bytes left to search, a byte at a time costs less than calling `memchr`
    /// (a heading searched for each of a dozen words, say).
    @usableFromInline static let shortestForMemchr = 16

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

    /// ``firstIndex(of:in:from:)`` of bytes held in arrays.
    public static func firstIndex(of pattern: [UInt8], in text: [UInt8], from start: Int) -> Int? {
        pattern.withUnsafeBufferPointer { pattern in
            text.withUnsafeBufferPointer { firstIndex(of: pattern, in: $0, from: start) }
        }
    }

    /// Calls `body` with each place `pattern` starts in `text` at or after
    /// `start`, in order, until `body` returns false. Occurrences may overlap.
    @inlinable
    public static func forEachStart(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                    from start: Int, _ body: (Int) -> Bool) {
        guard !pattern.isEmpty, let base = text.baseAddress, let patternBase = pattern.baseAddress,
              pattern.count <= text.count else { return }
        // The byte jumped to: the pattern's first that is not a space, since a word padded with
        // spaces (` ke hoach `) would stop at every space of the text.
        var anchor = 0
        while anchor < pattern.count - 1, patternBase[anchor] == 0x20 { anchor += 1 }
        let anchorByte = patternBase[anchor]
        let last = text.count - pattern.count
        var index = max(start, 0)
        while index <= last {
            if last - index >= Self.shortestForMemchr {
                guard let hit = memchr(base + index + anchor, Int32(anchorByte), last - index + 1) else { return }
                index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
            } else if base[index + anchor] != anchorByte {
                index += 1
                continue
            }
            // The rest compared here: a phrase's words are short, shorter than a call to `memcmp` costs.
            var offset = 0
            while offset < pattern.count, base[index + offset] == patternBase[offset] { offset += 1 }
            if offset == pattern.count, !body(index) { return }
            index += 1
        }
    }

    /// Where `byte` first stands in `text[start..<end]`, by `memchr`; nil where it does not.
    public static func firstIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = text.baseAddress, start >= 0, start < end, end <= text.count,
              let hit = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Where `byte` last stands in `text[start..<end]`; nil where it does not. Found by `memchr` from the start,
    /// occurrence after occurrence: the bytes looked for (a bracket) stand seldom, and `memrchr` is glibc's own.
    public static func lastIndex(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var last: Int?, from = start
        while let found = firstIndex(of: byte, in: text, from: from, to: end) {
            last = found
            from = found + 1
        }
        return last
    }
}
