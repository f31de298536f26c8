/// A word of folded text as one integer, so that the qualifier reader compares
/// words without building strings.
///
/// A word of at most eight ASCII letters is packed exactly, one byte per
/// letter; any other word is hashed, with the top bit set so that it never
/// equals a packed word. Every word baocao compares against (`ke`, `hoach`,
/// `uoc`, …) packs exactly, so a comparison with one is always exact.
public struct FoldedWord: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The packed letters, or the hash with the top bit set. The only stored
    /// property: arrays of words copy as plain integers, with no reference counting.
    public let bits: UInt64

    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        bits = Self.pack(scalars)
    }

    /// A word already packed: at most eight ASCII letters, one byte each.
    public init(bits: UInt64) { self.bits = bits }

    /// A word written in the code (`"hoach"`), packed where it is written: the
    /// compiler folds an ASCII word of eight letters or fewer into its bits, so
    /// a word of the vocabulary is a constant, not a global checked at each use.
    @inlinable
    public init(stringLiteral value: StaticString) {
        bits = Self.packed(value)
    }

    @inlinable
    static func packed(_ value: StaticString) -> UInt64 {
        let count = value.utf8CodeUnitCount
        if value.hasPointerRepresentation, count <= 8 {
            var packed: UInt64 = 0, ascii = true
            for index in 0..<count {
                let byte = value.utf8Start[index]
                if byte >= 0x80 { ascii = false }
                packed = packed << 8 | UInt64(byte)
            }
            if ascii { return packed }
        }
        return pack(value.description.unicodeScalars)
    }

    @usableFromInline
    static func pack<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var packed: UInt64 = 0
        var exact = scalars.count <= 8
        var hash: UInt64 = 0xcbf29ce484222325
        for scalar in scalars {
            if scalar.value >= 0x80 { exact = false }
            packed = packed << 8 | UInt64(scalar.value & 0xFF)
            hash = (hash ^ UInt64(scalar.value)) &* 0x100000001b3
        }
        return exact ? packed : hash | (1 << 63)
    }

    public static func == (lhs: FoldedWord, rhs: FoldedWord) -> Bool { lhs.bits == rhs.bits }
    public func hash(into hasher: inout Hasher) { hasher.combine(bits) }

    /// Whether the word is all ASCII digits (`2025`, a list's `4`); a word
    /// of more than eight scalars, hashed, never is.
    public var isDigits: Bool {
        guard bits != 0, bits >> 63 == 0 else { return false }
        var rest = bits
        while rest != 0 {
            guard UInt8(truncatingIfNeeded: rest) &- 48 < 10 else { return false }
            rest >>= 8
        }
        return true
    }

    /// Whether the word is one ASCII scalar (a list's `a`).
    public var isSingleASCII: Bool { bits != 0 && bits < 0x100 }

    /// The word, unpacked from its letters; a hashed word shows its hash.
    public var description: String {
        guard bits >> 63 == 0 else { return "#\(String(bits, radix: 16))" }
        var letters: [Unicode.Scalar] = []
        var rest = bits
        while rest != 0 {
            letters.insert(Unicode.Scalar(UInt8(truncatingIfNeeded: rest)), at: 0)
            rest >>= 8
        }
        return String(String.UnicodeScalarView(letters))
    }

    /// ``words(_:includingDigits:)`` of ASCII text, read from its bytes; nil
    /// if a byte is not ASCII. A word is packed as ``init(scalars:)`` packs it.
    public static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>, includingDigits: Bool) -> [FoldedWord]? {
        var words: [FoldedWord] = []
        words.reserveCapacity(bytes.count / 2 + 1)
        var packed: UInt64 = 0, hash: UInt64 = 0xcbf29ce484222325, length = 0
        func close() {
            if length > 0 { words.append(FoldedWord(bits: length <= 8 ? packed : hash | (1 << 63))) }
            packed = 0; hash = 0xcbf29ce484222325; length = 0
        }
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if (byte | 0x20) &- 97 < 26 || (includingDigits && byte >= 48 && byte <= 57) {
                packed = packed << 8 | UInt64(byte)
                hash = (hash ^ UInt64(byte)) &* 0x100000001b3
                length += 1
            } else {
                close()
            }
        }
        close()
        return words
    }

    /// The words of folded scalars: runs of letters (and of digits too, when asked).
    public static func words(_ scalars: ArraySlice<Unicode.Scalar>, includingDigits: Bool = false) -> [FoldedWord] {
        var words: [FoldedWord] = []
        // One allocation: a word takes at least two scalars with its separator.
        words.reserveCapacity(scalars.count / 2 + 1)
        var start: Int?
        for index in scalars.indices {
            let scalar = scalars[index]
            if TextFolding.isLetter(scalar) || (includingDigits && scalar.value >= 48 && scalar.value <= 57) {
                if start == nil { start = index }
            } else if let first = start {
                words.append(FoldedWord(scalars: scalars[first..<index]))
                start = nil
            }
        }
        if let first = start { words.append(FoldedWord(scalars: scalars[first..<scalars.endIndex])) }
        return words
    }

    /// The words of `spellings` (folded), each once, in their order: a list to compare words
    /// against, made from a table of names (`thị xã`, `xã` give `thi`, `xa`).
    public static func distinct(_ spellings: [Substring]) -> [FoldedWord] {
        spellings.reduce(into: []) { words, spelling in
            let word = FoldedWord(scalars: spelling.unicodeScalars)
            if !words.contains(word) { words.append(word) }
        }
    }
}

/// Words separated by single spaces (`"ke hoach"`), as folded words.
public struct FoldedPhrase: ExpressibleByStringLiteral, Sendable {
    public let words: [FoldedWord]

    public init(stringLiteral value: String) {
        var scalars = Array(value.unicodeScalars)
        SpellingVariants.unify(&scalars)
        words = scalars.split(separator: " ").map { FoldedWord(scalars: $0) }
    }

    /// A phrase of words a sentence gave (what a change names before its verb), to look for elsewhere.
    public init(words: some Sequence<FoldedWord>) {
        self.words = Array(words)
    }

    /// Whether `text` holds the phrase's words one after another.
    public func occurs(in text: ArraySlice<FoldedWord>) -> Bool {
        guard !words.isEmpty, words.count <= text.count else { return false }
        for start in text.startIndex...(text.endIndex - words.count) where text[start] == words[0] {
            if text[start..<(start + words.count)].elementsEqual(words) { return true }
        }
        return false
    }

    public func occurs(in text: [FoldedWord]) -> Bool { occurs(in: text[...]) }
}
