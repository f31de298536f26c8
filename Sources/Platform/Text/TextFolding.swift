import FoundationEssentials

/// Folds Vietnamese text for searching: lower case, no diacritics, `đ` → `d`,
/// so that `giai phong mat bang` finds `giải phóng mặt bằng`.
///
/// Folding maps each Unicode scalar to exactly one scalar, so offsets in the
/// folded text are offsets in the original (the report is read in NFC, where
/// every Vietnamese letter is one scalar). Vietnamese letters come from
/// tables built once, because asking Unicode properties per scalar was most of
/// the time spent reading a report; other scalars ask them when met.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        // Through the scalar array: a lazy map over the string's scalars runs the
        // generic path for every letter.
        String(scalars: foldedScalars(text))
    }

    /// The folded scalars of `text`.
    public static func foldedScalars(_ text: String) -> [Unicode.Scalar] {
        folded(text.scalarArray)
    }

    /// `scalars`, each folded: one pass over raw buffers, as every paragraph
    /// read is folded.
    public static func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        folded(scalars[...])
    }

    /// ``folded(_:)`` of a slice, without copying it into an array first.
    public static func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        // The tables once, outside the loop: each use of a global checks that it is initialised.
        let latin = Self.latin, extended = Self.extended
        return .written(capacity: scalars.count) { buffer in
            scalars.withUnsafeBufferPointer { source in
                for index in 0..<source.count {
                    buffer.initializeElement(at: index, to: fold(source[index], latin, extended))
                }
            }
            SpellingVariants.unify(UnsafeMutableBufferPointer(rebasing: buffer[..<scalars.count]))
            return scalars.count
        }
    }

    /// One scalar, folded: lower case without diacritics.
    // Inlinable, as the scalar tests below: the readers of other modules call them for every
    // scalar of a report, and a call across modules each time made an ingest 1.25 × as slow.
    @inlinable @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        fold(scalar, latin, extended)
    }

    @inlinable @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar, _ latin: [Entry?], _ extended: [Entry?]) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 { return (v >= 65 && v <= 90) ? Unicode.Scalar(UInt8(v + 32)) : scalar }
        if v < 0x250 { return latin[Int(v)]?.folded ?? slowFold(scalar).folded }
        if v >= 0x1E00 && v < 0x1F00 { return extended[Int(v - 0x1E00)]?.folded ?? slowFold(scalar).folded }
        if v >= 0x2000 && v < 0x2070 { return foldPunctuation(scalar) }
        return slowFold(scalar).folded
    }

    /// A word processor's en dash and curly quotes fold to the `-`, `'` and `"`
    /// typed for them, so that `công nghiệp – xây dựng` and `danh hiệu “Gia
    /// đình văn hóa”` read as a rule's names do; other punctuation folds to
    /// itself. (An em dash stays: tables write it for "none".)
    @inlinable @inline(__always)
    static func foldPunctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2013: return "-"
        case 0x2018, 0x2019: return "'"
        case 0x201C, 0x201D: return "\""
        default: return scalar
        }
    }

    /// One scalar in lower case, diacritics kept.
    @inlinable @inline(__always)
    public static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 { return (v >= 65 && v <= 90) ? Unicode.Scalar(UInt8(v + 32)) : scalar }
        if v < 0x250 { return latin[Int(v)]?.lower ?? slowFold(scalar).lower }
        if v >= 0x1E00 && v < 0x1F00 { return extended[Int(v - 0x1E00)]?.lower ?? slowFold(scalar).lower }
        if v >= 0x2000 && v < 0x2070 { return scalar }
        return slowFold(scalar).lower
    }

    /// The Vietnamese letters with diacritics, lower case and capital in the
    /// same order, grouped by the letter they fold to. (Written out, not asked
    /// of Unicode: a test checks each capital against Unicode's case mapping.)
    public static let vietnameseLetters: [(base: Unicode.Scalar, lower: String, upper: String)] = [
        ("a", "àáảãạăằắẳẵặâầấẩẫậ", "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"), ("e", "èéẻẽẹêềếểễệ", "ÈÉẺẼẸÊỀẾỂỄỆ"), ("i", "ìíỉĩị", "ÌÍỈĨỊ"),
        ("o", "òóỏõọôồốổỗộơờớởỡợ", "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"), ("u", "ùúủũụưừứửữự", "ÙÚỦŨỤƯỪỨỬỮỰ"), ("y", "ỳýỷỹỵ", "ỲÝỶỸỴ"),
        ("d", "đ", "Đ"),
    ]

    /// The base letter of a lower-case Vietnamese letter, if it is one.
    public static func vietnameseBase(_ lower: Unicode.Scalar) -> Unicode.Scalar? {
        for group in vietnameseLetters where group.lower.unicodeScalars.contains(lower) { return group.base }
        return nil
    }

    /// A scalar's lower case and folded form.
    public typealias Entry = (lower: Unicode.Scalar, folded: Unicode.Scalar)

    /// The lower case and folded form of each Vietnamese letter of a range, and
    /// its capital; nil for every other scalar, which `slowFold` answers when
    /// met, rather than every entry filled from Unicode properties at start.
    /// (Arrays, not a dictionary: the first use of a new dictionary type scans
    /// the binary's conformances.)
    private static func table(_ range: Range<UInt32>) -> [Entry?] {
        var entries = [Entry?](repeating: nil, count: range.count)
        // Plain loops over scalar arrays: a zip of the two scalar views is a
        // generic type whose first use costs more than the table.
        for group in vietnameseLetters {
            let lowers = group.lower.scalarArray, uppers = group.upper.scalarArray
            for index in 0..<min(lowers.count, uppers.count) {
                for form in [lowers[index], uppers[index]] where form.value >= range.lowerBound && form.value < range.upperBound {
                    entries[Int(form.value - range.lowerBound)] = (lowers[index], group.base)
                }
            }
        }
        return entries
    }

    public static let latin = table(0..<0x250)
    public static let extended = table(0x1E00..<0x1F00)

    private static func lowerCase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? lowered.first! : scalar
    }

    @usableFromInline
    static func slowFold(_ scalar: Unicode.Scalar) -> Entry {
        // Most scalars met here are marks and signs (`²`, `°`, `×`): no case, nothing to fold.
        guard scalar.properties.isAlphabetic || scalar.properties.changesWhenLowercased else { return (scalar, scalar) }
        let lower = scalar.properties.changesWhenLowercased ? lowerCase(scalar) : scalar
        if let base = vietnameseBase(lower) { return (lower, base) }
        return (lower, latinBase(lower) ?? lower)
    }

    /// The base letter of a Latin letter with marks, read from its Unicode name
    /// (`LATIN SMALL LETTER C WITH CEDILLA` → `c`). Foundation's canonical
    /// decomposition would give the same for letters that decompose, but links
    /// Foundation's NSString and ICU into baocao; letters such as `ø` that do not
    /// decompose fold to their base here too, which is what a search wants.
    public static func latinBase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard let name = scalar.properties.name else { return nil }
        for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
            let rest = name.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
            guard let letter = rest.first, ("A"..."Z").contains(letter),
                  String(String.UnicodeScalarView(rest.dropFirst())).hasPrefix(" WITH ") else { return nil }
            return Unicode.Scalar(UInt8(letter.value) + 32)
        }
        return nil
    }
}

