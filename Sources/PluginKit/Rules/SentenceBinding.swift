import Platform
import Report
import Facts

/// Which number of one sentence a rule names, if any. A number is bound to
/// the rule's words in one of three ways, the first two before the third:
///
/// - a name right after it (`126 doanh nghiệp thành lập mới`, `03 người
///   chết`): the name starts after the number's digits, inside or after its
///   unit, with no punctuation and a few words at most between;
/// - a verb right before it (`đón 2,1 triệu lượt khách`, `thu hồi 12,6ha`),
///   with only filler words (`được`, `khoảng`, `ước đạt` …) between;
/// - a name before it in its clause (`Doanh thu du lịch ước đạt 1.210 tỷ
///   đồng`): the first number of the rule's unit after the name, not across
///   a `;` unless the next clause is the estimate of the same figure
///   (`…; ước cả năm đạt …`) or its total over the report's span after one
///   of its months (`…; tính chung 7 tháng …`), or the name heads a list
///   item (`Trường chuẩn quốc gia: …; tổng số 44 trường`).
///
/// A number is never the rule's when one of its exclusion words stands in
/// its phrase, between the punctuation or numbers around it (and after a
/// label's colon when the rule's name stands after it); and a name whose
/// first number is so excluded binds none after it, which are that number's
/// parts (`… trên địa bàn 4.860 tỷ đồng, trong đó vốn ngân sách 1.120 tỷ
/// đồng`), unless the name labels a list.
struct SentenceBinding {
    let rule: CompiledRule
    let folded: FoldedText
    let facts: ArraySlice<Fact>
    let sought: Sought
    /// Where the sentence's numbers are kept once found, and the sentence's group there; nil finds them each time.
    var numbersKept: (numbers: Memo<Int, [Number]>, group: Int)?
    /// The report covers part of a year: a figure for the whole year (`ước cả năm đạt 72 tỷ đồng`)
    /// is a projection beside the period's own, not its value.
    var partYear = false
    /// The title of the sentence's section, folded, without its numbering: a name with a colon
    /// stands in a sentence of a section its label titles (``PhrasePattern/occurrences(in:sectionTitle:)``).
    var sectionTitle: [UInt8]?
    /// Where the sentence's scalars are kept once read for comparing an exclusion's marks (``hasMarks(of:at:)``),
    /// under the group of `numbersKept`; nil reads them each time.
    var scalarsKept: Memo<Int, [Unicode.Scalar]>?
    /// Where the sentence's list of names and figures is kept once read, under the group of `numbersKept`.
    var listsKept: Memo<Int, RespectiveList?>?

    /// A number of the sentence, where it stands in the folded text.
    struct Number {
        var fact: Fact
        /// Where the number starts, where its digits end, where its unit ends.
        var start: Int, digitsEnd: Int, end: Int
    }

    /// Filler words between a verb and its number: `thu hồi được khoảng 12 ha`, `thu hút từ 4 - 6 dự án`.
    static let fillers: Set<String> = ["duoc", "khoang", "tren", "gan", "hon", "uoc", "dat", "la", "co", "moi", "them", "tong",
                                       "so", "cho", "toi", "xap", "xi", "len", "den", "cong", "tat", "ca", "gom", "voi", "thuc", "hien",
                                       "va", "da", "tiep", "nhan", "nam", "thang", "tu"]

