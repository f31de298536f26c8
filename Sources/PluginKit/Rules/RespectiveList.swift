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
    /// Each item that takes a figure, its words without the spaces around them, and where its
    /// figure starts. With more items than figures, items pair with figures from the last (the
    /// first items are a head they share, or names with commas of their own); none with fewer.
    /// Read once with the list, which a sentence's every rule asks.
    let pairedItems: [(words: Range<Int>, figure: Int)]

    /// `lần lượt` and `tương ứng`, folded.
    static let markers = [Array("lan luot".utf8), Array("tuong ung".utf8)]

    /// The list of the sentence's first `lần lượt` or `tương ứng`, if it has
    /// one, or else of levels joined by `và` or a comma alone after names
    /// listed alike (`Xuất khẩu, nhập khẩu ước đạt 126,4 triệu USD và 48,2
    /// triệu USD`: one figure an item, the list's end at the first figure);
    /// `figures` gives where the sentence's numbers that qualify no other
    /// start and end, each with whether it is a level.
    init?(folded bytes: [UInt8], figures: () -> [(start: Int, end: Int, isLevel: Bool)]) {
        // Each binding of a rule asks: the first of each marker is looked for, and nothing gathered.
        let respectively = PhrasePattern.firstWordOccurrence(of: Self.markers[0], in: bytes)
        let correspondingly = PhrasePattern.firstWordOccurrence(of: Self.markers[1], in: bytes)
        let at: Int, listed: [(start: Int, end: Int, isLevel: Bool)]?
        if let found = respectively.map({ min($0, correspondingly ?? $0) }) ?? correspondingly {
            at = found
            marker = at..<(at + (at == respectively ? Self.markers[0] : Self.markers[1]).count)
            listed = nil
        } else {
            // (Levels parted by dashes, `21,3% - 38,6% - 40,1%`, need no comma before them: their names are parted alike.
            // Both are asked of the bytes before the sentence's figures are gathered: most sentences hold neither.)
            let mayList = Self.mayListNames(bytes), mayDash = Self.mayPartFiguresByDashes(bytes)
            guard mayList || mayDash, case let all = figures(),
                  let joined = (mayList ? Self.joinedLevels(all, in: bytes) : nil) ?? (mayDash ? Self.dashedLevels(all, in: bytes) : nil)
            else { return nil }
            at = joined[0].start
            marker = at..<at
            listed = joined
        }
        var begin = at
        while begin > 0, bytes[begin - 1] != UInt8(ascii: ";"), bytes[begin - 1] != UInt8(ascii: ":") { begin -= 1 }
        // Names labelled by a colon of their own, the figures after another (`Cơ cấu kinh tế: nông nghiệp - …
        // - dịch vụ: 21,3% - …`): the list is the label's.
        if begin > 0, bytes[begin - 1] == UInt8(ascii: ":"), !bytes[begin..<at].contains(where: PhrasePattern.isWordByte) {
            begin -= 1
            while begin > 0, bytes[begin - 1] != UInt8(ascii: ";"), bytes[begin - 1] != UInt8(ascii: ":") { begin -= 1 }
        }
        // Names parted by `;` before the marker (`nông, lâm nghiệp và thủy sản; công nghiệp và xây dựng; dịch vụ
        // tăng lần lượt …`): a clause with no digit before a `;` is a name of the list.
        let clauseStart = begin
        if listed == nil { begin = Self.namesBefore(begin, in: bytes) }
        var clauseEnd = marker.upperBound
        while clauseEnd < bytes.count, bytes[clauseEnd] != UInt8(ascii: ";") || Self.figureFollows(clauseEnd, in: bytes) {
            clauseEnd += 1
        }
        let upper = clauseEnd
        let after = listed ?? figures().filter { $0.start >= at && $0.start < upper }
        // The figures of the first's kind, levels or changes.
        let alike = after.filter { $0.isLevel == after.first?.isLevel }
        figureStarts = alike.map(\.start)
        // … only as many names as figures, the last a name alone (`Hoạt động du lịch khởi sắc …; số lượt, doanh thu
        // du lịch tương ứng đạt …` lists two names after a clause of its own).
        if begin < clauseStart, bytes[begin..<at].count(where: { $0 == UInt8(ascii: ";") }) + 1 != figureStarts.count
            || (clauseStart..<at).contains(where: { bytes[$0] == UInt8(ascii: ",") || Self.isAnd(at: $0, in: bytes) }) {
            begin = clauseStart
        }
        // Items end at each comma and each `và` (a whole word) before `lần lượt`; names parted by `;` end there
        // alone, their commas and `và` their own (`nông, lâm nghiệp và thủy sản; …`).
        let and = PhrasePattern.and, bySemicolons = begin < clauseStart
        var ends: [Int] = []
        for index in begin..<at {
            if bytes[index] == UInt8(ascii: ";") || !bySemicolons && bytes[index] == UInt8(ascii: ",") {
                ends.append(index)
            } else if !bySemicolons, index > 0, index + and.count <= at, Self.isAnd(at: index, in: bytes) {
                ends.append(index)
            }
        }
        // An item with no word is none: `Kim ngạch xuất, nhập khẩu phục hồi, tương ứng đạt …` ends on a comma.
        var kept: [Int] = []
        for end in ends + [at] {
            let from = kept.last.map { $0 + 1 } ?? begin
            if from < end, bytes[from..<end].contains(where: PhrasePattern.isWordByte) { kept.append(end) }
        }
        // With no marker, one item more than the figures, ended by a comma, opens the clause and is no name:
        // `Trong năm, xuất khẩu và nhập khẩu đạt 96,4 triệu USD và 41,2 triệu USD`.
        if listed != nil, kept.count == figureStarts.count + 1, bytes[kept[0]] == UInt8(ascii: ",") {
            begin = kept.removeFirst() + 1
        }
        // `nông nghiệp - công nghiệp - dịch vụ tương ứng là 18,4% - 32,1% - 49,5%`: names parted by dashes alone,
        // as many as the figures (a name with a dash of its own, `công nghiệp - xây dựng`, would make more: no list);
        // where the figures too are parted by dashes, a name may hold a comma (`công nghiệp, xây dựng`).
        // (So with no marker, where the figures are parted by dashes: `Tỷ trọng nông nghiệp - công nghiệp, xây dựng - dịch vụ
        // là 21,3% - 38,6% - 40,1%`.)
        let dashedFigures = Self.partedByDashes(alike, in: bytes)
        if listed == nil || dashedFigures, case let dashed = Self.dashEnds(in: bytes, from: begin, to: at), dashed.count + 1 == figureStarts.count,
           kept.count == 1 || dashedFigures {
            kept = dashed + [at]
        }
        start = begin
        itemEnds = kept
        guard itemEnds.count > 1, figureStarts.count > 1 else { return nil }
        // With no marker, only names as many as the figures, and no figure among them, make a list
        // (`làm chết 08 người, bị thương 27 người, hỏng 20 ô tô, 26 mô tô, 03 xe đạp` lists none).
        if listed != nil, itemEnds.count != figureStarts.count
            || bytes[begin..<at].contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return nil }
        pairedItems = Self.pair(itemEnds, with: figureStarts, from: begin, in: bytes)
    }

    /// Whether a clause of the sentence, or a phrase after a figure's comma,
    /// holds a comma or `và` before its first digit, as names listed before
    /// their figures do: asked once of each sentence a rule binds with no
    /// marker, before its figures are gathered.
    private static func mayListNames(_ bytes: [UInt8]) -> Bool {
        var listed = false, seenDigit = false
        for index in bytes.indices {
            let byte = bytes[index]
            // A comma after a figure opens a phrase of its own too (`Trong 9 tháng, xuất khẩu và nhập khẩu đạt …`).
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || seenDigit && byte == UInt8(ascii: ",") {
                listed = false
                seenDigit = false
            } else if seenDigit {
                continue
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if listed { return true }
                seenDigit = true
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "v") && isAnd(at: index, in: bytes) {
                listed = true
            }
        }
        return false
    }

    /// Whether nothing but a dash and spaces stands between each figure and the next (`18,4% - 32,1% - 49,5%`).
    private static func partedByDashes(_ figures: [(start: Int, end: Int, isLevel: Bool)], in bytes: [UInt8]) -> Bool {
        zip(figures, figures.dropFirst()).allSatisfy { first, next in
            first.end <= next.start && bytes[first.end..<next.start].contains(UInt8(ascii: "-"))
                && bytes[first.end..<next.start].allSatisfy { $0 == UInt8(ascii: "-") || $0 == 0x20 }
        }
    }

    /// Where a list whose last name opens at `begin` starts: back past each `;` whose clause before
    /// it (from the `;` or `:` before that) holds words and no digit: a name of the list, not a
    /// clause of its own with its figure.
    private static func namesBefore(_ begin: Int, in bytes: [UInt8]) -> Int {
        var start = begin
        while start > 0, bytes[start - 1] == UInt8(ascii: ";") {
            var previous = start - 1
            while previous > 0, bytes[previous - 1] != UInt8(ascii: ";"), bytes[previous - 1] != UInt8(ascii: ":") {
                if bytes[previous - 1] >= UInt8(ascii: "0") && bytes[previous - 1] <= UInt8(ascii: "9") { return start }
                previous -= 1
            }
            guard previous < start - 1, bytes[previous..<(start - 1)].contains(where: PhrasePattern.isWordByte) else { return start }
            start = previous
        }
        return start
    }

    /// Whether a figure follows the `;` at `index`, spaces alone between: figures of a list parted by
    /// semicolons (`lần lượt là 3,2%; 9,8%; 7,6%`) are one clause.
    private static func figureFollows(_ index: Int, in bytes: [UInt8]) -> Bool {
        var next = index + 1
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        return next < bytes.count && bytes[next] >= UInt8(ascii: "0") && bytes[next] <= UInt8(ascii: "9")
    }

    /// Where each ` - ` (a dash with a space either side) stands in `bytes[from..<to]`.
    private static func dashEnds(in bytes: [UInt8], from: Int, to: Int) -> [Int] {
        guard to - from > 2 else { return [] }
        return ((from + 1)..<(to - 1)).filter {
            bytes[$0] == UInt8(ascii: "-") && bytes[$0 - 1] == 0x20 && bytes[$0 + 1] == 0x20
        }
    }

    /// Whether `và` stands at `index` as a whole word: no letter or digit right before or after it.
    private static func isAnd(at index: Int, in bytes: [UInt8]) -> Bool {
        let and = PhrasePattern.and, end = index + and.count
        return end <= bytes.count && bytes[index..<end].elementsEqual(and)
            && (index == 0 || !PhrasePattern.isWordByte(bytes[index - 1]))
            && (end == bytes.count || !PhrasePattern.isWordByte(bytes[end]))
    }

    /// The first run of two levels or more joined by `và` or a comma alone
    /// (`126,4 triệu USD và 48,2 triệu USD`), within one clause; nil if none.
    private static func joinedLevels(_ figures: [(start: Int, end: Int, isLevel: Bool)],
                                     in bytes: [UInt8]) -> [(start: Int, end: Int, isLevel: Bool)]? {
        firstRun(of: figures) { joins(bytes[$0.end..<$1.start]) }
    }

    /// The first run of two levels or more parted by nothing but a dash (`21,3% - 38,6% - 40,1%`); nil if none.
    private static func dashedLevels(_ figures: [(start: Int, end: Int, isLevel: Bool)],
                                     in bytes: [UInt8]) -> [(start: Int, end: Int, isLevel: Bool)]? {
        firstRun(of: figures) { partedByDashes([$0, $1], in: bytes) }
    }

    /// The first run of two levels or more, each joined to the one before as `joined` says; nil if none.
    private static func firstRun(of figures: [(start: Int, end: Int, isLevel: Bool)],
                                 joined: ((start: Int, end: Int, isLevel: Bool), (start: Int, end: Int, isLevel: Bool)) -> Bool)
        -> [(start: Int, end: Int, isLevel: Bool)]? {
        var run: [(start: Int, end: Int, isLevel: Bool)] = []
        for figure in figures {
            if let last = run.last, figure.isLevel, joined(last, figure) {
                run.append(figure)
                continue
            }
            if run.count > 1 { return run }
            run = figure.isLevel ? [figure] : []
        }
        return run.count > 1 ? run : nil
    }

    /// Whether a dash stands between a digit or `%` and a digit, spaces alone around it (`21,3% - 38,6%`).
    /// (The dashes found by `memchr`: a rule's binding asks it of every sentence with no list.)
    private static func mayPartFiguresByDashes(_ bytes: [UInt8]) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var found = false
        bytes.withUnsafeBufferPointer { text in dash.withUnsafeBufferPointer { dash in
            ByteSearch.forEachStart(of: dash, in: text, from: 0) { at in
                var before = at - 1, after = at + 1
                while before >= 0, text[before] == 0x20 { before -= 1 }
                while after < text.count, text[after] == 0x20 { after += 1 }
                found = before >= 0 && after < text.count && isDigit(text[after])
                    && (isDigit(text[before]) || text[before] == UInt8(ascii: "%"))
                return !found
            }
        } }
        return found
    }

    private static let dash: [UInt8] = [UInt8(ascii: "-")]

    /// Whether the bytes between two figures are `và` or a comma alone, with spaces. (Trimmed in place:
    /// splitting the bytes into words allocated for each pair of figures.)
    private static func joins(_ between: ArraySlice<UInt8>) -> Bool {
        var lower = between.startIndex, upper = between.endIndex
        while lower < upper, between[lower] == 0x20 { lower += 1 }
        while upper > lower, between[upper - 1] == 0x20 { upper -= 1 }
        let word = between[lower..<upper]
        return word.elementsEqual(PhrasePattern.and) || word.count == 1 && word.first == UInt8(ascii: ",")
    }

    /// Whether the sentence has `lần lượt` or `tương ứng`: a list may stand there with no name of a rule
    /// in it whole (``SentenceBinding/elidedItems(in:)``).
    static func isMarked(_ bytes: [UInt8]) -> Bool {
        markers.contains { PhrasePattern.firstWordOccurrence(of: $0, in: bytes) != nil }
    }

    /// Where the item whose figure starts at `start` ends, if one does: a topic is read there
    /// (``SentenceBinding/Topics``).
    func itemEnd(ofFigureAt start: Int) -> Int? {
        guard let index = figureStarts.firstIndex(of: start) else { return nil }
        // With more items than figures, figures pair with items from the last.
        let item = itemEnds.count - figureStarts.count + index
        return itemEnds.indices.contains(item) ? itemEnds[item] : nil
    }

    /// The items of ``pairedItems``: those ending at `itemEnds` from `start`, paired with `figureStarts`.
    private static func pair(_ itemEnds: [Int], with figureStarts: [Int], from start: Int,
                             in bytes: [UInt8]) -> [(words: Range<Int>, figure: Int)] {
        guard itemEnds.count >= figureStarts.count else { return [] }
        let unpaired = itemEnds.count - figureStarts.count
        var lower = unpaired == 0 ? start : past(itemEnds[unpaired - 1], in: bytes)
        var items: [(words: Range<Int>, figure: Int)] = []
        items.reserveCapacity(figureStarts.count)
        for (index, end) in itemEnds.enumerated().dropFirst(unpaired) {
            var from = lower, to = end
            while from < to, bytes[from] == 0x20 { from += 1 }
            while to > from, bytes[to - 1] == 0x20 { to -= 1 }
            items.append((from..<to, figureStarts[index - unpaired]))
            lower = past(end, in: bytes)
        }
        return items
    }

    /// Where the next item starts after an item's end: past the comma, or past `và`.
    private static func past(_ end: Int, in bytes: [UInt8]) -> Int {
        end < bytes.count && bytes[end] == UInt8(ascii: ",") ? end + 1 : end + PhrasePattern.and.count
    }

    /// Whether `name` stands in the items before those that take a figure, where the items
    /// outnumber the figures: a head the figures' items share (`Tỷ lệ chất thải rắn sinh hoạt
    /// được thu gom, xử lý ở đô thị và nông thôn tương ứng đạt 97,5% và 80,2%`).
    func isSharedHead(_ name: Range<Int>) -> Bool {
        let unpaired = itemEnds.count - figureStarts.count
        return unpaired > 0 && name.lowerBound >= start && name.upperBound <= itemEnds[unpaired - 1]
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
