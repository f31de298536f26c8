import FoundationEssentials
import Platform
import Facts

/// Which figure a comparison is of. Most stand after the level they compare
/// (`đạt 2.140 lao động, vượt 140 lao động`); these are the layouts where the
/// level stands elsewhere: after the share (`đạt 100% chỉ tiêu (175 thanh
/// niên)`), after the plan (`kế hoạch 8%, ước thực hiện 8,3%`), or nowhere,
/// the comparison then being of the change before it (`giảm 693 hộ …, vượt 333 hộ`).
extension QualifierReader {
    /// The figure a share of plan with no level before it is of, when it
    /// follows in its clause after `với` or in brackets: `hoàn thành 100% chỉ
    /// tiêu giao quân với 285 công dân nhập ngũ`, `đạt 100% chỉ tiêu (175 thanh niên)`;
    /// or after a comma and a level's verb: `Thu ngân sách vượt 48,9% dự toán,
    /// đạt 52,7 tỷ đồng`, as a change said first is (``readsChangeFirst``).
    func figureAfterShare(_ kind: ComparisonKind, _ index: Int, in clause: Range<Int>,
                          quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords) -> Int? {
        let next = index + 1
        guard kind.isPlanShare, next < quantities.count, quantities[next].start < clause.upperBound,
              quantities[next].unit.dimension != .percent else { return nil }
        let start = quantities[next].start
        let before = ScalarText.skipSpacesBack(scalars, before: start, floor: quantities[index].end + 1)
        guard scalars[before] == "(" || words.window(quantities[index].end, start).last == .voi
            || opensItemOnLevel(before: start, after: quantities[index].end, words: words) else { return nil }
        return next
    }

    /// Whether the words before `start`, a figure's, back to the one comma after `end`, are a level's
    /// verb alone (`đạt`, `ước đạt`): the item the figure opens after a share's.
    private func opensItemOnLevel(before start: Int, after end: Int, words: SentenceWords) -> Bool {
        guard let comma = scalars[end..<start].lastIndex(of: ","),
              !scalars[(comma + 1)..<start].contains(where: { $0 == "(" || $0 == ")" }) else { return false }
        let verb = words.window(comma + 1, start)
        return verb.last == .dat && (verb.count == 1 || verb.count == 2 && verb.first == .uoc)
    }

    /// A comparison read again where `vượt` may make it an excess over the
    /// plan. A target after `vượt` and the plan's name (and who set it: `vượt
    /// chỉ tiêu tỉnh giao`) is the excess when unbracketed and less than half
    /// the figure before it: `vượt mục tiêu Nghị quyết 0,36%` after `tăng
    /// 7,36%`, not `vượt mục tiêu Nghị quyết (80%)` nor `tăng 8,4%, vượt mục
    /// tiêu 8%`; a percentage after an amount always is (`41 tỷ đồng, vượt dự toán 12%`). An excess in a unit
    /// (`vượt 333 hộ`) follows `vượt` right away: `đạt và vượt, 02 chỉ tiêu
    /// chưa đạt` compares nothing; nor does `vượt kế hoạch 3 chỉ tiêu`. So a
    /// comparative before the plan's name (``comparedWithPlan(_:)``) makes the
    /// gap: `thấp hơn chỉ tiêu đề ra 2,5 triệu đồng`, not `thấp hơn chỉ tiêu giao (95%)`.
    func excessRead(_ kind: ComparisonKind, _ index: Int, lead: ArraySlice<FoldedWord>, unit: QuantityUnit,
                    quantities: UnsafeBufferPointer<ScannedQuantity>) -> ComparisonKind? {
        let start = quantities[index].start
        if kind == .exceedsPlanBy, unit.dimension != .percent {
            return ScalarText.wordRangesBefore(scalars, start, count: 1).isEmpty ? nil : kind
        }
        // `vượt kế hoạch 3 chỉ tiêu` counts the targets exceeded: a figure of its own.
        if kind == .target, unit.dimension == Self.targets, Self.passesPlan(lead) { return nil }
        guard kind == .target, index > 0, Self.passesPlan(lead) || Self.passesNamedPlan(lead) || Self.comparedWithPlan(lead) != nil,
              !ScalarText.wordRangesBefore(scalars, start, count: 1).isEmpty else { return kind }
        let before = quantities[index - 1].unit
        // Under half the figure before, in its unit, is by how much; a percentage after an amount can only be.
        if before == unit ? quantities[index].value * 2 < quantities[index - 1].value
            : unit.dimension == .percent && before.dimension != .percent { return .exceedsPlanBy }
        return kind
    }

