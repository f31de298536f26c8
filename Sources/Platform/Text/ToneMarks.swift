/// The marks folding drops (``TextFolding``): each letter's shape (`ă`, `â`,
/// `ê`, `ô`, `ơ`, `ư`, `đ`) and each word's tone. Folded, `đất` (land) and
/// `đạt` (reaches), `đỗ` (passed) and `đó` (that), `chè` (tea) and `che`
/// (of `che phủ`) are one word; their marks tell them apart.
///
/// Marks are compared as ``signature(of:)``s of scalars that fold alike:
/// one byte a letter for its shape, one after each word for its tone, so that
/// a tone written on another vowel of the word (`hoà`, `hòa`) is the same tone,
/// and `y` written for `i` (which folding unifies) is no different shape.
public enum ToneMarks {
    /// The signature of `scalars`: for each letter its shape (0 plain, then the
    /// group's modified letters in ``TextFolding/vietnameseLetters``' order), and
    /// after each word (where a letter is followed by anything else) `0x80` plus its tone
    /// (0 none; 1 grave, 2 acute, 3 hook, 4 tilde, 5 dot below).
    public static func signature(of scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
        var out: [UInt8] = [], tone: UInt8 = 0, inWord = false
        for scalar in scalars {
            guard TextFolding.isLetter(scalar) else {
                if inWord { out.append(0x80 | tone) }
                tone = 0
                inWord = false
                continue
            }
            let marks = self.marks(of: TextFolding.lower(scalar))
            out.append(marks.shape)
            if marks.tone != 0 { tone = marks.tone }
            inWord = true
        }
        if inWord { out.append(0x80 | tone) }
        return out
    }

    /// The shape and tone of a lower-case letter. In each group of
    /// ``TextFolding/vietnameseLetters`` the plain letter's five tones come
    /// first, then each modified letter bare and with its five tones.
    static func marks(of lower: Unicode.Scalar) -> (shape: UInt8, tone: UInt8) {
        let v = lower.value
        let packed: UInt8
        if v >= 0x80 && v < 0x250 { packed = latin[Int(v)] }
        else if v >= 0x1E00 && v < 0x1F00 { packed = extended[Int(v - 0x1E00)] }
        else { return (0, 0) }
        return (packed >> 4, packed & 0x0F)
    }

    /// Each letter's shape and tone packed in a byte (shape in the high half), by scalar, for two ranges:
    /// arrays, as ``TextFolding``'s tables are, looked up at every letter an exclusion is compared on.
    private static let latin = table(0..<0x250)
    private static let extended = table(0x1E00..<0x1F00)

    private static func table(_ range: Range<UInt32>) -> [UInt8] {
        var entries = [UInt8](repeating: 0, count: range.count)
        func set(_ letter: Unicode.Scalar, _ shape: Int, _ tone: Int) {
            guard range.contains(letter.value) else { return }
            entries[Int(letter.value - range.lowerBound)] = UInt8(shape << 4 | tone)
        }
        for group in TextFolding.vietnameseLetters {
            for (index, letter) in group.lower.unicodeScalars.enumerated() {
                if group.base == "d" { set(letter, 1, 0) }
                else if index < 5 { set(letter, 0, index + 1) }
                else { set(letter, (index - 5) / 6 + 1, (index - 5) % 6) }
            }
        }
        return entries
    }
}