    /// The number the rule names in this sentence; among several, a direct
    /// binding (name after, verb before) first, then a name before. Of two
    /// numbers as close to their words, the one named more exactly wins: in
    /// `cấp 2.146 giấy chứng nhận (trong đó cấp lần đầu 612 giấy)` the first
    /// issues are the 612 that `cấp lần đầu` names, not what `cấp` names.
    func match() -> Fact? {
        // A sentence with no number the rule could take is passed over before its words are searched.
        guard facts.contains(where: { accepts($0.unit) && isEligible($0) }) else { return nil }
        let allNames = ownNames()
        let verbs = rule.verbs.flatMap { $0.occurrences(in: folded) }
        guard !allNames.isEmpty || !verbs.isEmpty || RespectiveList.isMarked(folded.bytes) else { return nil }
        let topics = Topics(rule: rule, folded: folded)
        let all = numbersKept.map { kept in kept.numbers.value(for: kept.group, positions) } ?? positions()
        // `xuất khẩu, nhập khẩu lần lượt đạt 412 … và 286 …`: a listed name takes its figure in order.
        let list = {
            RespectiveList(folded: folded.bytes) { all.filter { $0.fact.qualifies == nil }.map { ($0.start, $0.end, $0.fact.role == .primary) } }
        }
        let listed = { numbersKept.flatMap { kept in listsKept.map { $0.value(for: kept.group, list) } } ?? list() }
        let numbers = all.filter {
            accepts($0.fact.unit) && isEligible($0.fact) && topics.allows($0.start, listed: listed)
                && !(partYear && isWholeYear($0))
                && !(sought == .changes && rule.rule.unit == .percent && itemNamesCount(before: $0.start, among: all))
        }
        guard !numbers.isEmpty else { return nil }
        // A count's change in percent alone is named by a phrase, not by one word: in `thuế sản phẩm trừ trợ cấp
        // sản phẩm tăng 7,4%`, `cấp` (of signatures issued) names nothing that rose.
        let names = sought == .changes && rule.rule.unit.isCount && numbers.allSatisfy({ $0.fact.unit.dimension == .percent })
            ? allNames.filter { folded.bytes[$0].contains(0x20) } : allNames
        // Each number's closest binding, in words between; the closest number wins, then the
        // longer name or verb that holds the other (`cấp lần đầu` over `cấp`), then the first of
        // equals: in `02 vụ cháy (01 vụ cháy nhà, 01 vụ cháy rừng)`, `cháy rừng` names a part.
        var best: (fact: Fact, distance: Int, words: Range<Int>)?
        func consider(_ fact: Fact, _ distance: Int, by words: Range<Int>) {
            guard let current = best else { best = (fact, distance, words); return }
            if distance < current.distance || distance == current.distance && words.count > current.words.count
                && holds(words, current.words) {
                best = (fact, distance, words)
            }
        }
        let position = rule.rule.position
        // Each number's exclusion, once: both bindings below ask it, and the `và` that bounds a phrase is found once.
        let ands = rule.exclude.isEmpty ? [] : PhrasePattern.wordOccurrences(of: PhrasePattern.and, in: folded.bytes)
        // `Công nghiệp - xây dựng: Giá trị sản xuất … tăng 14,2%`: a label whose every topic the rule
        // excludes says the figures after it are another's (`Thu, chi ngân sách:` names the revenue too).
        let labelled = rule.exclude.isEmpty ? nil : folded.bytes.withUnsafeBufferPointer { SentenceLabel($0) }
        let labelEnd = labelled.flatMap { label in label.topics.allSatisfy { endsOnExclusion($0) } ? label.end : nil }
        // A figure moved to is excluded as the one it moved from is (`thấp còi giảm từ 18,4% xuống 17,1%`), and a
        // change or a share of plan as the figure it qualifies (`Thương mại - dịch vụ: tổng mức bán lẻ … 2.000 tỷ
        // đồng, tăng 10%`).
        let excluded = numbers.map { number in
            labelEnd.map { number.start >= $0 } == true || isExcluded(number, among: all, ands: ands, names: names)
                || !rule.exclude.isEmpty
                && (figureMovedFrom(number, among: all) ?? figureChanged(by: number, among: all))
                    .map { isExcluded($0, among: all, ands: ands, names: names) } == true
        }
        // A change (`giảm 2,1%`) is no level: never bound, and a name before it binds nothing further on.
        let isChange = numbers.map { sought == .values && !rule.rule.takesChanges && followsChangeVerb($0.start) }
        // A name right after a number names that number, not one past a comma further on
        // (`8 sản phẩm … OCOP đạt 3 sao, 02 sản phẩm đạt 4 sao`).
        var namesAfter: [Range<Int>] = []
        for ((number, isOut), change) in zip(zip(numbers, excluded), isChange) {
            if isOut || change { continue }
            if position != .before {
                // A name right after the figure this one moved from names both (`Đầu năm có 96 hộ nghèo, …; cuối
                // năm còn 41 hộ`), as a name before them does (``movedFrom(_:within:among:)``).
                let from = number.fact.qualifiers.isEmpty ? nil : figureMovedFrom(number, among: all)
                for name in names {
                    if let distance = distanceAfter(name, number) ?? from.flatMap({ distanceAfter(name, $0) })
                        ?? distanceAfterList(name, number, among: all) {
                        consider(number.fact, distance, by: name)
                        namesAfter.append(name)
                    }
                }
            }
            // A verb stands right before its number whatever `position` says of names.
            for verb in verbs {
                if let distance = distanceFromVerb(verb, number) { consider(number.fact, distance, by: verb) }
            }
            // So does a name of a rule that names after, as a list's label (`(khiếu nại 6 đơn, tố cáo 3 đơn)`).
            if position == .after {
                for name in names where isLabel(name, of: number) { consider(number.fact, 0, by: name) }
            }
        }
        let respective = listed()
        // Few sentences hold a change standing alone: asked once, not for each name.
        let mayHaveChangeAlone = sought == .values && !rule.rule.takesChanges && facts.contains(where: SentenceBinding.isChangeAlone)
        if position != .after {
            for name in names {
                if let respective, respective.spansItems(name) { continue }
                if let respective, let (at, item) = respective.figure(for: name) {
                    if let index = numbers.firstIndex(where: { $0.start == at }) {
                        if !isChange[index], !isExcluded(item) { consider(numbers[index].fact, 0, by: name) }
                    } else if let shared = sharedTailFigure(of: name, in: respective, among: numbers),
                              let index = numbers.firstIndex(where: { $0.start == shared }), !isChange[index] {
                        consider(numbers[index].fact, 0, by: name)
                    }
                    continue
                }
                // A head the listed items share names the one figure whose item the rule does not exclude.
                if let respective, !rule.exclude.isEmpty, respective.isSharedHead(name),
                   case let open = respective.pairedItems.filter({ !isExcluded($0.words) }), open.count == 1,
                   let index = numbers.firstIndex(where: { $0.start == open[0].figure }) {
                    if !isChange[index] { consider(numbers[index].fact, 0, by: name) }
                    continue
                }
                let leadIn = isLeadIn(name)
                let following = numbers.indices.filter { index in
                    numbers[index].start >= name.upperBound
                        && (leadIn || isReachable(from: name.upperBound, to: numbers[index].start)
                            || movedFrom(numbers[index], within: name, among: all))
                }
                // A name whose first figure is another's (`Tổng vốn đầu tư phát triển trên địa bàn 4.860 tỷ đồng,
                // trong đó vốn ngân sách 1.120 tỷ đồng`) names that, and the figures after it are its parts;
                // not a label's (`Trường chuẩn quốc gia: công nhận mới 03 trường, …; tổng số 44 trường`).
                if let first = following.first {
                    let colon = folded.bytes[name.upperBound..<numbers[first].start].firstIndex(of: UInt8(ascii: ":"))
                    if excluded[first] && colon == nil { continue }
                    // A label that names something else with the name (`Số xã đạt chuẩn nông thôn mới nâng cao: KH 5 xã;
                    // ƯTH 5 xã`) gives none of its figures to the name.
                    if let colon, !rule.exclude.isEmpty, isExcluded(name.lowerBound..<colon) { continue }
                }
                let reachable = following.filter { !excluded[$0] }
                guard !reachable.isEmpty else { continue }
                let chosenIndex = rule.rule.preference == .estimate
                    ? (reachable.first(where: { isEstimate(numbers[$0].fact) && !isChange[$0] }) ?? reachable.first)
                    : rule.rule.nth == 0 ? firstInOwnNoun(reachable, of: numbers)
                    : (reachable.indices.contains(rule.rule.nth) ? reachable[rule.rule.nth] : nil)
                guard let chosenIndex, !isChange[chosenIndex] else { continue }
                let chosen = numbers[chosenIndex]
                // A change of the name's figure standing alone before it (`Tỷ lệ hộ nghèo giảm 2,1%, tỷ lệ dân số
                // tham gia BHYT đạt 96,4%`) is what the name names: the figure after it is another's.
                if mayHaveChangeAlone,
                   all.contains(where: { $0.start >= name.upperBound && $0.start < chosen.start && SentenceBinding.isChangeAlone($0.fact) }) {
                    continue
                }
                if namesAfter.contains(name), folded.bytes[name.upperBound..<chosen.start].contains(UInt8(ascii: ",")) { continue }
                consider(chosen.fact, wordCount(name.upperBound..<chosen.start), by: name)
            }
            // (Asked outside a closure, which would copy the binding.)
            if let respective {
                for elided in elidedItems(in: respective) {
                    guard let index = numbers.firstIndex(where: { $0.start == elided.figure }), !isChange[index],
                          !isExcluded(elided.words) else { continue }
                    consider(numbers[index].fact, 0, by: elided.words)
                }
                for shared in itemsSharingTail(in: respective) {
                    guard let index = numbers.firstIndex(where: { $0.start == shared.figure }), !isChange[index],
                          !isExcluded(shared.words), !isExcluded(shared.tail) else { continue }
                    consider(numbers[index].fact, 0, by: shared.words)
                }
            }
        }
        return best?.fact
    }