    /// The figure a target with no level before it is the plan of, when the
    /// figure follows as what was done, in its unit: `kế hoạch 8%, ước thực
    /// hiện 8,3%`, `KH 80%, TH 78,5%` — the layout of a list of main targets.
    func figureAfterTarget(_ kind: ComparisonKind, _ index: Int, in sentence: Range<Int>,
                           quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords) -> Int? {
        let next = index + 1
        guard kind == .target, next < quantities.count, quantities[next].start < sentence.upperBound,
              Self.canCompare(quantities[next].unit, with: quantities[index].unit) else { return nil }
        let between = words.window(quantities[index].end, quantities[next].start)
        guard between.count <= 4, between.contains(where: Self.doneWords.contains) else { return nil }
        return next
    }

    /// Words that say what was done, as lists of targets write them: `thực hiện`, `TH`, `ƯTH`, `ước`, `đạt`.
    static let doneWords: Set<FoldedWord> = ["hien", "th", "uth", "uoc", "dat"]

    /// The change a share of plan or an excess over it qualifies when no level
    /// stands before it: the last change in its clause, in its unit or any
    /// for a percentage (`giảm 693 hộ so với năm 2023, vượt 333 hộ và đạt
    /// 192,5% so với tỉnh giao`; `tăng 7,36% (vượt mục tiêu 0,36%)`).
    func changeOfPlan(_ kind: ComparisonKind, unit: QuantityUnit, before index: Int, in clause: Range<Int>,
                      quantities: UnsafeBufferPointer<ScannedQuantity>, drafts: [Draft]) -> Int? {
        guard kind.isPlanShare,
              let change = drafts[..<index].lastIndex(where: { $0.role == .comparison(.changeOnPrevious) }),
              quantities[change].start >= clause.lowerBound,
              unit.dimension == .percent || quantities[change].unit == unit else { return nil }
        return change
    }

    /// The primaries a comparison of `kind` may qualify: a share of plan is of
    /// no other share (`đạt 128,4% dự toán xã giao và đạt 245% dự toán tỉnh
    /// giao` are two shares of one figure the sentence does not give).
    static func comparable(_ primaries: [Int], by kind: ComparisonKind, _ drafts: [Draft]) -> [Int] {
        guard kind.isPlanShare, primaries.contains(where: { drafts[$0].role.isPlanShare }) else { return primaries }
        return primaries.filter { !drafts[$0].role.isPlanShare }
    }

    /// The primaries a share of plan may be of, without the last when it is
    /// said to be whose the figure right before it is: in `thu hồi 46,2 ha
    /// đất của 318 hộ, đạt 84% kế hoạch` the households own the land, and the
    /// plan is the area's; so are those it was done for (`thu hồi 396,5 ha đất
    /// để thực hiện 48 dự án`, `giải ngân 86 tỷ đồng cho 48 dự án`). (Only the
    /// last is asked: the share is of the nearest.)
    func withoutOwners(_ primaries: [Int], quantities: UnsafeBufferPointer<ScannedQuantity>,
                       words: borrowing SentenceWords) -> [Int] {
        guard primaries.count >= 2, let last = primaries.last,
              primaries[primaries.count - 2] == last - 1 else { return primaries }
        let lead = words.window(quantities[last - 1].end, quantities[last].start)
        let owned = (lead.last == .cua || lead.last == Self.cho) && lead.count <= 3 || lead.count <= 5 && lead.contains(.de)
        return owned ? Array(primaries.dropLast()) : primaries
    }

    /// `cho`, folded.
    private static var cho: FoldedWord { "cho" }

    /// The primaries a change or a share of last year in percent may be of,
    /// without the last when it is a share of a whole said with `chiếm` of
    /// the figure right before it: in `tiêm phòng cho 3.120 con trâu, bò,
    /// chiếm 81,4% tổng đàn và bằng 96,2% so với cùng kỳ` last year's share
    /// is the count's, not the share's. (A change in points stays the share's, and so does a change
    /// after a count's own share, in brackets or bare: ``isShareOfCount(_:of:quantities:)``.)
    func withoutSharesOfWhole(_ primaries: [Int], kind: ComparisonKind, unit: QuantityUnit,
                              quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords) -> [Int] {
        guard unit.dimension == .percent, kind.isChange || kind == .percentOfPrevious,
              primaries.count >= 2, let last = primaries.last, primaries[primaries.count - 2] == last - 1,
              quantities[last].unit.dimension == .percent, quantities[last - 1].unit.dimension != .percent,
              !(kind.isChange && isShareOfCount(last, of: last - 1, quantities: quantities)) else { return primaries }
        return words.window(quantities[last - 1].end, quantities[last].start).last == .chiem ? Array(primaries.dropLast()) : primaries
    }

