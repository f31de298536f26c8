import Platform
import Facts

/// The rule's exclusions in a sentence: a name that stands inside one names
/// something else, and a number with one in its phrase is another's.
extension SentenceBinding {
    /// Where the rule's names stand, in order; a name inside one of its
    /// exclusion phrases names something else: `nhập khẩu` in `kim ngạch xuất,
    /// nhập khẩu đạt 96,4 triệu USD`, the comma having cut the phrase a number is excluded by.
    func ownNames() -> [Range<Int>] {
        var names = occurrences(of: rule.names, sectionTitle: sectionTitle)
        if names.count > 1 { names.sort { $0.lowerBound < $1.lowerBound } }
        guard !names.isEmpty, !rule.namingExclusions.isEmpty else { return names }
        let others = occurrences(of: rule.namingExclusions)
        guard !others.isEmpty else { return names }
        return names.filter { name in !others.contains { $0.contains(name.lowerBound) && name.upperBound <= $0.upperBound } }
    }

    /// Whether an exclusion word stands in the number's phrase: from the
    /// `,` `;` or previous number before it to the `,` `;` `(` `)` `:` or next
    /// number or `và` after it (a colon after a number opens its breakdown:
    /// `Có 23 trường đạt chuẩn: mầm non 8 trường, …`). In `công nhận mới 01 trường và công nhận lại
    /// 03 trường`, `công nhận lại` is the second number's, not the first's.
    /// `ands`: where `và` stands in the sentence.
    func isExcluded(_ number: Number, among starts: [Number], ands: [Int], names: [Range<Int>]) -> Bool {
        guard !rule.exclude.isEmpty else { return false }
        let bytes = folded.bytes
        var start = number.start
        // The numbers around, read in place: a filtered copy of them copied their facts.
        var previousEnd = 0, nextStart = bytes.count
        for index in starts.indices {
            if starts[index].end <= number.start { previousEnd = max(previousEnd, starts[index].end) }
            if starts[index].start >= number.end { nextStart = min(nextStart, starts[index].start) }
        }
        var colon: Int?
        // A bracket that closes after the number before, having opened before it, ends that number's phrase
        // (`thu hồi 248,3 ha (đạt 79,4% kế hoạch) của 2.215 hộ`: the plan is the share's, not the households').
        while start > previousEnd, bytes[start - 1] != UInt8(ascii: ";"), bytes[start - 1] != UInt8(ascii: ","),
              bytes[start - 1] != UInt8(ascii: ")") || previousEnd == 0 || bytes[previousEnd..<(start - 1)].contains(UInt8(ascii: "(")) {
            start -= 1
            if colon == nil, bytes[start] == UInt8(ascii: ":") { colon = start }
        }
        // (A `và` inside one of the rule's names, `… được tiếp nhận và giải quyết trực tuyến`, bounds nothing.)
        if let and = ands.first(where: { and in and >= number.end && !names.contains { $0.lowerBound < and && and < $0.upperBound } }) {
            nextStart = min(nextStart, and)
        }
        var end = number.end
        while end < nextStart, !Self.closesPhrase(bytes[end]) { end += 1 }
        // `Giải ngân … đạt 38,6 tỷ đồng; lũy kế đạt 286,2 tỷ đồng`: a clause that goes on with the figure
        // before it is of what that figure is, excluded alike — unless the rule's name follows its number
        // (`công nhận lại 5 trường …; lũy kế có 44/58 trường đạt chuẩn`: the clause says what it counts).
        // So does one after a comma with no subject of its own (`Vốn các chương trình MTQG được giao 48,6 tỷ đồng, đến nay
        // đã giải ngân 31,2 tỷ đồng`), or after a `;` opening on its deed (`…; giải ngân 18,6 tỷ đồng`).
        let goesOnFrom = start > 0
            && (bytes[start - 1] == UInt8(ascii: ";") && (opensOnWhatWasDone(start, before: number.start)
                    || opensOnDeed(start, before: number.start) && opensSubjectless(start, before: number.start, names: names))
                || bytes[start - 1] == UInt8(ascii: ",") && opensSubjectless(start, before: number.start, names: names))
            && !names.contains(where: { $0.lowerBound > number.start && $0.upperBound > number.end && $0.upperBound <= end })
            ? starts.last(where: { $0.end < start }).map(levelCompared(among: starts)).flatMap(otherThan(number)) : nil
        // `Diện tích chè hiện có 1.245 ha, trong đó trồng mới 86 ha`: a part of the figure before it, with none of
        // the rule's names in its own phrase, is of what that figure is, excluded alike.
        let partOf = goesOnFrom == nil && start > 0 && (bytes[start - 1] == UInt8(ascii: ",") || bytes[start - 1] == UInt8(ascii: ";"))
            && opensOnPart(start, before: number.start) && !names.contains(where: { $0.lowerBound >= start && $0.upperBound <= end })
            ? starts.last(where: { $0.end < start }) : nil
        // A label's words are not the phrase's when the rule's name follows it: in `Thu, chi ngân
        // sách: Tổng thu ngân sách … 312,6 tỷ đồng` the revenue is named after the colon, and in
        // `Giảm nghèo: Cuối năm còn 51 hộ nghèo` the households after their number.
        if let colon, names.contains(where: { $0.lowerBound > colon && $0.upperBound <= end }) {
            start = colon + 1
        }
        // `71,3 ha/96,2 ha kế hoạch`: the plan named after a fraction is its whole's, not what the figure is.
        let planEnd = facts[number.index].denominator == nil ? nil : planNamed(after: number.end, before: end)
        let excluded = planEnd.map { isExcluded(start..<number.end) || isExcluded($0..<end) } ?? isExcluded(start..<end)
        // `nhà ở cho 30 hộ (21 hộ nghèo, …)`: a count in its whole's breakdown, named or not, is excluded as the whole is;
        // so is a figure slashed to the one before it (`thực tế phải GPMB 46,3 ha/520 hộ`: that area's households).
        let whole = goesOnFrom ?? partOf ?? wholeCounted(by: number, among: starts)
            ?? figure(before: number, across: UInt8(ascii: "/"), among: starts)
            ?? countRestated(by: number, start: start, among: starts)
        return excluded || whole.map { isExcluded($0, among: starts, ands: ands, names: names) } == true
    }

