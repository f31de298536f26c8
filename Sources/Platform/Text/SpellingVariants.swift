/// Spelling variants of one word, folded alike: Vietnamese writes `i` or `y`
/// after a consonant at a word's end as it pleases (`tỉ`/`tỷ`, `lí`/`lý`,
/// `kĩ`/`kỹ`, `qui`/`quy`), so a syllable of consonants and `y` folds to
/// consonants and `i`. Folded text (searches, the words that find
/// indicators) then matches either spelling. One scalar for one, as folding
/// is: offsets are unchanged.
public enum SpellingVariants {
    /// Rewrites, in folded text, every word that is a consonant cluster and `y` to end in `i`.
    public static func unify(_ folded: UnsafeMutableBufferPointer<Unicode.Scalar>) {
        guard folded.count > 1 else { return }
        for index in 1..<folded.count where folded[index] == "y" {
            if index + 1 < folded.count, isLetter(folded[index + 1]) { continue }
            var start = index
            while start > 0, isLetter(folded[start - 1]) { start -= 1 }
            guard start < index, isConsonantCluster(folded, start..<index) else { continue }
            folded[index] = "i"
        }
    }

    /// ``unify(_:)`` of an array.
    public static func unify(_ folded: inout [Unicode.Scalar]) {
        folded.withUnsafeMutableBufferPointer { unify($0) }
    }

    /// The consonant clusters a syllable may open with (folded: `đ` is `d`).
    static let clusters: Set<String> = ["ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr", "qu", "gi",
                                        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
    /// ``clusters`` as packed ASCII (up to three letters in one integer), compared without building a string.
    static let packedClusters: Set<UInt32> = Set(clusters.map { $0.unicodeScalars.reduce(0) { $0 << 8 | $1.value } })

    private static func isConsonantCluster(_ folded: UnsafeMutableBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard range.count <= 3 else { return false }
        var packed: UInt32 = 0
        for index in range {
            guard folded[index].value < 0x80 else { return false }
            packed = packed << 8 | folded[index].value
        }
        return packedClusters.contains(packed)
    }

    /// A letter of folded text: ASCII letters, and any other alphabetic scalar.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value | 0x20) &- 97 < 26 : scalar.properties.isAlphabetic
    }
}
