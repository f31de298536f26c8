import Facts
import Platform

/// An item of a sentence about something other than the figure before it, or
/// a bracket closed before a number, whose figures are not what it compares:
/// `Tổng thu ngân sách ước 1.186 tỷ đồng, trong đó thu tiền sử dụng đất đạt
/// 62% dự toán`, `…, nguyên nhân chủ yếu do thu tiền sử dụng đất chỉ đạt 62%
/// dự toán`, `…, riêng quý IV tăng 8%`. What the item compares is its own
/// subject's, never the figure before the comma.
extension QualifierReader {
    /// Whether the sentence may hold an item on another subject: the words' mask
    /// spares most sentences the look.
    static func mayNameOtherSubject(_ words: borrowing SentenceWords) -> Bool {
        words.mayContain(FoldedWord.do) || words.mayContain(FoldedWord.rieng) || words.mayContain(FoldedWord.nhan)
    }

    /// The comma or bracket after which the item the number at `start` stands
    /// in (the last in `lower..<start`) opens on another subject — `trong đó`,
    /// `riêng`, `do`, `chủ yếu do`, `nguyên nhân` — or nil where it does not.
    /// `lead` is the words of `lower..<start`: one of the opening words must be
    /// among them, which spares most numbers the look for the comma.
    func opensOtherSubject(_ lead: ArraySlice<FoldedWord>, after lower: Int, before start: Int,
                           in words: borrowing SentenceWords) -> Unicode.Scalar? {
        // The words read once, not at each comparison (each read of a global asks whether it is made).
        let (because, only, cause) = (FoldedWord.do, FoldedWord.rieng, FoldedWord.nhan)
        guard lead.contains(where: { $0 == because || $0 == only || $0 == cause }), lower < start, start <= scalars.count
        else { return nil }
        // The item may name several things, each after a comma (`trong đó khu vực nông, lâm nghiệp và thủy
        // sản tăng 2,91%`): the marks are read back to the one opening on another subject, or to an item
        // opening on a verb, which is the number's own (`…, trong đó chủ yếu từ đất, tăng 4,3%` is the total's).
        var upper = start
        while let mark = scalars[lower..<upper].lastIndex(where: { $0 == "," || $0 == "(" }) {
            let item = words.window(mark + 1, start)
            guard let first = item.first else { return nil }
            if Self.opensOnOtherSubject(item) { return scalars[mark] }
            if Self.itemVerbs.contains(first) { return nil }
            upper = mark
        }
        return nil
    }

    /// Whether an item's words open on another subject: `trong đó`, `riêng`, `do`, `chủ yếu do`, `nguyên nhân`.
    private static func opensOnOtherSubject(_ item: ArraySlice<FoldedWord>) -> Bool {
        let second = item.dropFirst().first
        return switch item.first {
        case .rieng, .do: true
        case .trong: second == .do
        case .nguyen: second == .nhan
        case .chu: second == .yeu && item.dropFirst(2).first == .do
        default: false
        }
    }

    /// The comma after which the item the number at `start` stands in names its
    /// own subject and gives its figures in brackets after it, each after its
    /// verb, as a list of targets does: `tốc độ tăng trưởng (ước đạt 6,8%/KH
    /// 8%), thu ngân sách (đạt 91,2% dự toán)`. The item opens on a name — no
    /// verb, verdict or comparison (`…, chưa đạt chỉ tiêu (95%)` judges the
    /// figure before) — and no figure stands between the comma and the number. Nil otherwise.
    func opensNamedBracket(after lower: Int, before start: Int, in words: borrowing SentenceWords) -> Unicode.Scalar? {
        guard lower < start, start <= scalars.count, let open = scalars[lower..<start].lastIndex(of: "("),
              !scalars[open..<start].contains(")"),
              let mark = scalars[lower..<open].lastIndex(where: { $0 == "," || $0 == ";" }) else { return nil }
        let verb = words.window(open + 1, start), name = words.window(mark + 1, open)
        guard let last = verb.last, Self.bracketVerbs.contains(last), name.count >= 2,
              !name.contains(where: { Self.itemVerbs.contains($0) || Self.judgingWords.contains($0) })
        else { return nil }
        return ","
    }

