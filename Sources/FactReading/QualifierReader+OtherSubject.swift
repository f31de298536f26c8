import Platform

/// An item of a sentence about something other than the figure before it:
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

    /// Whether the item the number at `start` stands in — after the last comma
    /// or bracket in `lower..<start` — opens on `trong đó`, `riêng`, `do`,
    /// `chủ yếu do` or `nguyên nhân`.
    /// `lead` is the words of `lower..<start`: one of the opening words must be among them, which
    /// spares most numbers the look for the comma.
    func opensOtherSubject(_ lead: ArraySlice<FoldedWord>, after lower: Int, before start: Int,
                           in words: borrowing SentenceWords) -> Bool {
        // The words read once, not at each comparison (each read of a global asks whether it is made).
        let (because, only, cause) = (FoldedWord.do, FoldedWord.rieng, FoldedWord.nhan)
        guard lead.contains(where: { $0 == because || $0 == only || $0 == cause }), lower < start, start <= scalars.count,
              let mark = scalars[lower..<start].lastIndex(where: { $0 == "," || $0 == "(" }) else { return false }
        let item = words.window(mark + 1, start)
        guard let first = item.first else { return false }
        let second = item.dropFirst().first
        switch first {
        case .rieng, .do: return true
        case .trong: return second == .do
        case .nguyen: return second == .nhan
        case .chu: return second == .yeu && item.dropFirst(2).first == .do
        default: return false
        }
    }
}
