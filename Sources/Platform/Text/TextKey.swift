#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string as a dictionary key compared by its UTF-8 bytes.
///
/// `String`'s own hashing normalises non-ASCII text to NFC first, on every
/// hash. The
/// store's texts all come from one precomposed report (and user text is
/// precomposed when read), so byte equality is canonical equality here.
public struct TextKey: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public func hash(into hasher: inout Hasher) {
        text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (lhs: TextKey, rhs: TextKey) -> Bool { sameBytes(lhs.text, rhs.text) }

    /// Whether `text` starts with the bytes of `prefix`.
    public static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        guard prefix.utf8.count <= text.utf8.count else { return false }
        // One string shared (the store's sentences are): the same bytes, without reading them.
        return text.withUTF8Bytes { x in prefix.withUTF8Bytes { y in
            y.count == 0 || x.baseAddress == y.baseAddress || memcmp(x.baseAddress!, y.baseAddress!, y.count) == 0
        } }
    }

    /// Byte equality of two texts (what `==` checks, slowly, through canonical equivalence).
    public static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && hasPrefix(a, b)
    }
}
