import Platform
import Facts

/// A move said of a count and its rate at once, each rate in brackets after
/// its count: `Số hộ nghèo giảm từ 1.200 hộ (3,2%) xuống còn 980 hộ (2,6%)`
/// gives 980 households at a rate of 2,6%, each with last year's figure
/// (1.200 households, 3,2%), not 1.200 households as the year's.
extension QualifierReader {
    /// Marks each such pair of moves in the sentence: the figures moved from
    /// become last year's figures of those moved to.
    func markBracketedMoves(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                            clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        // Most sentences say no move: their word mask answers.
        guard quantities.count >= 4, words.mayContain(FoldedWord.xuong) || words.mayContain(FoldedWord.len) else { return }
        var first = 0
        while first + 3 < quantities.count {
            let (count, rate, toCount, toRate) = (first, first + 1, first + 2, first + 3)
            // The shape first, on the scalars; the clause last, as it costs most.
            guard opensBracket(after: quantities[count].end, at: quantities[rate].start),
                  opensBracket(after: quantities[toCount].end, at: quantities[toRate].start),
                  (count...toRate).allSatisfy({ drafts[$0].role == .primary && drafts[$0].qualifies == nil }),
                  quantities[count].unit.dimension == quantities[toCount].unit.dimension,
                  quantities[rate].unit.dimension == quantities[toRate].unit.dimension,
                  Self.isMove(words.window(quantities[rate].end, quantities[toCount].start)) else { first += 1; continue }
            let clause = clauseOf(quantities[count].start)
            guard quantities[toRate].start < clause.upperBound,
                  words.window(clause.lowerBound, quantities[count].start).last == FoldedWord.tu else { first += 1; continue }
            for (from, to) in [(count, toCount), (rate, toRate)] {
                drafts[from].role = .comparison(.previousValue)
                drafts[from].qualifies = to
                drafts[to].qualifiers.append(.comparison(.previousValue, value: quantities[from].value, upper: nil,
                                                         unit: quantities[from].unit, fact: from))
            }
            first += 4
        }
    }

    /// Whether only spaces and an opening bracket stand between `end` and `start` (here, and for a share
    /// alone in brackets after its figure, ``isBracketedShareOfPlan(_:quantities:drafts:)``).
    func opensBracket(after end: Int, at start: Int) -> Bool {
        guard end < start, start <= scalars.count else { return false }
        var brackets = 0
        for scalar in scalars[end..<start] where scalar != " " {
            guard scalar == "(" else { return false }
            brackets += 1
        }
        return brackets == 1
    }

    /// `xuống còn`, `xuống`, `lên`, `còn`: the words that say where a figure moved to.
    private static func isMove(_ lead: ArraySlice<FoldedWord>) -> Bool {
        guard let first = lead.first, lead.count <= 2 else { return false }
        return (first == .xuong || first == .len || first == .con) && (lead.count == 1 || lead.last == .con)
    }
}
