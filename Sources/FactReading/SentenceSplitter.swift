import Platform
import Report
import Facts

/// Splits a paragraph into sentences: at `.`, `!` or `?` followed by a space
/// and a capital, a digit, a list dash, a footnote mark or an item's number in
/// brackets (`(5) Tỷ lệ …`) — not after abbreviations such as `TP.`
enum SentenceSplitter {
    static let abbreviations: [String] = ["tp", "v/v", "th", "ths", "ts", "pgs", "gs", "đh", "st", "tt"]
    /// ``abbreviations`` as scalars, compared where a word stands.
    private static let abbreviationScalars = abbreviations.map { Array($0.unicodeScalars) }

    /// Half-open scalar ranges of the sentences of `scalars`, in place of what
    /// `ranges` held. `marks` are the offsets of its `.`, `!` and `?` (and
    /// maybe other scalars), in order.
    /// `folded` holds the same scalars folded, offset for offset: a sentence
    /// that goes on with the one before (``continues(_:from:)``) is read with it.
    static func sentences(_ scalars: [Unicode.Scalar], folded: [Unicode.Scalar], marks: ArraySlice<Int>,
                          into ranges: inout [Range<Int>]) {
        // A sentence ends at a mark, so there are at most one more sentences
        // than marks: room made once. The storage is reused from paragraph to paragraph.
        ranges.removeAll(keepingCapacity: true)
        ranges.reserveCapacity(marks.count + 1)
        var start = 0
        for mark in marks where mark >= start {
            let s = scalars[mark]
            if (s == "." || s == "!" || s == "?"), isBoundary(scalars, mark),
               !(s == "." && continues(folded, from: ScalarText.skipSpaces(scalars, mark + 1))) {
                ranges.append(start..<(mark + 1))
                start = ScalarText.skipSpaces(scalars, mark + 1)
            }
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
    }

    /// Whether the sentence at `start` goes on with the one before: it opens on the report's span
    /// (``continuesSpan(_:from:)``), on a comparison with last year (``continuesComparison(_:from:)``)
    /// or on a label of what was done or its verdict (``continuesLabel(_:from:)``).
    private static func continues(_ folded: [Unicode.Scalar], from start: Int) -> Bool {
        continuesSpan(folded, from: start) || continuesComparison(folded, from: start) || continuesLabel(folded, from: start)
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let next = index + 1
        guard next < scalars.count else { return true }
        guard scalars[next] == " " else { return false }
        // `Thu ngân sách ........ 52,4 tỷ đồng`: a leader of dots leads a list's name to its figure.
        if index >= 3, scalars[index - 1] == ".", scalars[index - 2] == ".", scalars[index - 3] == "." { return false }
        let after = ScalarText.skipSpaces(scalars, next)
        guard after < scalars.count else { return true }
        let first = scalars[after]
        let opensItem = first == "(" && after + 1 < scalars.count && ScalarText.isDigit(scalars[after + 1])
        guard TextFolding.isUppercase(first) || ScalarText.isDigit(first) || first == "<" || first == "-" || first == "*" || opensItem
        else { return false }
        // `TP. Lạng Sơn`: the word right before the point is an abbreviation.
        if index > 0, ScalarText.isLetter(scalars[index - 1]) {
            var wordStart = index - 1
            while wordStart > 0, ScalarText.isLetter(scalars[wordStart - 1]) { wordStart -= 1 }
            for abbreviation in abbreviationScalars
            where ScalarText.equals(scalars, wordStart..<index, abbreviation, lowercasing: true) {
                return false
            }
        }
        return true
    }

    /// The clause of `sentence` (its text between `;`, or the point of a
    /// sentence read with the one before) that holds `offset`; the whole
    /// sentence if `offset` is a `;`. `marks` are the offsets within the
    /// sentence of its `;` (and maybe other scalars), in order. Asked per
    /// number, so that no list of clauses is allocated per sentence.
    static func clause(containing offset: Int, _ scalars: [Unicode.Scalar], in sentence: Range<Int>,
                       marks: ArraySlice<Int>) -> Range<Int> {
        var lower = sentence.lowerBound
        // A sentence read with the one before it (``continues(_:from:)``) keeps the point between as a clause's end:
        // `… làm 1 người chết. Tính chung 11 tháng, xảy ra 9 vụ …` compares the months' figures, not the month's.
        for index in marks where scalars[index] == ";" || scalars[index] == "." && index + 1 < sentence.upperBound
            && scalars[index + 1] == " " && isBoundary(scalars, index) {
            if index == offset { return sentence }
            if index > offset { return lower..<index }
            lower = index + 1
        }
        return lower..<sentence.upperBound
    }
}
