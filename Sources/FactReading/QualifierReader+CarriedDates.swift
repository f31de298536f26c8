import Platform
import Facts

/// A date a figure is counted to holds for the figures after it in its
/// sentence that name no time of their own: in `Giải ngân vốn đầu tư công
/// đến ngày 15/12 đạt 54,8 tỷ đồng, bằng 89,3% kế hoạch; vốn các chương
/// trình mục tiêu quốc gia giải ngân 6,2 tỷ đồng, đạt 68,5%`, the
/// programmes' figure is counted to 15/12 too. In a report on the year such
/// a figure is still in progress, not below the plan.
extension QualifierReader {
    /// Gives each primary after a figure dated by its lead (`đến ngày 15/12`,
    /// `tính đến 30/11/2026`) that date, up to the first that names a time
    /// of its own between: a date, a span or a year (`ước đến 31/12 đạt 95%`,
    /// `năm 2025 …`), the whole year (`cả năm`, `hết năm`, `hết niên độ`), a
    /// projection (`dự kiến`), an estimate (`ước thực hiện …`) or last year
    /// (`cùng kỳ năm trước đạt 28,9%`).
    func carryDates(_ quantities: UnsafeBufferPointer<ScannedQuantity>, references: ArraySlice<ScannedReference>,
                    words: borrowing SentenceWords, into drafts: inout [Draft]) {
        guard references.contains(where: { $0.kind == .date }),
              let dated = drafts.indices.first(where: { drafts[$0].role == .primary && Self.dateCountedTo(drafts[$0]) != nil }),
              let date = Self.dateCountedTo(drafts[dated]) else { return }
        var lastEnd = quantities[dated].end
        for index in (dated + 1)..<drafts.count {
            let start = quantities[index].start
            defer { lastEnd = max(lastEnd, quantities[index].end) }
            guard drafts[index].role == .primary, drafts[index].qualifies == nil else { continue }
            let between = words.window(lastEnd, start)
            if references.contains(where: { $0.start >= lastEnd && $0.start < start })
                || has(between, .caNam) || has(between, .hetNam) || has(between, .hetNienDo) || has(between, .duKien)
                || has(between, .cungKy) || between.contains(.ck) || between.contains(.cknt)
                || drafts[index].qualifiers.contains(where: { $0 == .estimate || $0.kind == "asOf" }) { return }
            drafts[index].qualifiers.append(.asOf(date))
        }
    }

    /// The date a draft is counted to, as written (`15/12`, `ngày 30/11/2026`),
    /// if its lead gave one (``Qualifier/countedDay``); not a span (`trong 10 tháng`) nor a year.
    private static func dateCountedTo(_ draft: Draft) -> String? {
        draft.qualifiers.lazy.compactMap(\.countedDay).first
    }
}