    private func isEstimate(_ fact: Fact) -> Bool {
        Self.isEstimate(fact) { id in facts.first { $0.id == id } }
    }

    /// Whether a number is a year-end estimate: marked so, or the share of
    /// plan of a figure that is (a rule with `shares = true` takes the share);
    /// `figure` finds a fact by its id.
    static func isEstimate(_ fact: Fact, figure: (Int) -> Fact?) -> Bool {
        fact.isEstimate || (fact.qualifies.flatMap(figure)?.isEstimate ?? false)
    }

    /// Where each fact stands in the folded sentence. Folded text is nearly
    /// always ASCII, where a scalar's offset is its byte's.
    private func positions() -> [Number] {
        let bytes = folded.bytes
        let ascii = !bytes.contains { $0 >= 0x80 }
        func offset(_ scalar: Int) -> Int { ascii ? min(scalar, bytes.count) : folded.byteOffset(ofScalar: scalar) }
        return facts.compactMap { fact in
            let start = offset(fact.sentenceOffset)
            guard start < bytes.count else { return nil }
            // The scalars of the number's text, and how many stand before its first letter: counted, not copied out.
            var count = 0, digits: Int?
            for scalar in fact.text.unicodeScalars {
                if digits == nil, TextFolding.isLetter(scalar) { digits = count }
                count += 1
            }
            return Number(fact: fact, start: start, digitsEnd: offset(fact.sentenceOffset + (digits ?? count)),
                          end: offset(fact.sentenceOffset + count))
        }
    }

