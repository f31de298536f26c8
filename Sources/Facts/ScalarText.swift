/// Small helpers for scanning text as an array of Unicode scalars.
enum ScalarText {
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
    static func isWordChar(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 128 {
            return (s.value >= 65 && s.value <= 90) ? Unicode.Scalar(s.value + 32)! : s
        }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }

    /// Whether `form` is written at `index`, ending at a word boundary. A form
    /// in lower case matches any case; one with capitals (`HS`, `USD`) only itself.
    static func matches(_ form: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int,
                        caseSensitive: Bool) -> Bool {
        guard index + form.count <= scalars.count else { return false }
        for (offset, f) in form.enumerated() {
            let s = scalars[index + offset]
            if caseSensitive ? s != f : lower(s) != f { return false }
        }
        let end = index + form.count
        if let last = form.last, !isWordChar(last) { return true }
        return end == scalars.count || !isWordChar(scalars[end])
    }

    static func hasCapital(_ form: [Unicode.Scalar]) -> Bool {
        form.contains { $0.properties.isUppercase }
    }

    /// The words that end just before `index` (nearest last), lower-cased, skipping
    /// spaces, emphasis and a `:`; at most `count` words, stopping at other punctuation.
    static func wordsBefore(_ scalars: [Unicode.Scalar], _ index: Int, count: Int) -> [String] {
        var words: [String] = []
        var cursor = index - 1
        while words.count < count {
            while cursor >= 0, scalars[cursor] == " " || scalars[cursor] == "*" { cursor -= 1 }
            guard cursor >= 0, isLetter(scalars[cursor]) else { break }
            var word = String.UnicodeScalarView()
            while cursor >= 0, isLetter(scalars[cursor]) {
                word.insert(lower(scalars[cursor]), at: word.startIndex)
                cursor -= 1
            }
            words.append(String(word))
        }
        return words
    }

    /// Whether one of `phrases` (lower case, words separated by single spaces)
    /// ends right before `index`.
    static func precededByPhrase(_ scalars: [Unicode.Scalar], _ index: Int, _ phrases: [String]) -> Bool {
        let words = wordsBefore(scalars, index, count: 3)
        for phrase in phrases {
            let parts = phrase.split(separator: " ").map(String.init)
            guard parts.count <= words.count else { continue }
            if Array(words.prefix(parts.count).reversed()) == parts { return true }
        }
        return false
    }

    /// The word before `index` as written (keeping case), or nil when punctuation intervenes.
    static func rawWordBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> String? {
        var cursor = index - 1
        while cursor >= 0, scalars[cursor] == " " { cursor -= 1 }
        guard cursor >= 0, isLetter(scalars[cursor]) else { return nil }
        var word = String.UnicodeScalarView()
        while cursor >= 0, isLetter(scalars[cursor]) {
            word.insert(scalars[cursor], at: word.startIndex)
            cursor -= 1
        }
        return String(word)
    }

    /// The word starting at `index` after spaces, as written, and the offset after it.
    static func wordAfter(_ scalars: [Unicode.Scalar], _ index: Int) -> (word: String, end: Int)? {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        guard cursor < scalars.count, isLetter(scalars[cursor]) else { return nil }
        var word = String.UnicodeScalarView()
        while cursor < scalars.count, isLetter(scalars[cursor]) {
            word.append(scalars[cursor])
            cursor += 1
        }
        return (String(word), cursor)
    }

    static func skipSpaces(_ scalars: [Unicode.Scalar], _ index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        return cursor
    }
}
