import Platform

/// Names listed before `lần lượt` ("respectively") and the numbers after it,
/// which they take in order: in `Kim ngạch xuất khẩu, nhập khẩu lần lượt đạt
/// 412 triệu USD và 286 triệu USD` the imports are the second figure, not the
/// first one after their name. The list runs from its clause's start (after a
/// `;` or a label's `:`) to `lần lượt`, its items parted by `,` and `và`; the
/// figures are those after `lần lượt` in the clause that qualify no other.
struct RespectiveList {
    /// Where each item of the list ends (the last at `lần lượt`), in the folded sentence's bytes.
    private let itemEnds: [Int]
    /// Where the list starts and where `lần lượt` stands.
    private let start: Int, marker: Range<Int>
    /// The figures the items take, in order, by where they start.
    private let figureStarts: [Int]

    /// `lần lượt`, folded.
    static let marker = Array("lan luot".utf8)

    /// The list of the sentence's first `lần lượt`, if it has one; `figures`
    /// gives where the sentence's numbers that qualify no other start (asked
    /// only of a sentence with `lần lượt`, as few have one).
    init?(folded bytes: [UInt8], figures: () -> [Int]) {
        guard let at = PhrasePattern.wordOccurrences(of: Self.marker, in: bytes).first else { return nil }
        marker = at..<(at + Self.marker.count)
        var begin = at
        while begin > 0, bytes[begin - 1] != UInt8(ascii: ";"), bytes[begin - 1] != UInt8(ascii: ":") { begin -= 1 }
        start = begin
        var clauseEnd = marker.upperBound
        while clauseEnd < bytes.count, bytes[clauseEnd] != UInt8(ascii: ";") { clauseEnd += 1 }
        let upper = clauseEnd
        figureStarts = figures().filter { $0 >= at && $0 < upper }
        // Items end at each comma and each `và` (a whole word) before `lần lượt`.
        let and = PhrasePattern.and
        var ends: [Int] = []
        for index in begin..<at {
            if bytes[index] == UInt8(ascii: ",") {
                ends.append(index)
            } else if index + and.count <= at, bytes[index..<(index + and.count)].elementsEqual(and),
                      index > 0, !PhrasePattern.isWordByte(bytes[index - 1]), !PhrasePattern.isWordByte(bytes[index + and.count]) {
                ends.append(index)
            }
        }
        itemEnds = ends + [at]
        guard itemEnds.count > 1, figureStarts.count > 1 else { return nil }
    }

    /// Where the figure a name takes starts, and the name's item (whose words,
    /// not the figure's phrase, say what it excludes), or nil when the name is not in
    /// the list or the list and its figures do not pair up. A name that runs
    /// past `lần lượt` (`dịch vụ … tăng`) is placed by its start; one before
    /// it, by its end, so that `nông, lâm nghiệp` is one item. With more
    /// items than figures, items pair with figures from the last: the extra
    /// commas stand inside the first names.
    func figure(for name: Range<Int>) -> (start: Int, item: Range<Int>)? {
        guard name.lowerBound >= start, name.lowerBound < marker.lowerBound else { return nil }
        let point = name.upperBound > marker.lowerBound ? name.lowerBound : name.upperBound - 1
        guard let item = itemEnds.firstIndex(where: { point < $0 }) else { return nil }
        let words = (item == 0 ? start : itemEnds[item - 1] + 1)..<itemEnds[item]
        let items = itemEnds.count, figures = figureStarts.count
        if items == figures { return (figureStarts[item], words) }
        guard items > figures, items - 1 - item < figures else { return nil }
        return (figureStarts[figures - 1 - (items - 1 - item)], words)
    }
}