    /// Words that may stand between `tăng`/`giảm` and the change's number (`giảm khoảng 1,2%`, `giảm bình quân 1,2%/năm`).
    static let changeFillers: Set<String> = ["khoang", "tren", "hon", "gan", "duoc", "them", "xap", "xi", "it", "nhat", "toi", "thieu",
                                            "binh", "quan"]

    /// `mới và điều chỉnh ` before `tăng`: what was registered anew and added to
    /// projects licensed before (`vốn đăng ký mới và điều chỉnh tăng 438,6 triệu USD`), a level.
    private static let newAndAdjusted = Array("moi va dieu chinh ".utf8)

    /// Whether the number at `start` is a change (`Tỷ lệ hộ nghèo giảm 1,2%`,
    /// `tăng thêm 2 trường`): `tăng` or `giảm` right before it, past a few
    /// fillers. A rule for a level does not take it; `giảm còn 1,9%`,
    /// `tăng lên 96%` and capital `mới và điều chỉnh tăng` are levels.
    private func followsChangeVerb(_ start: Int) -> Bool {
        let bytes = folded.bytes
        var end = start
        for _ in 0..<4 {
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var begin = end
            while begin > 0, PhrasePattern.isWordByte(bytes[begin - 1]) { begin -= 1 }
            guard begin < end else { return false }
            let word = String(decoding: bytes[begin..<end], as: UTF8.self)
            if word == "giam" { return true }
            if word == "tang" {
                let adjusted = Self.newAndAdjusted.count
                return begin < adjusted || !bytes[(begin - adjusted)..<begin].elementsEqual(Self.newAndAdjusted)
            }
            guard Self.changeFillers.contains(word) else { return false }
            end = begin
        }
        return false
    }