    /// The primary a comparison in `unit` qualifies: the nearest one it can
    /// be of; where several of the comparison's own unit stand before it, the
    /// nearest named by the word after the comparison, after it or among the
    /// words leading to it (`giảm 1 người chết` is of `4 người chết` and of
    /// `làm chết 4 người`, not of `7 người bị thương`). A change in percent
    /// may name its figure's count in `item`, the text before it back to the
    /// figure or clause before (`số người chết giảm 5,5%`).
    /// Where nothing names it and several changes in that unit follow one
    /// another, the figures and changes pair in order (``figureListedInOrder``).
    func primary(compared next: FoldedWord?, unit: QuantityUnit, among primaries: [Int], at index: Int,
                 quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords, sentence: Range<Int>,
                 tail: ArraySlice<FoldedWord> = [], item: Range<Int> = 0..<0) -> Int? {
        // `1.046 doanh nghiệp …, 12.400 tỷ đồng, tăng 12,3% về số doanh nghiệp`: the change names its figure's noun.
        if unit.dimension == .percent, let named = Self.nounAfterVeSo(tail),
           let counted = primaries.last(where: { Self.countsIn(quantities[$0].unit, named) }) {
            return counted
        }
        // `…, làm chết 104 người, bị thương 121 người; so với cùng kỳ số vụ giảm 8,2%, số người chết giảm 5,5%`:
        // or before its verb, in percent or in the count's own unit (`số người chết giảm 2 người`).
        if unit.dimension == .percent || unit.isCount, primaries.count > 1,
           let counted = countNamed(before: item, among: primaries, quantities: quantities, words: words, sentence: sentence),
           unit.dimension == .percent || quantities[counted].unit == unit {
            return counted
        }
        // `…; so với năm trước, xuất khẩu tăng 9,2%, nhập khẩu giảm 4,1%`: or by what changed, said before its verb.
        if primaries.count > 1, let named = figureNamedBySubject(before: item, unit: unit, among: primaries, quantities: quantities,
                                                                 words: words, sentence: sentence) {
            return named
        }
        let nearest = primaries.last { Self.canCompare(quantities[$0].unit, with: unit) }
        guard let nearest, unit.dimension != .percent else { return nearest }
        guard let next else {
            return figureListedInOrder(index, unit: unit, among: primaries, quantities: quantities, words: words,
                                       sentence: sentence) ?? nearest
        }
        let alike = primaries.filter { quantities[$0].unit == unit }
        guard alike.count > 1 else { return nearest }
        // Named after it first (`4 người chết`), then before it (`làm chết 11 người`).
        let namedAfter = alike.last { candidate in
            let end = quantities[candidate].end
            let following = candidate + 1 < quantities.count ? quantities[candidate + 1].start : nil
            return Self.namesAlike(next, words.window(end, tailEnd(after: end, sentence: sentence, next: following)))
        }
        return namedAfter ?? alike.last { leadNames(next, $0, quantities: quantities, words: words, sentence: sentence) }
            ?? figureListedInOrder(index, unit: unit, among: primaries, quantities: quantities, words: words, sentence: sentence)
            ?? nearest
    }

    /// The figure an unnamed change in a count is of where more changes in
    /// that count follow it, each after its own verb: in `làm chết 6 người, bị
    /// thương 5 người; so với cùng kỳ giảm 1 người, tăng 2 người` the fall is
    /// the deaths' and the rise the injuries', not both the nearest figure's;
    /// so in `17 vụ, 11 người và 13 người; … giảm 2 người chết, tăng 1 người
    /// bị thương`, where the names stood in the list before; so in `xảy ra 58
    /// vụ; làm rõ 47 vụ. So với năm trước, giảm 6 vụ (-9,4%), số vụ làm rõ tăng
    /// 3 vụ`, the fall the cases', the rise the cases cleared up'. Counted from the
    /// last: the last change is of the last figure in the unit, the one before
    /// it of the figure before. Nil where no change in the unit follows, or the
    /// changes outnumber the figures.
    private func figureListedInOrder(_ index: Int, unit: QuantityUnit, among primaries: [Int],
                                     quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords,
                                     sentence: Range<Int>) -> Int? {
        var following = 0, later = index + 1
        while later < quantities.count, quantities[later].start < sentence.upperBound {
            let lead = words.window(quantities[later - 1].end, quantities[later].start)
            // `giảm 6 vụ (-9,4%)`: the change said again in percent, with no words of its own, is passed over.
            if lead.isEmpty, quantities[later].unit.dimension == .percent { later += 1; continue }
            // After the verb alone, `và`, or the noun the change before ended on (`giảm 2 người chết, tăng 1 người`),
            // or the count it names (`số vụ làm rõ tăng 3 vụ`).
            guard let verb = lead.last, verb == .tang || verb == .giam, lead.count <= 3 || lead.first == .so && lead.count <= 6
            else { break }
            if quantities[later].unit == unit { following += 1 }
            later += 1
        }
        guard following > 0 else { return nil }
        let alike = primaries.filter { quantities[$0].unit == unit }
        return alike.count > following ? alike[alike.count - 1 - following] : nil
    }

