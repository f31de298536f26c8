import Platform

/// Names listed before `lần lượt` or `tương ứng` ("respectively") and the
/// numbers after it, which they take in order: in `Kim ngạch xuất khẩu, nhập
/// khẩu lần lượt đạt 412 triệu USD và 286 triệu USD` the imports are the
/// second figure, not the first one after their name. The list runs from its
/// clause's start (after a `;` or a label's `:`) to the marker, its items
/// parted by `,` and `và`; the figures are those after the marker in the
/// clause that qualify no other and are what the first of them is (levels,
/// or changes: `…, tăng tương ứng 9,5% và 3,1%` after two levels is another list).
struct RespectiveList {
    /// Where each item of the list ends (the last at `lần lượt`), in the folded sentence's bytes.
    private let itemEnds: [Int]
    /// Where the list starts and where `lần lượt` stands.
    private let start: Int, marker: Range<Int>
    /// The figures the items take, in order, by where they start.
    private let figureStarts: [Int]

    /// `lần lượt` and `tương ứng`, folded.
    static let markers = [Array("lan luot".utf8), Array("tuong ung".utf8)]

    /// The list of the sentence's first `lần lượt` or `tương ứng`, if it has
    /// one; `figures` gives where the sentence's numbers that qualify no other
    /// start, each with whether it is a level (asked only of a sentence with
    /// a marker, as few have one).
    init?(folded bytes: [UInt8], figures: () -> [(start: Int, isLevel: Bool)]) {
        // Each binding of a rule asks: the first of each marker is looked for, and nothing gathered.
        let respectively = PhrasePattern.firstWordOccurrence(of: Self.markers[0], in: bytes)
        let correspondingly = PhrasePattern.firstWordOccurrence(of: Self.markers[1], in: bytes)
        guard let at = respectively.map({ min($0, correspondingly ?? $0) }) ?? correspondingly else { return nil }
        marker = at..<(at + (at == respectively ? Self.markers[0] : Self.markers[1]).count)
        var begin = at
        while begin > 0, bytes[begin - 1] != UInt8(ascii: ";"), bytes[begin - 1] != UInt8(ascii: ":") { begin -= 1 }
        start = begin
        var clauseEnd = marker.upperBound
        while clauseEnd < bytes.count, bytes[clauseEnd] != UInt8(ascii: ";") { clauseEnd += 1 }
        let upper = clauseEnd
        let after = figures().filter { $0.start >= at && $0.start < upper }
        figureStarts = after.filter { $0.isLevel == after.first?.isLevel }.map(\.start)
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
        // An item with no word is none: `Kim ngạch xuất, nhập khẩu phục hồi, tương ứng đạt …` ends on a comma.
        var kept: [Int] = []
        for end in ends + [at] {
            let from = kept.last.map { $0 + 1 } ?? begin
            if from < end, bytes[from..<end].contains(where: PhrasePattern.isWordByte) { kept.append(end) }
        }
        itemEnds = kept
        guard itemEnds.count > 1, figureStarts.count > 1 else { return nil }
    }

    /// Whether a name runs over two items or more of a list with a figure for
    /// each item (`xuất khẩu và nhập khẩu … lần lượt … 126,4 … và 48,2 …`): it
    /// names the list, and takes none of its figures. (With more items than
    /// figures, a name's comma is its own: `nông, lâm nghiệp`.)
    func spansItems(_ name: Range<Int>) -> Bool {
        itemEnds.count == figureStarts.count && name.lowerBound >= start && name.upperBound <= marker.lowerBound
            && itemEnds.dropLast().contains { name.lowerBound < $0 && $0 < name.upperBound }
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
