import Platform
import Facts

/// A clause that opens on the span counted from the year's start says so of
/// every figure in it, not of its first alone: `…; từ đầu năm đến nay xảy ra 6
/// vụ, làm chết 3 người`, `lũy kế 11 tháng thu 14,6 tỷ đồng, chi 12,1 tỷ
/// đồng`. In a month's report the month's figures and the year's so far stand
/// side by side, and each must say which it is.
extension QualifierReader {
    /// Marks `cumulative` each primary after the first figure of a clause
    /// when that first figure is (its lead said `lũy kế` or `từ đầu năm`: ``readContext``).
    func markCumulativeClauses(_ quantities: UnsafeBufferPointer<ScannedQuantity>, clauseOf: (Int) -> Range<Int>,
                               into drafts: inout [Draft]) {
        var index = 0
        while index < drafts.count {
            defer { index += 1 }
            guard drafts[index].qualifiers.contains(.cumulative) else { continue }
            let clause = clauseOf(quantities[index].start)
            // The first figure of its clause: the span is said of the clause, not of one item in it.
            guard !(0..<index).contains(where: { quantities[$0].start >= clause.lowerBound }) else { continue }
            var next = index + 1
            while next < drafts.count, quantities[next].start < clause.upperBound {
                if drafts[next].role == .primary, !drafts[next].qualifiers.contains(.cumulative) {
                    drafts[next].qualifiers.append(.cumulative)
                }
                next += 1
            }
            index = next - 1
        }
    }
}