    /// Whether the words after a figure open on `word`, or, for `chết`, on
    /// another way of saying it: `8 người thiệt mạng`, `8 người tử vong` are
    /// the deaths a later `giảm 2 người chết` is of.
    private static func namesAlike(_ word: FoldedWord, _ after: ArraySlice<FoldedWord>) -> Bool {
        guard let first = after.first else { return false }
        if first == word { return true }
        guard word == chet, after.count > 1 else { return false }
        let second = after[after.startIndex + 1]
        return first == thiet && second == mang || first == tu && second == vong
    }

    private static var sanh: FoldedWord { "sanh" }
    private static var chet: FoldedWord { "chet" }
    private static var thiet: FoldedWord { "thiet" }
    private static var mang: FoldedWord { "mang" }
    private static var tu: FoldedWord { "tu" }
    private static var vong: FoldedWord { "vong" }

    /// The figure a change in percent names by its count before its verb, in
    /// its own item (`số vụ giảm 8,2%`, `số người chết giảm 5,5%`): of the
    /// figures counting that noun, the one the word after it names too
    /// (`chết`, `bị`), after or before the figure (`4 người chết`, `làm chết
    /// 104 người`); the only one, where one counts it. Nil where the item names none.
    private func countNamed(before item: Range<Int>, among primaries: [Int], quantities: UnsafeBufferPointer<ScannedQuantity>,
                            words: SentenceWords, sentence: Range<Int>) -> Int? {
        guard item.lowerBound < item.upperBound else { return nil }
        let lead = itemWords(words.window(item.lowerBound, item.upperBound), after: item.lowerBound, before: item.upperBound, in: words)
        guard let verb = lead.last, verb == .tang || verb == .giam,
              let so = lead.dropLast().lastIndex(of: .so), so + 1 < lead.endIndex - 1, lead[so + 1] != .voi else { return nil }
        let noun = lead[so + 1], detail = so + 2 < lead.endIndex - 1 ? lead[so + 2] : nil
        // The unit's noun, or a word of its written form (`12.400 lượt khách` counts `khách`, as `số khách quốc tế` names it).
        let counting = primaries.filter {
            Self.countsIn(quantities[$0].unit, noun) || words.window(quantities[$0].start, quantities[$0].end).contains(noun)
        }
        guard counting.count > 1, let detail else { return counting.last }
        return counting.last { candidate in
            let end = quantities[candidate].end
            let following = candidate + 1 < quantities.count ? quantities[candidate + 1].start : nil
            return Self.namesAlike(detail, words.window(end, tailEnd(after: end, sentence: sentence, next: following)))
                || leadNames(detail, candidate, quantities: quantities, words: words, sentence: sentence, anywhere: true)
        }
    }

    /// Whether the last few words leading to the figure at `candidate`, in its own item, hold `word`
    /// (`làm chết 4 người`); `anywhere`: any of the item's words, as a change that names its count
    /// in full may (`số vụ phạm pháp hình sự giảm 3 vụ` of `Phạm pháp hình sự xảy ra 14 vụ`). Words
    /// before a comma close the item before: in `4 người chết, 7 người bị thương` the `chết` is the
    /// first figure's, and names nothing of the second.
    private func leadNames(_ word: FoldedWord, _ candidate: Int, quantities: UnsafeBufferPointer<ScannedQuantity>,
                           words: SentenceWords, sentence: Range<Int>, anywhere: Bool = false) -> Bool {
        let item = ownItemLead(of: candidate, quantities: quantities, words: words, sentence: sentence)
        return (anywhere ? item : item.suffix(3)).contains(word)
    }

