import Platform
import Facts

/// How far a rule's name reaches in its sentence: past a `;` only into a
/// clause that goes on with the same figure (an estimate, what was done
/// against the plan, the report's whole span), and to where a figure moved.
extension SentenceBinding {
    /// How a clause opens on what was done: `ước`, `ƯTH`, `TH` (and `thực hiện`).
    private static let doneOpenings = [Array("uoc".utf8), Array("uth".utf8), Array("th".utf8)]

    /// Whether a number after a name is in its reach: no `;` between, unless
    /// the clause it opens is an estimate of the same figure or what was done
    /// against the plan before it (`…; ước cả năm đạt …`, `KH 95%; ƯTH 94,2%`);
    /// nor a clause after a comma that raises a total it names anew (``namesTotal(at:)``).
    func isReachable(from start: Int, to end: Int) -> Bool {
        let bytes = folded.bytes
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: ";"), !opensOnWhatWasDone(index + 1, before: end),
               !opensOnYearDone(index + 1, before: end), !opensOnDeed(index + 1, before: end) { return false }
            if bytes[index] == UInt8(ascii: ","), namesTotal(at: index + 1) { return false }
            index += 1
        }
        return true
    }

    /// Whether the clause at `index` raises a total it names anew: `nâng tổng
    /// số xã đạt chuẩn nông thôn mới lên 14 xã` counts what its own words say,
    /// not what a name before the comma does (`Có thêm 2 xã đạt chuẩn nông
    /// thôn mới nâng cao, …`: not all fourteen are advanced). `nâng tổng số lên
    /// 74 xã` names nothing anew, nor does a span of time (`nâng tổng số 9
    /// tháng lên 284 lao động`, `từ đầu năm`, `cả năm`, `lũy kế`), and the
    /// name before it reaches its total.
    private func namesTotal(at index: Int) -> Bool {
        let bytes = folded.bytes
        var cursor = index
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
        guard bytes.count - cursor > Self.raisingTotal.count + 4,
              bytes[cursor..<(cursor + Self.raisingTotal.count)].elementsEqual(Self.raisingTotal) else { return false }
        let rest = bytes[(cursor + Self.raisingTotal.count)...]
        guard let first = rest.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return !Self.namingNothing.contains { rest.starts(with: $0) }
    }

    /// Whether the item a comma opens before `start`, after `lower`, names a rate anew: `tỷ lệ` and its
    /// subject (`…, tỷ lệ che phủ rừng 88,5%`), whose figure no name before the comma reaches past its own
    /// figure. `tỷ lệ` alone, or with its verb (`…, tỷ lệ 0,21%`, `…, tỷ lệ đạt 87,9%`), is the rate of what
    /// the item before names.
    func opensOnRate(itemBefore start: Int, after lower: Int) -> Bool {
        let bytes = folded.bytes
        guard let comma = bytes[lower..<start].lastIndex(of: UInt8(ascii: ",")) else { return false }
        var cursor = comma + 1
        while cursor < start, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
        guard bytes[cursor..<start].starts(with: Self.rateOpening),
              let words = gapWords((cursor + Self.rateOpening.count)..<start) else { return false }
        return words.contains { !Self.rateVerbs.contains($0) }
    }

    /// `tỉ lệ `, folded (`tỷ` is spelt `ti`, as the genre writes it both ways).
    private static let rateOpening = Array("ti le ".utf8)
    /// Words between `tỷ lệ` and its figure that name no subject: its verb, a word of approximation.
    private static let rateVerbs: Set<String> = ["dat", "la", "bang", "chiem", "uoc", "khoang", "tren", "gan", "hon", "con"]

    private static let raisingTotal = Array("nang tong so ".utf8)
    /// Words after `nâng tổng số` that name no count: `lên`, and a span of time.
    private static let namingNothing = [Array("len ".utf8), Array("tu ".utf8), Array("ca ".utf8), Array("luy ".utf8),
                                        Array("trong ".utf8), Array("den ".utf8)]

    /// The figure of the sentence `number` moved from (`từ 18,4%` of `giảm từ 18,4% xuống 17,1%`, the
    /// year's start of its end: `Đầu năm có 96 hộ nghèo, …; cuối năm còn 41 hộ`), if any.
    func figureMovedFrom(_ number: Number, among all: [Number]) -> Number? {
        for case .comparison(let kind, _, _, _, let id) in facts[number.index].qualifiers where kind == .previousValue || kind == .earlierValue {
            return all.first { facts[$0.index].id == id && $0.start < number.start }
        }
        return nil
    }

    /// The figure of the sentence a change on last year or a share of plan qualifies (`2.000 tỷ đồng` of
    /// `tổng mức bán lẻ … ước đạt 2.000 tỷ đồng, tăng 10%`; `6,2 tỷ đồng` of `vốn các chương trình mục tiêu
    /// quốc gia giải ngân 6,2 tỷ đồng, đạt 68,5%`), if it stands before the change or share.
    func figureChanged(by number: Number, among all: [Number]) -> Number? {
        guard facts[number.index].role == .comparison(.changeOnPrevious) || facts[number.index].role.isPlanShare,
              let id = facts[number.index].qualifies else { return nil }
        return all.first { facts[$0.index].id == id && $0.start < number.start }
    }

    /// Where the bracket closes that holds `name` as one of its items, if one does: `9 trường (3 mầm non, 3 tiểu
    /// học, 2 trung học cơ sở) với 4.380 học sinh` — `tiểu học` names none of the pupils after it. A bracket
    /// holding the name alone glosses what stands before it (`Tổng sản phẩm trên địa bàn (GRDP) tăng 7,6%`) and
    /// reaches on: nil, as for a name in no bracket (a bracket within a bracket is not looked into).
    func listedBracketEnd(of name: Range<Int>) -> Int? {
        folded.bytes.withUnsafeBufferPointer { bytes in
            let (open, close) = (UInt8(ascii: "("), UInt8(ascii: ")"))
            // Most names stand in no bracket: one search back for an opening one rules them out.
            guard let opening = ByteSearch.lastIndex(of: open, in: bytes, from: 0, to: name.lowerBound),
                  ByteSearch.firstIndex(of: close, in: bytes, from: opening, to: name.lowerBound) == nil,
                  let closing = ByteSearch.firstIndex(of: close, in: bytes, from: name.upperBound, to: bytes.count),
                  ByteSearch.firstIndex(of: open, in: bytes, from: name.upperBound, to: closing) == nil
            else { return nil }
            return Self.wordCount(folded.bytes[(opening + 1)..<closing]) > wordCount(name) ? closing : nil
        }
    }

    /// Whether `number` is a total raised (`nâng tổng số lên 06 xóm`) by a figure standing before `name`, its
    /// change on last year (`có thêm 02 xóm đạt chuẩn … kiểu mẫu`).
    func isTotalRaised(_ number: Number, byFigureBefore name: Range<Int>, among all: [Number]) -> Bool {
        facts[number.index].qualifiers.contains { qualifier in
            guard case .comparison(.changeOnPrevious, _, _, _, let id) = qualifier else { return false }
            return all.contains { facts[$0.index].id == id && $0.start < name.lowerBound }
        }
    }

    /// Whether `number` is what a figure in the name's reach moved to, past a
    /// `;` (`Tỷ lệ hộ nghèo năm 2024 là 3,2%; năm 2025 còn 2,4%`), or what was
    /// done against a target stated there (`phấn đấu thu ngân sách 180 tỷ đồng;
    /// kết quả thu được 171 tỷ đồng`): the name names both.
    func movedFrom(_ number: Number, within name: Range<Int>, among all: [Number]) -> Bool {
        for case .comparison(let kind, _, _, _, let id) in facts[number.index].qualifiers
        where kind == .previousValue || kind == .earlierValue || kind == .target {
            guard let from = all.first(where: { facts[$0.index].id == id }), from.start >= name.upperBound, from.start < number.start else { continue }
            return isReachable(from: name.upperBound, to: from.start)
        }
        return false
    }

    /// Whether the clause at `start` opens on an estimate or what was done (`ước`, `ƯTH`, `TH`, `thực
    /// hiện`), or on the report's whole span (`tính chung`, `lũy kế`, `10 tháng`).
    func opensOnWhatWasDone(_ start: Int, before end: Int) -> Bool {
        let bytes = folded.bytes
        func word(from index: Int) -> Range<Int> { self.word(from: index, before: end) }
        let first = word(from: start)
        if Self.doneOpenings.contains(where: { bytes[first].elementsEqual($0) }) { return true }
        let secondRange = word(from: first.upperBound), second = bytes[secondRange]
        // `…; 10 tháng xảy ra 17 vụ`: the report's months after one of them.
        if !first.isEmpty, bytes[first].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
           second.elementsEqual(Self.thang) { return true }
        // `…; dự kiến cả năm đạt …`, `…; dự kiến đến hết năm …`: the year projected, an estimate.
        if bytes[first].elementsEqual(Self.du), second.elementsEqual(Self.kien) {
            let third = bytes[word(from: secondRange.upperBound)]
            return third.elementsEqual(Self.ca) || third.elementsEqual(Self.den)
        }
        // `…; tính chung 7 tháng ước đạt …`, `…; lũy kế 7 tháng …`, `…; cả năm đạt …`: the report's span after one of its parts.
        return Self.twoWordOpenings.contains { $0.0.elementsEqual(bytes[first]) && $0.1.elementsEqual(second) }
    }

    /// Whether the clause at `start` names a year first and then what was done in it: `…; năm 2026 ước
    /// đạt 8,1%`, `…; riêng năm 2026 ước đạt …` after a term's average. The name before reaches it; the
    /// clause does not go on with the figure before (``opensOnWhatWasDone(_:before:)`` alone says so), whose
    /// exclusions (`bình quân giai đoạn 2021-2025`) were of its own span.
    func opensOnYearDone(_ start: Int, before end: Int) -> Bool {
        let bytes = folded.bytes
        var first = word(from: start, before: end)
        if bytes[first].elementsEqual(Self.rieng) { first = word(from: first.upperBound, before: end) }
        guard bytes[first].elementsEqual(Self.nam) else { return false }
        let year = word(from: first.upperBound, before: end)
        guard year.count == 4, bytes[year].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        return opensOnWhatWasDone(year.upperBound, before: end)
    }

    /// Whether the clause at `start` opens on a deed with no subject, perhaps after `đã`: `…; giải ngân
    /// 18,6 tỷ đồng`, `…; đã giải ngân …` goes on with what the clause before gave (the programmes' capital).
    func opensOnDeed(_ start: Int, before end: Int) -> Bool {
        let bytes = folded.bytes
        var first = word(from: start, before: end)
        if bytes[first].elementsEqual(Self.da) { first = word(from: first.upperBound, before: end) }
        let second = word(from: first.upperBound, before: end)
        return !first.isEmpty && Self.deedVerbs.contains { bytes[first.lowerBound..<second.upperBound].elementsEqual($0) }
    }

    /// Whether the phrase at `start`, after a comma, has no subject of its own: it opens on when or that
    /// it was done (`đến nay`, `đến ngày 30/11`, `hiện`, `đã`), or on a name that is a deed's verb
    /// (`giải ngân`), and holds nothing else but the rule's own names (`…, đến nay đã giải ngân 31,2 tỷ
    /// đồng`, `…, giải ngân 51,3 tỷ đồng`). It goes on with the figure before, whose subject it shares.
    /// (A name that is a noun, `…, đàn bò 2.318 con`, is the clause's own subject.)
    func opensSubjectless(_ start: Int, before end: Int, names: [Range<Int>]) -> Bool {
        let bytes = folded.bytes
        var index = start, sawName = false, sawWord = false
        while index < end {
            if bytes[index] == 0x20 || bytes[index] == UInt8(ascii: "/") { index += 1; continue }
            if let name = names.first(where: { $0.lowerBound == index && $0.upperBound <= end }) {
                guard sawWord || Self.deedVerbs.contains(where: { bytes[name].elementsEqual($0) }) else { return false }
                sawName = true
                index = name.upperBound
                continue
            }
            let word = word(from: index, before: end)
            guard !word.isEmpty else { return false }
            let text = bytes[word]
            let allowed = sawWord ? Self.subjectlessWords : Self.subjectlessOpenings
            guard text.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) && sawWord
                    || allowed.contains(where: { text.elementsEqual($0) }) else { return false }
            sawWord = true
            index = word.upperBound
        }
        return sawName
    }

    /// Names that say a deed, not what did it: a clause may open on one with no subject (`giải ngân`).
    private static let deedVerbs = ["giai ngan"].map { Array($0.utf8) }

    /// The words a clause with no subject opens on: `đến`, `hiện`, `đã`, `tính` (`tính đến`).
    private static let subjectlessOpenings = ["den", "hien", "da", "tinh"].map { Array($0.utf8) }
    /// The words such a clause may hold besides the rule's names: when, and that it was done.
    private static let subjectlessWords = subjectlessOpenings + ["nay", "ngay", "het", "thang", "nam", "duoc", "uoc", "dat"]
        .map { Array($0.utf8) }

    /// Whether the phrase at `start` opens on `trong đó` (`…, trong đó trồng mới 86 ha`): a part of the figure before it;
    /// or on `diện tích` (`cưỡng chế thu hồi đất của 3 hộ, diện tích 0,6 ha`): the land of the figure before it.
    func opensOnPart(_ start: Int, before end: Int) -> Bool {
        opens(on: Self.trongDo, start, before: end) || opens(on: Self.dienTich, start, before: end)
    }

    /// Whether the phrase at `start` opens on `trong đó`.
    func opensOnTrongDo(_ start: Int, before end: Int) -> Bool { opens(on: Self.trongDo, start, before: end) }

    private func opens(on words: ([UInt8], [UInt8]), _ start: Int, before end: Int) -> Bool {
        let first = word(from: start, before: end), second = folded.bytes[word(from: first.upperBound, before: end)]
        return folded.bytes[first].elementsEqual(words.0) && second.elementsEqual(words.1)
    }

    /// The folded word at or after `index`, past spaces, before `end` (empty where none stands).
    private func word(from index: Int, before end: Int) -> Range<Int> {
        let bytes = folded.bytes
        var first = index
        while first < end, bytes[first] == 0x20 { first += 1 }
        var last = first
        while last < end, PhrasePattern.isWordByte(bytes[last]) { last += 1 }
        return first..<last
    }

    private static let trongDo = (Array("trong".utf8), Array("do".utf8)), dienTich = (Array("dien".utf8), Array("tich".utf8))

    private static let du = Array("du".utf8), kien = Array("kien".utf8), ca = Array("ca".utf8), den = Array("den".utf8),
                       thang = Array("thang".utf8), nam = Array("nam".utf8), rieng = Array("rieng".utf8),
                       da = Array("da".utf8)

    /// Two-word openings of a clause that goes on with the figure before it: `thực hiện`, and the report's
    /// span after one of its months (`tính chung`, `lũy kế`, `cộng dồn`, `bình quân 5 tháng`, `từ đầu năm`,
    /// `tính từ đầu năm`), or after the year's projection (`cả năm`).
    private static let twoWordOpenings = [("thuc", "hien"), ("tinh", "chung"), ("luy", "ke"), ("ca", "nam"), ("cong", "don"),
                                          ("binh", "quan"), ("tu", "dau"), ("tinh", "tu")]
        .map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Of the figures a name reaches, the first, or a figure in the rule's own
    /// noun that counts the same things in the first's phrase, after a `với`
    /// (`Cấp giấy chứng nhận lần đầu cho 147 trường hợp với 162 giấy chứng
    /// nhận` issued 162 certificates; the cases are another count of them).
    func firstInOwnNoun(_ reachable: [Int], of numbers: [Number]) -> Int? {
        // The bytes between first: most names reach one figure, or two with more than `với` between them.
        guard reachable.count > 1, case .count = rule.rule.unit,
              folded.bytes[numbers[reachable[0]].end..<numbers[reachable[1]].start].elementsEqual(" voi ".utf8),
              !rule.rule.unit.isOwnNoun(facts[numbers[reachable[0]].index].unit), rule.rule.unit.isOwnNoun(facts[numbers[reachable[1]].index].unit)
        else { return reachable.first }
        return reachable[1]
    }
}

extension SentenceBinding {
    /// Whether, after a name's first figure that is excluded, the rule's own
    /// context word reports the next figure not excluded, right before it
    /// (at most one word between): in `Vốn các chương trình mục tiêu quốc gia
    /// được giao 48,6 tỷ đồng, đến 30/11 giải ngân 31,2 tỷ đồng`, the capital
    /// allotted is no part of what the programmes disbursed, and the name goes
    /// on to the figure `giải ngân` reports. The word between may only be a
    /// filler (`giải ngân được`): in `tổng đàn trâu, bò 18.600 con, tổng đàn
    /// lợn 42.800 con`, `đàn` reports the pigs.
    func contextGoesOn(after first: Number, among numbers: [Number], excluded: [Bool]) -> Bool {
        guard !rule.context.isEmpty,
              let later = numbers.indices.first(where: { numbers[$0].start > first.end && !excluded[$0] }) else { return false }
        let window = first.end..<numbers[later].start
        return occurrences(of: rule.context).contains { context in
            guard window.contains(context.lowerBound), context.upperBound <= window.upperBound,
                  let between = gapWords(context.upperBound..<window.upperBound) else { return false }
            return between.isEmpty || between.count == 1 && Self.fillers.contains(between[0])
        }
    }
}