    /// The verbs a figure follows in its item's brackets: `đạt`, `còn`, `bằng`.
    private static let bracketVerbs: [FoldedWord] = [.dat, .con, .bang]
    /// Words of a verdict or a comparison, which judge the figure before them: `chưa`, `không`, `hoàn` (`hoàn
    /// thành`), `hơn`, `với`.
    private static let judgingWords: [FoldedWord] = ["chua", "khong", .hon, .voi, "hoan"]

    /// The verbs an item about the figure before it opens on.
    private static let itemVerbs: [FoldedWord] = [.tang, .giam, .dat, .bang, .vuot, .uoc, .con, .gap, .so]

    /// Past a closed bracket, the figure before it is the one the number at
    /// `index` compares, where it can be: the primaries the bracket held are
    /// forgotten (`86,4% (38/44 trường), tăng 2 trường` is still the count's).
    /// The bracket may close the clause before, when this one goes on comparing
    /// its figures (`… bị thương 9 người (trong đó 01 vụ … làm chết 3 người); so
    /// với năm 2025 giảm 4 vụ`): `clause` then runs from the sentence's start.
    func forgetBracketed(_ primaries: inout [Int], for index: Int, after lower: Int, clause: Range<Int>,
                         quantities: UnsafeBufferPointer<ScannedQuantity>) {
        guard primaries.count > 1, let open = bracketClosed(after: lower, before: quantities[index].start, clause: clause),
              primaries.contains(where: { quantities[$0].start < open && Self.canCompare(quantities[$0].unit, with: quantities[index].unit) })
        else { return }
        if quantities[index].unit.dimension == .percent, index >= 2, isShareOfCount(index - 1, of: index - 2, quantities: quantities) { return }
        primaries.removeAll { quantities[$0].start > open }
    }

    /// Whether the percent at `share` is the count at `count`'s share of its whole, in brackets right
    /// after it (`214 hộ nghèo (chiếm 4,12%), giảm 1,36%`), or said bare between commas, of nothing
    /// named after it (`2.104 hộ nghèo, chiếm 17,35%, giảm 4,12%`): a change in percent after them is
    /// the share's, as a count's own change is said in its noun. (`chiếm 12% số doanh nghiệp của tỉnh,
    /// tăng 5%` names a wider whole: the change is the count's.)
    func isShareOfCount(_ share: Int, of count: Int, quantities: UnsafeBufferPointer<ScannedQuantity>) -> Bool {
        let figure = quantities[count], rate = quantities[share]
        guard rate.unit.dimension == .percent, figure.unit.isCount, figure.end < rate.start else { return false }
        let close = ScalarText.skipSpaces(scalars, rate.end)
        guard close < scalars.count else { return false }
        if let open = scalars[figure.end..<rate.start].firstIndex(of: "(") {
            guard scalars[close] == ")" else { return false }
            return scalars[figure.end..<open].allSatisfy { $0.properties.isWhitespace || $0.properties.isAlphabetic }
                && scalars[(open + 1)..<rate.start].allSatisfy { $0.properties.isWhitespace || $0.properties.isAlphabetic }
        }
        guard scalars[close] == ",", let comma = scalars[figure.end..<rate.start].firstIndex(of: ","),
              scalars[figure.end..<comma].allSatisfy({ $0.properties.isWhitespace || $0.properties.isAlphabetic }) else { return false }
        let verb = scalars[(comma + 1)..<rate.start].drop { $0 == " " }.reversed().drop { $0 == " " }
        return verb.elementsEqual(Self.chiem.reversed())
    }

    private static let chiem = Array("chiếm".unicodeScalars)

    /// Where the bracket that closes in `lower..<start` opened, in its clause:
    /// `1.230 tỷ đồng (trong đó thu tiền sử dụng đất 604 tỷ đồng), đạt 104,6%
    /// dự toán` — past the bracket, what it held is no figure the share is of,
    /// the figure before it is. Nil where no bracket closes there.
    private func bracketClosed(after lower: Int, before start: Int, clause: Range<Int>) -> Int? {
        guard lower < start, start <= scalars.count, let close = scalars[lower..<start].lastIndex(of: ")") else { return nil }
        var depth = 0, cursor = close - 1
        while cursor >= clause.lowerBound {
            if scalars[cursor] == ")" { depth += 1 }
            if scalars[cursor] == "(" {
                if depth == 0 { return cursor }
                depth -= 1
            }
            cursor -= 1
        }
        return nil
    }
}
