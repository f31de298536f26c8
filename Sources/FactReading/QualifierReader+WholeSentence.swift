import Platform
import Facts

/// The readings made once every number of a sentence has its comparisons:
/// each looks at the sentence as a whole (its opening, its clauses, words
/// after the last number) rather than at one number and the words before it.
extension QualifierReader {
    /// Runs the whole-sentence readings over the drafts, in an order that matters:
    ///
    /// 1. When a figure is of: a move in brackets (`(từ 4,8% xuống 3,5%)`), a
    ///    date, a yearly average (`giảm bình quân 1,2%/năm`), what a part year's plan leaves to the months left
    ///    (`… 84 ha rừng để hoàn thành kế hoạch năm`), a part of the period, a season, an occasion; the span from the
    ///    year's start a clause opens on (`lũy kế`, `từ đầu năm`); a date carried
    ///    to the figures after it that name no time of their own. A figure of
    ///    another time (`periodValue`) is no longer primary, and the readings
    ///    of 2 and 3 take only primaries.
    /// 2. A target's statement (`Chỉ tiêu 2: … Thực hiện: …`), which makes its
    ///    first figures targets, and an aim after its subject (`…; phấn đấu cuối
    ///    năm giảm còn 3,2%`), a target too, before the verdicts, which close on what was done.
    /// 3. What changed and what did not: the year's end set against its start
    ///    in clauses of their own, a total raised by what the year added
    ///    (`có thêm 2 xã …, nâng tổng số lên 14 xã`), then a figure said to be unchanged
    ///    (`không tăng, không giảm`), which takes a comparison only where it has none, and a bare
    ///    change (`giảm 6,1%`) stands alone only where no figure took it and it took none.
    /// 4. Whose figure it is (another place, a place above the report's), whatever its role.
    func readWholeSentence(_ sentence: Range<Int>, quantities: UnsafeBufferPointer<ScannedQuantity>,
                           references: ArraySlice<ScannedReference>, marks: ArraySlice<Int>,
                           words: borrowing SentenceWords, into drafts: inout [Draft]) {
        // The scalars captured, not the reader: a closure over `self` copied the whole reader at each call.
        let paragraphScalars = scalars
        let clauseOf = { SentenceSplitter.clause(containing: $0, paragraphScalars, in: sentence, marks: marks) }
        markBracketedMoves(quantities, words: words, clauseOf: clauseOf, into: &drafts)
        dateFigures(quantities, references: references, sentence: sentence, clauseOf: clauseOf, into: &drafts)
        markAnnualAverages(quantities, words: words, clauseOf: clauseOf, into: &drafts)
        markRemainders(quantities, words: words, clauseOf: clauseOf, into: &drafts)
        markPartsOfPeriod(quantities, words: words, clauseOf: clauseOf, into: &drafts)
        markSeasons(quantities, words: words, clauseOf: clauseOf, into: &drafts)
        markOccasions(quantities, sentence: sentence, clauseOf: clauseOf, into: &drafts)
        markCumulativeClauses(quantities, clauseOf: clauseOf, into: &drafts)
        carryDates(quantities, references: references, words: words, into: &drafts)
        markStatedTargets(quantities, words: words, into: &drafts)
        markPlannedWholes(quantities, words: words, into: &drafts)
        markAims(quantities, words: words, into: &drafts)
        applyVerdicts(quantities, words: words, clauseOf: clauseOf, to: &drafts)
        markYearStart(quantities, words: words, into: &drafts)
        markTotalRaised(quantities, words: words, into: &drafts)
        markUnchanged(quantities, words: words, into: &drafts)
        markUnchangedListed(quantities, words: words, into: &drafts)
        markBareChanges(into: &drafts)
        markOtherPlaces(quantities, sentence: sentence, words: words, clauseOf: clauseOf, into: &drafts)
        markListedPlaces(quantities, sentence: sentence, words: words, into: &drafts)
        markHigherLevels(quantities, words: words, into: &drafts)
    }
}
