import Platform
import Facts
import Report

/// What is left to do of the year's plan, in the plan of a report on part of
/// the year: `Phấn đấu trồng mới 84 ha rừng để hoàn thành kế hoạch năm` after
/// nine months. The months left are asked for the rest, not the year for
/// that much: read as a target, it stood for the year's plan (180 ha, which
/// the results give beside what was done).
extension QualifierReader {
    /// Makes each primary of the plan, in a report on part of the year that
    /// does not close it, a figure of the months left where its clause goes on
    /// to complete or reach the plan (`để hoàn thành kế hoạch`, `nhằm đạt chỉ
    /// tiêu`, `để hoàn thành dự toán`) or says it is what is left (`còn lại`).
    func markRemainders(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                        clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard !inResults, let period = reportPeriod, period.isPartOfYear, !period.closesYear,
              words.mayContain(.de) || words.mayContain(.nham) || words.mayContain(.con) else { return }
        for index in drafts.indices where drafts[index].role == .primary && drafts[index].qualifies == nil {
            let end = quantities[index].end
            let next = index + 1 < quantities.count ? quantities[index + 1].start : words.sentence.upperBound
            guard Self.completesPlan(words.window(end, min(next, clauseOf(quantities[index].start).upperBound))) else { continue }
            drafts[index].role = .comparison(.periodValue)
            drafts[index].qualifiers.append(.asOf(Self.monthsLeft))
        }
    }

    /// Whether the words hold a purpose (`để`, `nhằm`), then `hoàn thành` or `đạt`, then the plan's name;
    /// or say the figure is what is left (`xuống giống dứt điểm 1.250 ha lúa Thu Đông còn lại`).
    private static func completesPlan(_ after: ArraySlice<FoldedWord>) -> Bool {
        if let left = after.firstIndex(of: .con), left + 1 < after.endIndex, after[left + 1] == lai { return true }
        guard let purpose = after.firstIndex(where: { $0 == .de || $0 == .nham }) else { return false }
        var rest = after[(purpose + 1)...]
        if rest.first == hoan && rest.dropFirst().first == .thanh {
            rest = rest.dropFirst(2)
        } else if rest.first == .dat {
            rest = rest.dropFirst()
        } else {
            return false
        }
        return namesPlan(rest.prefix(2)) || FoldedPhrase.duToan.occurs(in: rest.prefix(2))
    }

    private static var hoan: FoldedWord { "hoan" }
    private static var lai: FoldedWord { "lai" }
    /// What the figure is of, as its qualifier says.
    private static let monthsLeft = "trong các tháng còn lại"
}