    /// The words leading to the figure at `candidate` in its own item: from the figure before it, or the
    /// sentence's start, past the last comma or closing bracket.
    func ownItemLead(of candidate: Int, quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords,
                     sentence: Range<Int>) -> ArraySlice<FoldedWord> {
        let leadStart = candidate > 0 ? quantities[candidate - 1].end : sentence.lowerBound
        let start = quantities[candidate].start
        return itemWords(words.window(leadStart, start), after: leadStart, before: start, in: words)
    }

    /// Whether the percentage at `index`, after `bằng` or `chiếm`, is a share of
    /// the economy's product (`bằng 41,8% GRDP`, `chiếm 12% tổng sản phẩm`).
    /// Asked of every primary: the verb is tested inline, the words only after it.
    @inline(__always)
    func isShareOfProduct(_ index: Int, verb: FoldedWord?, quantities: UnsafeBufferPointer<ScannedQuantity>,
                          sentence: Range<Int>, words: borrowing SentenceWords) -> Bool {
        guard verb == .bang || verb == .chiem, quantities[index].unit.dimension == .percent else { return false }
        return namesProductAfter(index, quantities: quantities, sentence: sentence, words: words)
    }

    /// Whether the words after the number at `index` name the economy's product (`GRDP`, `tổng sản phẩm`).
    private func namesProductAfter(_ index: Int, quantities: UnsafeBufferPointer<ScannedQuantity>,
                                   sentence: Range<Int>, words: borrowing SentenceWords) -> Bool {
        let end = quantities[index].end
        let next = index + 1 < quantities.count ? quantities[index + 1].start : nil
        let tail = words.window(end, tailEnd(after: end, sentence: sentence, next: next))
        return tail.first == .grdp || tail.starts(with: Self.productWords)
    }

    private static let productWords: [FoldedWord] = ["tong", "san", "pham"]

    /// Whether `unit` counts a noun whose first word, folded, is `word` (`doanh nghiệp` for `doanh`).
    static func countsIn(_ unit: QuantityUnit, _ word: FoldedWord) -> Bool {
        guard case .count(let noun) = unit.dimension, let first = noun.split(separator: " ").first else { return false }
        return FoldedWord(scalars: TextFolding.foldedScalars(String(first))) == word
    }

    /// The noun a change names after `về số`, `về số lượng` or `số` alone (`tăng 12,3% về số doanh nghiệp` →
    /// `doanh`, `giảm 11,5% số vụ so với năm trước` → `vu`), folded; not `so với`, `so sánh`.
    static func nounAfterVeSo(_ tail: ArraySlice<FoldedWord>) -> FoldedWord? {
        guard tail.count >= 2 else { return nil }
        if tail.first == .so {
            let noun = tail[tail.startIndex + 1]
            return noun == .voi || noun == sanh ? nil : noun
        }
        guard tail.count >= 3, tail.first == .ve, tail[tail.startIndex + 1] == .so else { return nil }
        var rest = tail.dropFirst(2)
        if rest.first == .luong { rest = rest.dropFirst() }
        return rest.first
    }

    /// Whether a comparison of `kind` qualifies the draft at `index` (last year's figure: `2,7% (cùng kỳ năm trước 3,8%)`).
    static func isQualified(_ index: Int, by kind: ComparisonKind, in drafts: [Draft]) -> Bool {
        drafts.contains { $0.qualifies == index && $0.role == .comparison(kind) }
    }

    /// Whether a target qualifies the draft at `index` (`212 tỷ đồng/KH 180 tỷ đồng`).
    static func hasTarget(_ index: Int, in drafts: [Draft]) -> Bool { isQualified(index, by: .target, in: drafts) }

    /// Whether a change on last year qualifies the draft at `index` (`giảm 2,1 điểm …, còn 6,85%`).
    static func hasChange(_ index: Int, in drafts: [Draft]) -> Bool { isQualified(index, by: .changeOnPrevious, in: drafts) }

    /// Whether a share of plan or an excess over it qualifies the draft at `index`.
    static func hasPlanShare(_ index: Int, in drafts: [Draft]) -> Bool {
        drafts.contains { $0.qualifies == index && ($0.role == .comparison(.percentOfPlan) || $0.role == .comparison(.exceedsPlanBy)) }
    }

    /// Whether a figure is written over its plan (`52,7/55 triệu đồng`), not over a whole (``SlashedFigure``).
    static func isOverPlan(_ quantity: ScannedQuantity) -> Bool {
        quantity.denominator.map { SlashedFigure.isOverPlan(quantity.value, whole: $0, unit: quantity.unit) } ?? false
    }
}
