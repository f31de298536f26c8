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
    /// The report covers a whole year (or its last months): a figure for the whole year after one of
    /// part of it (`Trồng rừng 11 tháng được 820 ha; ước cả năm đạt 1.050 ha`) is its value.
    var wholeYear = false
    /// The title of the sentence's section, folded, without its numbering: a name with a colon
    /// stands in a sentence of a section its label titles (``PhrasePattern/occurrences(in:sectionTitle:)``).
    var sectionTitle: [UInt8]?
    /// Where the sentence's scalars are kept once read for comparing an exclusion's marks (``hasMarks(of:at:)``),
    /// under the group of `numbersKept`; nil reads them each time.
    var scalarsKept: Memo<Int, [Unicode.Scalar]>?
    /// Where the sentence's list of names and figures is kept once read, under the group of `numbersKept`.
    var listsKept: Memo<Int, RespectiveList?>?
    /// The words of the store's sentences, and this sentence's place among them: a name or verb whose words
    /// the sentence does not hold is not searched for in it. Nil searches for each.
    var wordsKept: (index: WordIndex, group: Int)?

    /// A number of the sentence, where it stands in the folded text.
    /// Its fact is `facts[index]`: held by its index, as a number is copied
    /// through every filter of a match and a fact costs a copy of its fields.
    struct Number {
        var index: Int
        /// Where the number starts, where its digits end, where its unit ends.
        var start: Int, digitsEnd: Int, end: Int
    }

    /// Filler words between a verb and its number: `thu hồi được khoảng 12 ha`, `thu hút từ 4 - 6 dự án`,
    /// a plan's floor (`phát triển mới ít nhất 40 doanh nghiệp`, `tối thiểu`).
    static let fillers: Set<String> = ["duoc", "khoang", "tren", "gan", "hon", "uoc", "dat", "la", "co", "moi", "them", "tong",
                                       "so", "cho", "toi", "xap", "xi", "len", "den", "cong", "tat", "ca", "gom", "voi", "thuc", "hien",
                                       "va", "da", "tiep", "nhan", "nam", "thang", "tu", "it", "nhat", "thieu"]

    /// The number the rule names in this sentence; among several, a direct
    /// binding (name after, verb before) first, then a name before. Of two
    /// numbers as close to their words, the one named more exactly wins: in
    /// `cấp 2.146 giấy chứng nhận (trong đó cấp lần đầu 612 giấy)` the first
    /// issues are the 612 that `cấp lần đầu` names, not what `cấp` names.
    func match() -> Fact? {
        // A sentence with no number the rule could take is passed over before its words are searched.
        // (Eligibility first: a few comparisons of its role, where a unit's kind may compare nouns.)
        guard Self.mayTakeAny(of: facts, rule: rule.rule, sought: sought) else { return nil }
        let allNames = ownNames()
        let verbs = occurrences(of: rule.verbs)
        guard !allNames.isEmpty || !verbs.isEmpty || RespectiveList.isMarked(folded.bytes) else { return nil }
        let topics = Topics(self)
        let all = numbersKept.map { kept in kept.numbers.value(for: kept.group) { positions() } } ?? positions()
        // `xuất khẩu, nhập khẩu lần lượt đạt 412 … và 286 …`: a listed name takes its figure in order.
        // (The closures hold what they read, not the binding: holding it copied the binding for each match.)
        let bytes = folded.bytes, facts = self.facts, numbersKept = self.numbersKept, listsKept = self.listsKept
        let list = {
            RespectiveList(folded: bytes) { all.filter { facts[$0.index].qualifies == nil }.map { ($0.start, $0.end, facts[$0.index].role == .primary) } }
        }
        let listed = { numbersKept.flatMap { kept in listsKept.map { $0.value(for: kept.group, list) } } ?? list() }
        let numbers = all.filter {
            isEligible(facts[$0.index]) && accepts(facts[$0.index].unit) && topics.allows($0.start, listed: listed)
                && !(partYear && isWholeYear($0))
                && !(sought == .changes && rule.rule.unit == .percent && itemNamesCount(before: $0.start, among: all))
        }
        guard !numbers.isEmpty else { return nil }
        // A count's change in percent alone is named by a phrase, not by one word: in `thuế sản phẩm trừ trợ cấp
        // sản phẩm tăng 7,4%`, `cấp` (of signatures issued) names nothing that rose.
        let names = sought == .changes && rule.rule.unit.isCount && numbers.allSatisfy({ facts[$0.index].unit.dimension == .percent })
            ? allNames.filter { folded.bytes[$0].contains(0x20) } : allNames
        // Each number's closest binding, in words between (``consider(_:_:by:mayBePart:into:)``).
        var best: Closest?
        func consider(_ fact: Fact, _ distance: Int, by words: Range<Int>, mayBePart: Bool = false) {
            self.consider(fact, distance, by: words, mayBePart: mayBePart, into: &best)
        }
        let position = rule.rule.position
        // Each number's exclusion, once: both bindings below ask it, and the `và` that bounds a phrase is found once.
        let ands = rule.exclude.isEmpty ? [] : PhrasePattern.wordOccurrences(of: PhrasePattern.and, in: folded.bytes)
        // `Công nghiệp - xây dựng: Giá trị sản xuất … tăng 14,2%`: a label whose every topic the rule
        // excludes says the figures after it are another's (`Thu, chi ngân sách:` names the revenue too).
        let labelled = rule.exclude.isEmpty ? nil : folded.bytes.withUnsafeBufferPointer { SentenceLabel($0) }
        // (Not a figure an item's own label names after it: `Thu ngân sách: 45 tỷ đồng; chi ngân sách: 41 tỷ đồng`.)
        let labelEnd = labelled.flatMap { label in label.topics.allSatisfy { endsOnExclusion($0) } ? label.end : nil }
        // A figure moved to is excluded as the one it moved from is (`thấp còi giảm từ 18,4% xuống 17,1%`), and a
        // change or a share of plan as the figure it qualifies (`Thương mại - dịch vụ: tổng mức bán lẻ … 2.000 tỷ
        // đồng, tăng 10%`).
        let excluded = numbers.map { number in
            labelEnd.map { end in number.start >= end && !names.contains { $0.lowerBound >= end && isLabel($0, of: number) } } == true
                || isExcluded(number, among: all, ands: ands, names: names)
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
                let from = facts[number.index].qualifiers.isEmpty ? nil : figureMovedFrom(number, among: all)
                for name in names {
                    if let distance = distanceAfter(name, number) ?? from.flatMap({ distanceAfter(name, $0) })
                        ?? distanceAfterList(name, number, among: all) {
                        consider(facts[number.index], distance, by: name)
                        namesAfter.append(name)
                    }
                }
            }
            // A verb stands right before its number whatever `position` says of names.
            for verb in verbs {
                if let distance = distanceFromVerb(verb, number) { consider(facts[number.index], distance, by: verb) }
            }
            // So does a name of a rule that names after, as a list's label (`(khiếu nại 6 đơn, tố cáo 3 đơn)`).
            if position == .after {
                for name in names where isLabel(name, of: number) { consider(facts[number.index], 0, by: name) }
                // And a name before the rate a count restates in brackets after it (`Tỷ lệ xã đạt Bộ tiêu chí … 100% (24/24 xã)`).
                if let rate = rateRestated(by: number, among: all) {
                    for name in names where name.upperBound <= rate.start && isReachable(from: name.upperBound, to: rate.start) {
                        consider(facts[number.index], wordCount(name.upperBound..<rate.start), by: name)
                    }
                }
            }
        }
        let respective = listed()
        // Few sentences hold a change standing alone: asked once, not for each name.
        let mayHaveChangeAlone = sought == .values && !rule.rule.takesChanges && facts.contains(where: SentenceBinding.isChangeAlone)
        if position != .after {
            for name in names {
                if let respective, bindListed(name, in: respective, numbers: numbers, isChange: isChange, into: &best) { continue }
                let leadIn = isLeadIn(name)
                let bracketEnd = listedBracketEnd(of: name)
                let following = numbers.indices.filter { index in
                    numbers[index].start >= name.upperBound
                        && (leadIn || isReachable(from: name.upperBound, to: numbers[index].start)
                            || movedFrom(numbers[index], within: name, among: all))
                        && bracketEnd.map { numbers[index].start > $0 } != true
                }
                // A name whose first figure is another's (`Tổng vốn đầu tư phát triển trên địa bàn 4.860 tỷ đồng,
                // trong đó vốn ngân sách 1.120 tỷ đồng`) names that, and the figures after it are its parts;
                // not a label's (`Trường chuẩn quốc gia: công nhận mới 03 trường, …; tổng số 44 trường`).
                if let first = following.first {
                    let colon = folded.bytes[name.upperBound..<numbers[first].start].firstIndex(of: UInt8(ascii: ":"))
                    // (Not where the rule's own word reports a later figure, nor where a figure it named moved to one:
                    // `Số hộ nghèo đầu năm 186 hộ; 9 tháng thoát nghèo 42 hộ, còn 144 hộ`.)
                    if excluded[first] && colon == nil && !contextGoesOn(after: numbers[first], among: numbers, excluded: excluded)
                        && !following.contains(where: { !excluded[$0] && movedFrom(numbers[$0], within: name, among: all) }) {
                        continue
                    }
                    // A label that names something else with the name (`Số xã đạt chuẩn nông thôn mới nâng cao: KH 5 xã;
                    // ƯTH 5 xã`) gives none of its figures to the name.
                    if let colon, !rule.exclude.isEmpty, isExcluded(name.lowerBound..<colon) { continue }
                }
                let reachable = following.filter { !excluded[$0] }
                guard !reachable.isEmpty else { continue }
                let chosenIndex = rule.rule.preference == .estimate
                    ? (reachable.first(where: { isEstimate(facts[numbers[$0].index]) && !isChange[$0] }) ?? reachable.first)
                    : rule.rule.nth == 0 ? firstInOwnNoun(reachable, of: numbers)
                    : (reachable.indices.contains(rule.rule.nth) ? reachable[rule.rule.nth] : nil)
                guard let chosenIndex, !isChange[chosenIndex] else { continue }
                let chosen = numbers[chosenIndex]
                // A change of the name's figure standing alone before it (`Tỷ lệ hộ nghèo giảm 2,1%, tỷ lệ dân số
                // tham gia BHYT đạt 96,4%`) is what the name names: the figure after it is another's.
                if mayHaveChangeAlone,
                   all.contains(where: { $0.start >= name.upperBound && $0.start < chosen.start && SentenceBinding.isChangeAlone(facts[$0.index]) }) {
                    continue
                }
                // (So does a longer name holding it: `96% khu dân cư đạt danh hiệu khu dân cư văn hóa, 95% hộ …`.)
                // A total that figure raised is the name's too (`có thêm 02 xóm đạt chuẩn … kiểu mẫu, nâng tổng số lên 06 xóm`).
                if namesAfter.contains(where: { $0.overlaps(name) }),
                   folded.bytes[name.upperBound..<chosen.start].contains(UInt8(ascii: ",")),
                   !isTotalRaised(chosen, byFigureBefore: name, among: all) { continue }
                // Nor does the noun of a figure in another unit reach a rate named anew after a comma
                // (`giảm 2 vụ tai nạn giao thông, tỷ lệ che phủ rừng 88,5%`).
                if facts[chosen.index].unit.dimension == .percent, opensOnRate(itemBefore: chosen.start, after: name.upperBound),
                   all.contains(where: { distanceAfter(name, $0) == 0 }) {
                    continue
                }
                consider(facts[chosen.index], wordCount(name.upperBound..<chosen.start), by: name, mayBePart: true)
            }
            if let respective { bindPartialItems(of: respective, numbers: numbers, isChange: isChange, into: &best) }
        }
        guard let found = best?.fact else { return nil }
        return yearsFigure(after: found, among: numbers, excluded: excluded, isChange: isChange) ?? found
    }

    /// Where each of `patterns` stands in the sentence, pattern by pattern: only those whose words it
    /// holds are searched for (``mayStand(_:)``), and only what is found is gathered.
    func occurrences(of patterns: [PhrasePattern], sectionTitle: [UInt8]? = nil) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for pattern in patterns {
            // (A name's label may stand in the section's title, not the sentence: looked for then whatever its words.)
            guard sectionTitle != nil || mayStand(pattern) else { continue }
            let occurrences = pattern.occurrences(in: folded, sectionTitle: sectionTitle)
            if !occurrences.isEmpty { found += occurrences }
        }
        return found
    }

    /// Whether `pattern` may stand in the sentence: the sentence holds all its words (``wordsKept``).
    func mayStand(_ pattern: PhrasePattern) -> Bool {
        guard let wordsKept else { return true }
        return wordsKept.index.holdsAll(pattern.indexWords, group: wordsKept.group)
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
        return facts.indices.compactMap { index in
            let sentenceOffset = facts[index].sentenceOffset
            let start = offset(sentenceOffset)
            guard start < bytes.count else { return nil }
            // The scalars of the number's text, and how many stand before its first letter: counted, not copied out.
            var count = 0, digits: Int?
            for scalar in facts[index].text.unicodeScalars {
                if digits == nil, TextFolding.isLetter(scalar) { digits = count }
                count += 1
            }
            return Number(index: index, start: start, digitsEnd: offset(sentenceOffset + (digits ?? count)),
                          end: offset(sentenceOffset + count))
        }
    }

    private static let planOpening = Array("phan dau".utf8)
    /// The words that open a clause of what was done after an aim (``ResultOpenings``), as bytes.
    private static let resultOpenings = ResultOpenings.folded.map { Array($0.utf8) }

    /// Whether a sentence sets a plan whatever part it is in: it opens with
    /// `phấn đấu` (`Năm 2026, phấn đấu thu …`, `- Phấn đấu …`) as an aim, not
    /// an effort made (`Nhờ nỗ lực phấn đấu, …`); not one that only compares
    /// with a target (`… so với chỉ tiêu phấn đấu`), nor one that goes on to
    /// what was done (`…; kết quả thu được 171 tỷ đồng`).
    static func isPlanSentence(_ folded: FoldedText) -> Bool {
        let bytes = folded.bytes
        guard let at = PhrasePattern.wordOccurrences(of: planOpening, in: bytes).first, wordCount(bytes[..<at]) <= 3,
              !madeEffort(bytes[..<at]) else { return false }
        // Each `,` or `;` after the aim, asked whether a result's words open what follows it.
        var index = at
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: ";") || bytes[index] == UInt8(ascii: ",") else { continue }
            var start = index + 1
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            if resultOpenings.contains(where: { opening in
                let end = start + opening.count
                return end <= bytes.count && bytes[start..<end].elementsEqual(opening) && (end == bytes.count || !PhrasePattern.isWordByte(bytes[end]))
            }) { return false }
        }
        return true
    }

    /// Whether the words before `phấn đấu` end on an effort made, not an aim
    /// (``ResultOpenings/effortsMade``: `Nhờ nỗ lực phấn đấu, …`, `Xã đã phấn đấu …`).
    private static func madeEffort(_ before: ArraySlice<UInt8>) -> Bool {
        let words = before.split(separator: 0x20)
        guard let last = words.last else { return false }
        return effortWords.contains { last.elementsEqual($0) }
    }

    private static let effortWords = ResultOpenings.effortsMade.map { Array($0.utf8) }
}
