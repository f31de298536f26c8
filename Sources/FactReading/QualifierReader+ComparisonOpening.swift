import Platform
import Facts

/// A comparison with last year said once, at the opening of a sentence, for
/// every change after it: `So với cùng kỳ, số vụ giảm 6 vụ; số người chết giảm
/// 3 người` — the second clause's fall is on last year too, though its own
/// clause names no year.
extension QualifierReader {
    /// Where the comparison a change at `start` goes on from opens: the
    /// sentence's start, where it opens on one (`So với cùng kỳ năm 2024, …`),
    /// or, nearest before the change, a clause after a `;` or the sentence
    /// read on with the one before it (``SentenceSplitter/continuesComparison(_:from:)``)
    /// that does: `… bị thương 38 người. So với cùng kỳ, số vụ giảm 6 vụ; …`.
    /// Nil where none does. `marks` are the sentence's, where its stops are found.
    func comparisonOpening(in sentence: Range<Int>, before start: Int, marks: ArraySlice<Int>) -> Int? {
        let folded = text.folded
        for mark in marks.reversed() where mark + 1 < start && (folded[mark] == "." || folded[mark] == ";") && folded[mark + 1] == " " {
            if opensOnComparison(at: mark + 1, before: start) { return mark + 1 }
        }
        return opensOnComparison(at: sentence.lowerBound, before: start) ? sentence.lowerBound : nil
    }
}
