import Platform
import Facts

/// Where the words that qualify a number stand: its tail after it, and the
/// item it stands in before it.
extension QualifierReader {
    /// Where the words qualifying a number stop: at the next number, at `,`
    /// `;` `(` `)` `.`, or at a dash after a space (`KH 8% - Đạt`).
    func tailEnd(after start: Int, sentence: Range<Int>, next: Int?) -> Int {
        var cursor = start
        let limit = min(next ?? sentence.upperBound, sentence.upperBound)
        while cursor < limit {
            let s = scalars[cursor]
            if s == "," || s == ";" || s == "(" || s == ")" || s == "." || s == "<" { break }
            if (s == "-" || s == "–"), cursor > start, scalars[cursor - 1] == " " { break }
            cursor += 1
        }
        return cursor
    }

    /// `tail` without `trở lên` or `trở xuống` opening it: the figure's bound
    /// (`KH giảm 1 điểm phần trăm trở lên`, at least one point), no word of
    /// what the figure is of or compared with.
    static func droppingBound(_ tail: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        guard tail.count >= 2, tail.first == "tro" else { return tail }
        let second = tail[tail.startIndex + 1]
        return second == .len || second == .xuong ? tail.dropFirst(2) : tail
    }

    /// `tail` without the words that say what a share is of, when the level
    /// before says them too: in `đạt 95,7% dân số (kế hoạch 95,5% dân số)`,
    /// `dân số` is the whole of both, and the plan's figure has nothing after
    /// it, as in `đạt 95,7% (kế hoạch 95,5%)`. `index`: the number's; the
    /// level is the last of `primaries`, in percent.
    func droppingWholeOfLevel(_ tail: ArraySlice<FoldedWord>, at index: Int, primaries: [Int],
                              quantities: UnsafeBufferPointer<ScannedQuantity>, sentence: Range<Int>,
                              words: borrowing SentenceWords) -> ArraySlice<FoldedWord> {
        guard !tail.isEmpty, quantities[index].unit.dimension == .percent, let level = primaries.last, level < index,
              quantities[level].unit.dimension == .percent else { return tail }
        let end = quantities[level].end
        let whole = words.window(end, tailEnd(after: end, sentence: sentence, next: quantities[level + 1].start))
        return whole.elementsEqual(tail) ? [] : tail
    }

    /// Whether nothing but spaces stands between `end` and the close of its
    /// clause or bracket (`)`, `,`, `;`, `.`) or the text's end.
    func closesClause(after end: Int) -> Bool {
        let next = ScalarText.skipSpaces(text.folded, end)
        guard next < text.folded.count else { return true }
        let mark = text.folded[next]
        return mark == ")" || mark == "," || mark == ";" || mark == "."
    }

    func has(_ words: ArraySlice<FoldedWord>, _ phrase: FoldedPhrase) -> Bool {
        phrase.occurs(in: words)
    }

    /// The words of the item the number at `start` stands in, after the last
    /// `,` or `)` in `lower..<start`: in `…, vượt 0,2% chỉ tiêu kế hoạch), tỷ lệ
    /// hộ cận nghèo còn 4,12%`, the goal named before the bracket closed is
    /// another figure's. The whole lead where there is neither.
    func itemWords(_ lead: ArraySlice<FoldedWord>, after lower: Int, before start: Int,
                   in words: borrowing SentenceWords) -> ArraySlice<FoldedWord> {
        guard lower < start, start <= scalars.count,
              let mark = scalars[lower..<start].lastIndex(where: { $0 == "," || $0 == ")" }) else { return lead }
        return words.window(mark + 1, start)
    }

    /// Whether `lead`, the words before a share, names the plan a slashed
    /// figure before it is of and closes with a comma, leaving the share's
    /// verb alone (`486,3 tỷ đồng/520 tỷ đồng dự toán, đạt 93,5%`, `… theo kế hoạch, đạt …`): the share
    /// follows the figure and its plan, as in `486,3/520 tỷ đồng, đạt 93,5%`.
    func namesSlashedWhole(_ lead: ArraySlice<FoldedWord>, at index: Int, quantities: UnsafeBufferPointer<ScannedQuantity>,
                           after lower: Int, before start: Int, in words: borrowing SentenceWords) -> Bool {
        guard index > 0, quantities[index - 1].denominator != nil, (2...5).contains(lead.count),
              itemWords(lead, after: lower, before: start, in: words).count == 1 else { return false }
        // (`42 ha/60 ha theo kế hoạch, đạt 70%`: the plan the whole is according to.)
        let whole = lead.dropLast()
        let named = (whole.first == "theo" ? whole.dropFirst() : whole).prefix(2)
        return Self.namesPlan(named) || Self.namesEstimate(named)
    }

    /// `38,72 tỷ đồng/DT 52 tỷ đồng`: right after a figure's slash, `DT` names
    /// its estimate, a budget's plan, and reads as `KH` does there. (Elsewhere
    /// `DT` may be an area: `DT 286 ha`.) `previousEnd`: where the figure before ends.
    func slashedPlanLead(_ lead: ArraySlice<FoldedWord>, after previousEnd: Int?) -> ArraySlice<FoldedWord> {
        guard lead.count == 1, lead.first == .dt, let previousEnd, previousEnd < scalars.count, scalars[previousEnd] == "/"
        else { return lead }
        return [.kh]
    }
}