extension TextFolding {
    /// Whether `text` contains `needle`, compared scalar by scalar. Foundation's
    /// `String.contains` traps on some malformed text (found by fuzzing), and
    /// folded text needs no more than scalar equality.
    public static func contains(_ text: String, _ needle: String) -> Bool {
        contains(text.scalarArray, needle.scalarArray)
    }

    /// Whether the scalars `haystack` contain the scalars `pattern`.
    public static func contains(_ haystack: [Unicode.Scalar], _ pattern: [Unicode.Scalar]) -> Bool {
        pattern.isEmpty || firstIndex(of: pattern, in: haystack) != nil
    }

    /// Where `needle` first occurs in `haystack` at or after `start`; nil for an empty needle.
    public static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { firstIndex(of: $0, in: text, from: start) }
        }
    }

    /// ``firstIndex(of:in:from:)`` of slices: `start` and the result count from the haystack's first scalar.
    public static func firstIndex(of needle: ArraySlice<Unicode.Scalar>, in haystack: ArraySlice<Unicode.Scalar>,
                                  from start: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { firstIndex(of: $0, in: text, from: start) }
        }
    }

    /// Raw buffers, of scalars or of UTF-8 (``FoldedText``): rule matching
    /// runs this over every sentence for each phrase. Inlinable, so that each
    /// module's use is specialised: unspecialised, every element compared
    /// through a protocol's witness.
    @inlinable
    public static func firstIndex<Element: Equatable>(of pattern: UnsafeBufferPointer<Element>, in text: UnsafeBufferPointer<Element>,
                                               from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= text.count else { return nil }
        let last = text.count - pattern.count
        var index = max(start, 0)
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < pattern.count, text[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// ``firstIndex(of:in:from:)`` of bytes, which ``ByteSearch`` finds a
    /// run at a time: chosen over the generic one wherever the elements are bytes.
    @inlinable
    public static func firstIndex(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>,
                                  from start: Int) -> Int? {
        ByteSearch.firstIndex(of: pattern, in: text, from: start)
    }

    /// Whether `text`, folded, contains `needle`, folded.
    public static func foldedContains(_ text: String, _ needle: String) -> Bool {
        contains(fold(text), fold(needle))
    }
}

extension TextFolding {
    /// Letter, upper- and lower-case flags for a scalar, from tables for the
    /// Latin ranges Vietnamese uses, rather than Unicode's properties asked
    /// per scalar; other scalars ask the properties.
    @usableFromInline
    struct Flags: Sendable {
        @usableFromInline var letter: Bool, upper: Bool, lower: Bool
        @usableFromInline static let none = Flags(letter: false, upper: false, lower: false)
        @usableFromInline init(letter: Bool, upper: Bool, lower: Bool) {
            self.letter = letter
            self.upper = upper
            self.lower = lower
        }
        @usableFromInline init(_ s: Unicode.Scalar) {
            letter = s.properties.isAlphabetic
            upper = s.properties.isUppercase
            lower = s.properties.isLowercase
        }
    }

    @usableFromInline static let latinFlags: [Flags] = (0..<0x250).map { Flags(Unicode.Scalar($0)!) }
    @usableFromInline static let extendedFlags: [Flags] = (0x1E00..<0x1F00).map { Flags(Unicode.Scalar($0)!) }

    @inlinable @inline(__always)
    static func flags(_ s: Unicode.Scalar) -> Flags {
        let v = s.value
        if v < 0x250 { return latinFlags[Int(v)] }
        if v >= 0x1E00 && v < 0x1F00 { return extendedFlags[Int(v - 0x1E00)] }
        // General Punctuation (dashes, quotes, `…`): no letters, and frequent in
        // reports; asking Unicode costs three property look-ups a scalar.
        if v >= 0x2000 && v < 0x2070 { return Flags.none }
        return Flags(s)
    }

    /// Whether the scalar is a letter (Unicode Alphabetic).
    @inlinable @inline(__always)
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        // `A`–`Z` and `a`–`z` in one test: setting bit 5 lower-cases a capital,
        // and the subtraction wraps what lies below `a`.
        if v < 0x80 { return (v | 0x20) &- 97 < 26 }
        return flags(s).letter
    }

    @inlinable @inline(__always)
    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        return flags(s).upper
    }

    @inlinable @inline(__always)
    public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 97 && v <= 122 }
        return flags(s).lower
    }
}
