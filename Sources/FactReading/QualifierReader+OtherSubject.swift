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
    /// or bracket in `lower..<start` — opens on `trong đó`, `trong số`,
    /// `riêng`, `do`, `chủ yếu do` or `nguyên nhân`.
    func opensOtherSubject(after lower: Int, before start: Int, in words: borrowing SentenceWords) -> Bool {
        guard lower < start, start <= scalars.count,
              let mark = scalars[lower..<start].lastIndex(where: { $0 == "," || $0 == "(" }) else { return false }
        let item = words.window(mark + 1, start)
        guard let first = item.first else { return false }
        let second = item.dropFirst().first
        switch first {
        case .rieng, .do: return true
        case .trong: return second == .do || second == .so
        case .nguyen: return second == .nhan
        case .chu: return second == .yeu && item.dropFirst(2).first == .do
        default: return false
        }
    }
}