    /// The figure a change or share qualifies, when it stands among `all` before the change (one said
    /// first qualifies a figure after it), for the number itself otherwise: what a clause after `…, tăng
    /// 6,2% so với quý II;` goes on with is the level the change was of.
    private func levelCompared(among all: [Number]) -> (Number) -> Number {
        { number in facts[number.index].qualifies.flatMap { level in all.first { $0.index == level && $0.end < number.start } } ?? number }
    }

    /// The figure a clause goes on from, unless it is the number's own change
    /// (`Số xã đạt chuẩn … tăng thêm 2 xã, nâng tổng số lên 14/16 xã`): the
    /// change's words (`thêm`) say how the number grew, not what it is.
    private func otherThan(_ number: Number) -> (Number) -> Number? {
        { before in
            let id = facts[before.index].id
            return facts[number.index].qualifiers.contains {
                if case .comparison(let kind, _, _, _, id) = $0 { kind.isChange } else { false }
            } ? nil : before
        }
    }

    /// The count a share restates, right before its comma (`hoàn thành chương trình 1.310/1.312 cháu, đạt
    /// 99,8%`, `3.127 em, tỷ lệ 99,97%`): the share is of what the count is, excluded alike. `start`: where
    /// the share's phrase opens, after the comma; only `đạt`, `tỷ lệ` or `chiếm` stand between.
    private func countRestated(by number: Number, start: Int, among all: [Number]) -> Number? {
        let bytes = folded.bytes
        // The bytes first, the cheapest: most numbers stand after no comma and no such word.
        guard start > 0, bytes[start - 1] == UInt8(ascii: ","), number.start - start <= Self.longestShareWords else { return nil }
        var lower = start, upper = number.start
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        guard Self.shareWords.contains(where: { $0.elementsEqual(bytes[lower..<upper]) }),
              facts[number.index].unit.dimension == .percent, let before = all.last(where: { $0.end < start }),
              restatesCount(bytes[before.end..<(start - 1)]) else { return nil }
        let count = facts[before.index]
        if count.denominator != nil { return before }
        if case .count = count.unit.dimension { return before }
        return nil
    }

    /// Whether what stands between a count and the comma before its share goes on naming the count:
    /// nothing, or a few words (`kích hoạt 38.400 tài khoản định danh điện tử mức độ 2, đạt 82,5%`), no bracket
    /// or punctuation (no figure either: the count is the last before the comma).
    private func restatesCount(_ between: ArraySlice<UInt8>) -> Bool {
        between.allSatisfy { $0 == 0x20 || PhrasePattern.isWordByte($0) } && Self.wordCount(between) <= 8
    }

    /// The words that give a count's share right after it: `đạt`, `tỷ lệ`, `đạt tỷ lệ`, `chiếm`, `chiếm tỷ lệ`.
    private static let shareWords = ["dat", "ty le", "dat ty le", "chiem", "chiem ty le"].map { Array($0.utf8) }
    /// The most bytes the share's words and their spaces take.
    private static let longestShareWords = 16

    /// Whether one of the rule's exclusions stands in `words` of the sentence,
    /// searched in place: their ends are word boundaries, as a copy's were.
    func isExcluded(_ words: Range<Int>) -> Bool {
        folded.bytes.withUnsafeBufferPointer { sentence in
            let phrase = UnsafeBufferPointer(rebasing: sentence[words])
            return rule.exclude.indices.contains { index in
                rule.exclude[index].isFound(in: phrase) { hasMarks(of: index, at: $0.shifted(by: words.lowerBound)) }
            }
        }
    }

    /// Whether a label's topic ends on one of the rule's exclusions (`Công
    /// nghiệp - xây dựng`, `Sản xuất công nghiệp`), so that it is about what
    /// the exclusion names; `Giảm nghèo` is not about a fall.
    func endsOnExclusion(_ topic: Range<Int>) -> Bool {
        folded.bytes.withUnsafeBufferPointer { sentence in
            let words = UnsafeBufferPointer(rebasing: sentence[topic])
            return rule.exclude.indices.contains { index in
                rule.exclude[index].ends(words) { hasMarks(of: index, at: $0.shifted(by: topic.lowerBound)) }
            }
        }
    }

    /// Whether `byte` ends a number's phrase after it: `,` `;` `(` `)` `:`.
    static func closesPhrase(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: ":")
    }
}
