import Platform
import Report
import Facts

/// Small helpers for scanning text as an array of Unicode scalars.
enum ScalarText {
    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
    static func isLetter(_ s: Unicode.Scalar) -> Bool { TextFolding.isLetter(s) }
    static func isWordChar(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    /// The value of ASCII digits (`2025` → 2025), for the few digits of a month, quarter or year.
    static func integer<Digits: Sequence<Unicode.Scalar>>(_ digits: Digits) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1.value) - 48 }
    }

    @inline(__always)
    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar { TextFolding.lower(s) }

    static func hasCapital(_ form: [Unicode.Scalar]) -> Bool {
        form.contains { TextFolding.isUppercase($0) }
    }

    /// Where the words that end just before `index` stand, nearest first,
    /// skipping spaces and emphasis; at most `count` words, stopping at punctuation.
    static func wordRangesBefore(_ scalars: [Unicode.Scalar], _ index: Int, count: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var cursor = index - 1
        while words.count < count {
            while cursor >= 0, scalars[cursor] == " " || scalars[cursor] == "*" { cursor -= 1 }
            guard cursor >= 0, isLetter(scalars[cursor]) else { break }
            let end = cursor + 1
            while cursor >= 0, isLetter(scalars[cursor]) { cursor -= 1 }
            words.append((cursor + 1)..<end)
        }
        return words
    }

    /// Whether one of `phrases` (lower case, words separated by single spaces)
    /// ends right before `index`, ignoring the spaces and emphasis between.
    static func precededByPhrase(_ scalars: [Unicode.Scalar], _ index: Int, _ phrases: PhraseList) -> Bool {
        phraseBefore(scalars, index, phrases) != nil
    }

    /// Which of `phrases` ends right before `index` (its position in the list), if one does.
    static func phraseBefore(_ scalars: [Unicode.Scalar], _ index: Int, _ list: PhraseList) -> Int? {
        var end = index - 1
        while end >= 0, scalars[end] == " " || scalars[end] == "*" { end -= 1 }
        guard end >= 0, isLetter(scalars[end]) else { return nil }
        return list.match(endingAt: end, in: scalars)
    }

    /// Phrases as scalar arrays, for ``precededByPhrase(_:_:_:)``.
    static func phrases(_ list: [String]) -> PhraseList { PhraseList(list) }

    /// Lower-case phrases packed into one array of scalars, listed by their
    /// last scalar, so that a look-up compares only the phrases that can match,
    /// in place, retaining no array per phrase: the scanner asks three lists
    /// before every number.
    final class PhraseList: Sendable {
        /// The phrases' scalars.
        private let phrases: PackedScalars
        /// Where each phrase stands in the packed scalars, and its scalar
        /// before the last (nul for a one-scalar phrase): a candidate, which
        /// ends in the right letter, is mostly passed over on that one, read
        /// from one record instead of through two arrays' bounds.
        private let entries: [(start: Int32, length: Int32, beforeLast: Unicode.Scalar)]
        /// The phrases by their last scalar, in list order.
        private let byLast: ScalarGroups

        init(_ list: [String]) {
            let phrases = list.map { Array($0.unicodeScalars) }
            let packed = PackedScalars(phrases)
            self.phrases = packed
            entries = phrases.indices.map { index in
                let range = packed.range(of: index), phrase = phrases[index]
                return (Int32(range.lowerBound), Int32(range.count), phrase.count > 1 ? phrase[phrase.count - 2] : "\0")
            }
            byLast = ScalarGroups(phrases.map { $0.last ?? " " })
        }

        /// The first phrase (its position in the list) whose words end at
        /// `end` of `text`, compared in lower case, with any run of spaces
        /// where the phrase has one, and no letter just before it.
        func match(endingAt end: Int, in text: [Unicode.Scalar]) -> Int? {
            byLast.withPositions(of: ScalarText.lower(text[end])) { match(endingAt: end, in: text, among: $0) }
        }

        private func match(endingAt end: Int, in text: [Unicode.Scalar], among candidates: UnsafeBufferPointer<Int>) -> Int? {
            // The text's scalar before the last, lower-cased once for every candidate.
            let textBeforeLast: Unicode.Scalar = end >= 1 ? ScalarText.lower(text[end - 1]) : "\0"
            return phrases.scalars.withUnsafeBufferPointer { table in
              entries.withUnsafeBufferPointer { entries in
                text.withUnsafeBufferPointer { text in
                    for position in candidates {
                        let entry = entries[position]
                        let start = Int(entry.start), length = Int(entry.length)
                        guard length <= end + 1 else { continue }
                        // What the comparison below tests second, tested first: the
                        // last scalars match by the group, and a space is left to it.
                        if length > 1, entry.beforeLast != " ", entry.beforeLast != textBeforeLast { continue }
                        var i = end, j = start + length - 1, matched = true
                        while j >= start {
                            guard i >= 0 else { matched = false; break }
                            if table[j] == " " {
                                guard text[i] == " " else { matched = false; break }
                                while i > 0, text[i - 1] == " " { i -= 1 }
                            } else if ScalarText.lower(text[i]) != table[j] {
                                matched = false
                                break
                            }
                            i -= 1
                            j -= 1
                        }
                        if matched && (i < 0 || !ScalarText.isLetter(text[i])) { return position }
                    }
                    return nil
                }
              }
            }
        }
    }

    /// The word before `index` as written (keeping case), or nil when punctuation intervenes.
    static func rawWordBefore(_ scalars: [Unicode.Scalar], _ index: Int) -> String? {
        var cursor = skipSpacesBack(scalars, before: index)
        guard cursor >= 0, isLetter(scalars[cursor]) else { return nil }
        let end = cursor + 1
        while cursor >= 0, isLetter(scalars[cursor]) { cursor -= 1 }
        return String(scalars: scalars[(cursor + 1)..<end])
    }

    /// Where the word starting at `index` after spaces stands (a run of letters).
    static func wordRangeAfter(_ scalars: [Unicode.Scalar], _ index: Int) -> Range<Int>? {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        guard cursor < scalars.count, isLetter(scalars[cursor]) else { return nil }
        let start = cursor
        while cursor < scalars.count, isLetter(scalars[cursor]) { cursor += 1 }
        return start..<cursor
    }

    /// Whether the scalars in `range` are `word` (compared in lower case when
    /// `lowercasing`): a word compared where it stands, with no string made.
    static func equals(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ word: [Unicode.Scalar],
                       lowercasing: Bool = false) -> Bool {
        guard range.count == word.count, range.upperBound <= scalars.count else { return false }
        for offset in 0..<word.count {
            let s = scalars[range.lowerBound + offset]
            if (lowercasing ? lower(s) : s) != word[offset] { return false }
        }
        return true
    }

    /// Whether `word` stands at `index` as a whole word: its scalars there, and no letter right after.
    static func wordStands(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let end = index + word.count
        return equals(scalars, index..<end, word) && (end == scalars.count || !isLetter(scalars[end]))
    }

    /// The scalars as bytes for parsers of ASCII: a scalar outside ASCII reads
    /// as 0xFF, which is no digit or mark, so it makes the text malformed.
    static func asciiBytes(_ scalars: ArraySlice<Unicode.Scalar>) -> LazyMapSequence<ArraySlice<Unicode.Scalar>, UInt8> {
        scalars.lazy.map { $0.isASCII ? UInt8(truncatingIfNeeded: $0.value) : 0xFF }
    }

    /// Whether `s` is a minus sign: the hyphen, or the typographic minus `−`.
    static func isMinus(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "−" }

    /// Whether `)` follows `index`, past spaces: a bracket closed right after what ends there.
    static func closesBracket(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        let close = skipSpaces(scalars, index)
        return close < scalars.count && scalars[close] == ")"
    }

    static func skipSpaces(_ scalars: [Unicode.Scalar], _ index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == " " { cursor += 1 }
        return cursor
    }

    /// ``skipSpaces(_:_:)`` backwards: the last index before `index`, not below
    /// `floor`, that holds no space (`floor - 1` when every one does).
    static func skipSpacesBack(_ scalars: [Unicode.Scalar], before index: Int, floor: Int = 0) -> Int {
        var cursor = index - 1
        while cursor >= floor, scalars[cursor] == " " { cursor -= 1 }
        return cursor
    }

    /// ``skipSpaces(_:_:)``, and the emphasis that closes on a number before
    /// its unit (`**71,5** tỷ đồng`, `*120.000* lượt`).
    static func skipSpacesAndEmphasis(_ scalars: [Unicode.Scalar], _ index: Int) -> Int {
        var cursor = index
        while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "*" { cursor += 1 }
        return cursor
    }
}