    /// Whether a name heads its sentence as a list item's subject, every
    /// clause after it its values: `Trường chuẩn quốc gia: công nhận mới 03
    /// trường, …; tổng số 44 trường.` It is followed by `:` and has at most
    /// three words before it.
    private func isLeadIn(_ name: Range<Int>) -> Bool {
        let bytes = folded.bytes
        var index = name.upperBound
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
        return wordCount(0..<name.lowerBound) <= 3
    }

    private static let caNam = Array("ca nam".utf8), fiscalYearEnd = Array("het nien do".utf8), yearEnd = Array("31/12".utf8)

    /// Whether the number's clause names the whole year before it (`ước cả năm đạt`, `cả năm ước thực hiện`,
    /// `dự kiến đến 31/12/2026 giải ngân đạt 95%`, `đến hết niên độ`, the budget's year). (`ước hết năm 2026 giảm còn 6,5%` of a rate counted only
    /// at the year's end is the figure a part of the year has.)
    private func isWholeYear(_ number: Number) -> Bool {
        let bytes = folded.bytes
        var start = number.start
        while start > 0, bytes[start - 1] != UInt8(ascii: ";"), bytes[start - 1] != UInt8(ascii: ",") { start -= 1 }
        let clause = Array(bytes[start..<number.start])
        return !PhrasePattern.wordOccurrences(of: Self.caNam, in: clause).isEmpty
            || !PhrasePattern.wordOccurrences(of: Self.fiscalYearEnd, in: clause).isEmpty
            || clause.indices.contains { clause[$0...].starts(with: Self.yearEnd) && ($0 == 0 || clause[$0 - 1] == 0x20) }
    }

    /// Where the rule's names stand, in order; a name inside one of its
    /// exclusion phrases names something else: `nhập khẩu` in `kim ngạch xuất,
    /// nhập khẩu đạt 96,4 triệu USD`, the comma having cut the phrase a number is excluded by.
    private func ownNames() -> [Range<Int>] {
        let names = rule.names.flatMap { $0.occurrences(in: folded, sectionTitle: sectionTitle) }.sorted { $0.lowerBound < $1.lowerBound }
        guard !names.isEmpty, !rule.namingExclusions.isEmpty else { return names }
        let others = rule.namingExclusions.flatMap { $0.occurrences(in: folded) }
        guard !others.isEmpty else { return names }
        return names.filter { name in !others.contains { $0.contains(name.lowerBound) && name.upperBound <= $0.upperBound } }
    }

