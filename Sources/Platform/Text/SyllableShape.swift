/// Whether a folded word has the shape of a Vietnamese syllable: an onset
/// (`ngh`, `th`, `b` … or none), vowels, and a coda (`ng`, `ch`, `t` … or
/// none). Reports write their abbreviations in capitals (`NTM`, `BHYT`,
/// `THCS`, `ĐBKK`), and none of them has that shape, while a place's name,
/// word by word, does (`Tân`, `Nưa`, `Khoang`); so a word in capitals of
/// another shape after a kind of place (`xã NTM nâng cao`) is no name.
public enum SyllableShape {
    /// Whether `word`, folded (lower-case ASCII letters, `đ` as `d`), is onset, vowels and coda.
    public static func isSyllable<C: Collection>(_ word: C) -> Bool where C.Element == Unicode.Scalar {
        let letters = Array(word)
        guard !letters.isEmpty, letters.allSatisfy({ $0.isASCII }) else { return false }
        var index = 0
        // The longest onset first: `ngh` before `ng` before `n`.
        if let onset = onsets.first(where: { letters.starts(with: $0) }) { index = onset.count }
        let vowelsStart = index
        while index < letters.count, vowels.contains(letters[index]) { index += 1 }
        guard index > vowelsStart else { return false }
        let coda = letters[index...]
        return codas.contains { $0.elementsEqual(coda) }
    }

    private static let onsets: [[Unicode.Scalar]] = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
                                                     "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"]
        .map { Array($0.unicodeScalars) }
    private static let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u", "y"]
    private static let codas: [[Unicode.Scalar]] = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"].map { Array($0.unicodeScalars) }
}