    /// Whether an exclusion word stands in the number's phrase: from the
    /// `,` `;` or previous number before it to the `,` `;` `(` `)` or next
    /// number or `và` after it. In `công nhận mới 01 trường và công nhận lại
    /// 03 trường`, `công nhận lại` is the second number's, not the first's.
    /// `ands`: where `và` stands in the sentence.
    private func isExcluded(_ number: Number, among starts: [Number], ands: [Int], names: [Range<Int>]) -> Bool {
        guard !rule.exclude.isEmpty else { return false }
        let bytes = folded.bytes
        var start = number.start
        let previousEnd = starts.filter { $0.end <= number.start }.map(\.end).max() ?? 0
        var colon: Int?
        // A bracket that closes after the number before, having opened before it, ends that number's phrase
        // (`thu hồi 248,3 ha (đạt 79,4% kế hoạch) của 2.215 hộ`: the plan is the share's, not the households').
        while start > previousEnd, bytes[start - 1] != UInt8(ascii: ";"), bytes[start - 1] != UInt8(ascii: ","),
              bytes[start - 1] != UInt8(ascii: ")") || previousEnd == 0 || bytes[previousEnd..<(start - 1)].contains(UInt8(ascii: "(")) {
            start -= 1
            if colon == nil, bytes[start] == UInt8(ascii: ":") { colon = start }
        }
        var nextStart = starts.filter { $0.start >= number.end }.map(\.start).min() ?? bytes.count
        if let and = ands.first(where: { $0 >= number.end }) {
            nextStart = min(nextStart, and)
        }
        var end = number.end
        while end < nextStart, !Self.closesPhrase(bytes[end]) { end += 1 }
        // `Giải ngân … đạt 38,6 tỷ đồng; lũy kế đạt 286,2 tỷ đồng`: a clause that goes on with the figure
        // before it is of what that figure is, excluded alike — unless the rule's name follows its number
        // (`công nhận lại 5 trường …; lũy kế có 44/58 trường đạt chuẩn`: the clause says what it counts).
        let goesOnFrom = start > 0 && bytes[start - 1] == UInt8(ascii: ";") && opensOnWhatWasDone(start, before: number.start)
            && !names.contains(where: { $0.lowerBound > number.start && $0.upperBound > number.end && $0.upperBound <= end })
            ? starts.last(where: { $0.end < start }) : nil
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
        let planEnd = number.fact.denominator == nil ? nil : planNamed(after: number.end, before: end)
        let excluded = planEnd.map { isExcluded(start..<number.end) || isExcluded($0..<end) } ?? isExcluded(start..<end)
        // `nhà ở cho 30 hộ (21 hộ nghèo, …)`: a count in its whole's breakdown, named or not, is excluded as the whole is.
        let whole = goesOnFrom ?? partOf ?? wholeCounted(by: number, among: starts)
        return excluded || whole.map { isExcluded($0, among: starts, ands: ands, names: names) } == true
    }

    /// Whether one of the rule's exclusions stands in `words` of the sentence,
    /// searched in place: their ends are word boundaries, as a copy's were.
    private func isExcluded(_ words: Range<Int>) -> Bool {
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
    private func endsOnExclusion(_ topic: Range<Int>) -> Bool {
        folded.bytes.withUnsafeBufferPointer { sentence in
            let words = UnsafeBufferPointer(rebasing: sentence[topic])
            return rule.exclude.indices.contains { index in
                rule.exclude[index].ends(words) { hasMarks(of: index, at: $0.shifted(by: topic.lowerBound)) }
            }
        }
    }

    private static func closesPhrase(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    /// Whether a sentence sets a plan whatever part it is in: it opens with
    /// `phấn đấu` (`Năm 2026, phấn đấu thu …`, `- Phấn đấu …`), not one that
    /// only compares with a target (`… so với chỉ tiêu phấn đấu`).
    static func isPlanSentence(_ folded: FoldedText) -> Bool {
        guard let at = PhrasePattern.wordOccurrences(of: Array("phan dau".utf8), in: folded.bytes).first else { return false }
        let before = folded.bytes[..<at].split(whereSeparator: { !PhrasePattern.isWordByte($0) })
        return before.count <= 3
    }
}
