import Platform
import Facts

/// The words that say what a number is set against — last year, the plan,
/// where it moved from, a multiple of something — read from the words
/// around it, folded, without building strings.
extension QualifierReader {
    /// Whether the quantity at `index` can be what a comparison in `unit`
    /// compares: a percentage compares anything but a count of the plan's
    /// targets, a change in a unit only a
    /// quantity of that unit's dimension, or an amount of it per something
    /// (`90,2 triệu đồng/người/năm (mục tiêu 88 triệu đồng)`); percentage
    /// points only a rate (`còn 2,5%, giảm 0,8 điểm phần trăm`).
    static func canCompare(_ primary: QuantityUnit, with unit: QuantityUnit) -> Bool {
        // A count of the plan's targets takes no percentage: in `14/22 chỉ tiêu ước đạt trên 50% kế hoạch`
        // the share is how far the targets came, a bound, no share of the count.
        if unit.dimension == .percent { return primary.dimension != targets }
        return unit.dimension == primary.dimension || primary.isRate(of: unit) || unit.isPoints && primary.dimension == .percent
    }

    /// Whether words after a number set it against last year: `so với năm
    /// 2024`, `cùng kỳ`, and as lists abbreviate, `so CK`, `so năm 2024`, `CK` alone (`108% CK`).
    static func namesPrevious(_ words: ArraySlice<FoldedWord>) -> Bool {
        words.first == .ck || words.first == .cknt
            || FoldedPhrase.soVoi.occurs(in: words) || FoldedPhrase.cungKy.occurs(in: words)
            || FoldedPhrase.soCK.occurs(in: words) || FoldedPhrase.soNam.occurs(in: words)
    }

    /// Whether a clause's words up to a change's verb set it against last
    /// year: as ``namesPrevious(_:)``, but a `so với` that names a plan
    /// (`vượt 4% so với nghị quyết, tỷ lệ hộ nghèo giảm 0,37%`) is another
    /// figure's comparison, no year's.
    static func opensOnPrevious(_ opening: ArraySlice<FoldedWord>) -> Bool {
        if FoldedPhrase.cungKy.occurs(in: opening) || FoldedPhrase.soCK.occurs(in: opening)
            || FoldedPhrase.soNam.occurs(in: opening) { return true }
        var index = opening.startIndex
        while index + 1 < opening.endIndex {
            if opening[index] == .so, opening[index + 1] == .voi {
                let named = opening[(index + 2)...]
                if !(named.first.map { planWordStarts.contains($0) } ?? false) && planNameLength(named.prefix(3)) == nil { return true }
            }
            index += 1
        }
        return false
    }

    /// The first words of a plan's names after `so với` (`kế hoạch`, `KH`, `nghị quyết`, `NQ`, `mục tiêu`, `chỉ tiêu`, `dự toán`, `DT`).
    private static let planWordStarts: [FoldedWord] = [.ke, .kh, .nghi, .nq, .muc, .chi, .du, .dt]

    /// The words after a share without those that say it is of a level: `mức
    /// của năm trước` read as `năm trước`. Any other words are left as they are.
    static func droppingLevelWords(_ tail: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        var rest = tail
        if rest.first == .muc { rest = rest.dropFirst() }
        if rest.first == .cua { rest = rest.dropFirst() }
        return rest
    }

    /// Whether a clause opens on a comparison (`so với cùng kỳ năm 2024 giảm …`,
    /// `so CK giảm …`, `so năm trước giảm …`) before `end`: read in the folded scalars where it starts, as most clauses do not.
    func opensOnComparison(at start: Int, before end: Int) -> Bool {
        opens(on: Self.comparisonOpenings, at: start, before: end)
    }

    /// Whether the clause at `start` opens on one of `phrases` (folded scalars) that ends before `end`.
    func opens(on phrases: [[Unicode.Scalar]], at start: Int, before end: Int) -> Bool {
        let folded = text.folded
        let index = ScalarText.skipSpaces(folded, start)
        return phrases.contains { phrase in
            index + phrase.count < end && ScalarText.wordStands(phrase, in: folded, at: index)
        }
    }

    /// Spelled as the folded text is (`kỳ` folds to `ki`, ``SpellingVariants``).
    private static let comparisonOpenings = ["so voi", "so ck", "so nam", "so cung ki"].map { Array($0.unicodeScalars) }

    /// Whether a clause opens on a change's verb with no subject of its own
    /// (`…, ước còn 3,8%; giảm 0,9 điểm % so đầu năm`): it goes on with the
    /// clause before, whose figure changed.
    func opensOnChange(at start: Int, before end: Int) -> Bool {
        opens(on: Self.changeOpenings, at: start, before: end)
    }

    /// Whether the words after a change say nothing but what it is set
    /// against (`so đầu năm`, `so với cùng kỳ`, `so CK`), or nothing at all;
    /// `số vụ tai nạn` (folded `so vu …`) names what changed.
    static func saysOnlyComparison(_ tail: ArraySlice<FoldedWord>) -> Bool {
        tail.isEmpty || namesPrevious(tail.prefix(3)) || tail.starts(with: [.so, .dau])
    }

    private static let changeOpenings = [Array("tang".unicodeScalars), Array("giam".unicodeScalars)]

    /// Where the item of the figure ending at `end` ends in its clause: at the next comma, or with the clause.
    func itemEnd(after end: Int, in clause: Range<Int>) -> Int {
        guard end < clause.upperBound else { return clause.upperBound }
        return scalars[end..<clause.upperBound].firstIndex(of: ",") ?? clause.upperBound
    }

    /// Whether words after a change set it against an earlier month or
    /// quarter: `so với tháng trước`, `so với quý II`, `so với kỳ trước`, and
    /// `so với tháng 12 năm trước` (the year's start). Not `so với cùng tháng
    /// năm trước` nor `so với cùng kỳ`: those are last year.
    static func namesPriorPeriod(_ tail: ArraySlice<FoldedWord>) -> Bool {
        guard let so = tail.firstIndex(of: .so), so + 2 < tail.endIndex, tail[so + 1] == .voi else { return false }
        let next = tail[so + 2]
        return next == .thang || next == .qui || next == .ky && so + 3 < tail.endIndex && tail[so + 3] == .truoc
    }

    /// Whether words after a number set it against the plan: `so với kế
    /// hoạch`, `so KH`, `so với chỉ tiêu`, `so với nghị quyết`, and a
    /// budget's plan, its estimate (`tăng 27,5% so với dự toán tỉnh giao` is
    /// above the estimate, not last year).
    static func comparesWithPlan(_ tail: ArraySlice<FoldedWord>) -> Bool {
        guard let so = tail.firstIndex(of: .so) else { return false }
        var next = tail.index(after: so)
        if next < tail.endIndex, tail[next] == .voi { next = tail.index(after: next) }
        guard next < tail.endIndex else { return false }
        let rest = tail[next...]
        return rest.first == .nq || namesPlan(rest.prefix(2)) || namesEstimate(rest.prefix(2))
    }

    /// Whether words name a plan: `kế hoạch`, `KH` first, `chỉ tiêu`, `mục
    /// tiêu`, `nghị quyết` or `NQ` first — what a share of plan (`đạt 98% kế hoạch`,
    /// `bằng 105% NQ`) or a comparison with it (`so với kế hoạch`) is of.
    static func namesPlan(_ words: ArraySlice<FoldedWord>) -> Bool {
        words.first == .kh || words.first == .nq || FoldedPhrase.keHoach.occurs(in: words) || FoldedPhrase.chiTieu.occurs(in: words)
            || FoldedPhrase.mucTieu.occurs(in: words) || FoldedPhrase.nghiQuyet.occurs(in: words)
    }

    /// Whether words after a share name the plan a local council set by who
    /// set it, and nothing else: `đạt 135,7% xã giao`, `bằng 104% huyện giao`,
    /// `phường giao`, `quận giao` (a province's or city's are their estimates).
    static func namesLocalAssignment(_ tail: ArraySlice<FoldedWord>) -> Bool {
        guard let giao = tail.firstIndex(of: .giao), giao > tail.startIndex else { return false }
        return localCouncils.contains(tail[giao - 1])
    }

    /// The councils under a province or city that assign a plan (`xã`, `huyện`, `phường`, `quận`, `thị xã`).
    private static let localCouncils: Set<FoldedWord> = ["xa", "huyen", "phuong", "quan"]

    /// Whether words after a share name a budget's estimate: `dự toán`, or
    /// `DT` right after it, as lists abbreviate it (`đạt 112% DT huyện giao`).
    /// `DT` is an area too: not before the words that say which (`DT tự
    /// nhiên`, `DT đất`, `DT gieo trồng`, `DT sàn`, `DT rừng`).
    static func namesEstimate(_ tail: ArraySlice<FoldedWord>) -> Bool {
        if FoldedPhrase.duToan.occurs(in: tail) { return true }
        guard tail.first == .dt else { return false }
        let next = tail.dropFirst().first
        return next.map { !areaWords.contains($0) } ?? true
    }

    /// The words after `DT` that make it an area (`diện tích`).
    private static let areaWords: [FoldedWord] = ["tu", "dat", "gieo", "san", "rung", "trong", "canh"]

    /// Whether words before a number end on a plan's name: `(nghị quyết 9%)`, `KH: 9%`, `(kế hoạch 4.600 tỷ đồng)`.
    /// Asked of every number: its last word first, and nothing generic. A
    /// plan of the year ends so too (`KH năm: 400 ha`), and a plan's level
    /// said with its verb (`kế hoạch giảm còn 1,8%`, `KH là 95%`, `kế hoạch đề
    /// ra là 1.400 tỷ đồng`).
    static func endsOnPlan(_ lead: ArraySlice<FoldedWord>) -> Bool {
        planNameLength(lead) != nil || planNameLength(droppingLevelVerb(lead)) != nil || planNameLength(droppingSetter(lead)) != nil
            // `kế hoạch đề ra là 1.400 tỷ đồng`: the setter, then the verb.
            || lead.last == .la && planNameLength(droppingSetter(lead.dropLast())) != nil
    }

    /// Whether the plan's name ending `lead` follows the verb that says it was
    /// reached (`hoàn thành kế hoạch`, `đạt KH`, `hoàn thành vượt mức kế
    /// hoạch`): a count after it is of what reached the plan, not the plan.
    /// (After `vượt` alone the figure is the excess over the plan: `vượt kế hoạch 35 tỷ đồng`.)
    static func endsOnReachedPlan(_ lead: ArraySlice<FoldedWord>) -> Bool {
        guard let length = planNameLength(lead) else { return false }
        let named = lead.dropLast(length)
        // `hoàn thành vượt (mức) kế hoạch`: passing the plan, said after `hoàn thành`.
        let passing = named.last == .muc && named.dropLast().last == .vuot ? 2 : named.last == .vuot ? 1 : 0
        let verb = named.dropLast(passing).last
        return verb == .thanh || passing == 0 && verb == .dat
    }

    /// The lead without the words that say the plan was set after its name:
    /// `kế hoạch đề ra (tăng 7%)`, `chỉ tiêu đặt ra`, `kế hoạch giao 95%`, or
    /// that it counts from the start (`Nghị quyết lũy kế 8 xã`).
    /// Any other lead is left as it is.
    static func droppingSetter(_ lead: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        if lead.last == .giao {
            // `dự toán HĐND giao (120 tỷ đồng)`, `kế hoạch UBND tỉnh giao`: the body that set it goes too.
            var named = lead.dropLast()
            while named.count > 1, let last = named.last, setters.contains(last) { named = named.dropLast() }
            return named
        }
        if lead.count >= 2, lead.last == .ke, lead[lead.endIndex - 2] == luy { return lead.dropLast(2) }
        guard lead.count >= 2, lead.last == .ra, lead[lead.endIndex - 2] == .de || lead[lead.endIndex - 2] == .dat else { return lead }
        return lead.dropLast(2)
    }

    private static var luy: FoldedWord { "luy" }
    /// The words of who sets a plan, between its name and `giao`: `HĐND`, `UBND tỉnh`, `Hội đồng nhân dân huyện`.
    private static let setters: [FoldedWord] = ["hdnd", "ubnd", "hoi", "dong", "nhan", "dan", "uy", "ban", "tinh", "huyen",
                                                "xa", "phuong", "thanh", "pho", "thi", "tran", "cap", "tren"]

    /// The lead without the verb that sets a level after a plan's name:
    /// `giảm còn`, `giảm xuống`, `tăng lên`, `còn`, `là`. (`KH giảm 2,5%`,
    /// a change, keeps its verb.) Any other lead is left as it is.
    private static func droppingLevelVerb(_ lead: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        guard let last = lead.last, last == .con || last == .xuong || last == .len || last == .la else { return lead }
        let rest = lead.dropLast()
        guard last != .la, let verb = rest.last, verb == .giam || verb == .tang else { return rest }
        return rest.dropLast()
    }

    /// Whether `lead` ends on what was done, set beside a plan: `TH`, `ƯTH`,
    /// `thực hiện` (`KH giảm 1,5%, TH giảm 1,2%`).
    static func endsOnDone(_ lead: ArraySlice<FoldedWord>) -> Bool {
        guard let last = lead.last else { return false }
        return last == .th || last == .uth || last == .hien && lead.count >= 2 && lead[lead.endIndex - 2] == .thuc
    }

    /// How many words the plan's name that `lead` ends on takes (`KH` 1, `kế
    /// hoạch năm` 3), nil when it ends on none.
    static func planNameLength(_ lead: ArraySlice<FoldedWord>) -> Int? {
        guard var last = lead.last else { return nil }
        var lead = lead, year = 0
        if last == .nam, lead.count >= 2 {
            lead = lead.dropLast()
            last = lead[lead.endIndex - 1]
            year = 1
        }
        if last == .kh || last == .nq { return 1 + year }
        guard last == .hoach || last == .quyet || last == .tieu || last == .ban || last == .toan, lead.count >= 2 else { return nil }
        let before = lead[lead.endIndex - 2]
        // `(mục tiêu 88 triệu đồng)`, `chỉ tiêu 400 ha`: a goal is a plan too; so is a province's
        // growth scenario (`thấp hơn kịch bản đề ra (7,6%)`), and a budget's estimate (`538,6 tỷ đồng/dự toán 480 tỷ đồng`).
        let named = switch last {
        case .tieu: before == .muc || before == .chi
        case .hoach: before == .ke
        case .ban: before == .kich
        case .toan: before == .du
        default: before == .nghi
        }
        return named ? 2 + year : nil
    }

    /// The lead without the comparison with last year that stands between a
    /// change's verb and its number: `giảm so với cùng kỳ 3 vụ`, `tăng so với
    /// năm 2024 là 12%` read as `giảm 3 vụ`, `tăng 12%`. Any other lead is left as it is.
    static func droppingComparison(_ lead: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        guard let last = lead.last, last == .nam || last == .truoc || last == .ck || last == .la
            || last == FoldedPhrase.cungKy.words[1] else { return lead }
        var rest = lead
        if rest.last == .la { rest = rest.dropLast() }
        for phrase in Self.previousNames where rest.suffix(phrase.words.count).elementsEqual(phrase.words) {
            let before = rest.dropLast(phrase.words.count)
            return before.last == .tang || before.last == .giam || isComparative(before) ? before : lead
        }
        return lead
    }

    /// Whether `lead` is a comparison with last year and nothing else (`so với cùng kỳ:`, `so CK`), the label
    /// of the signed changes after it.
    static func namesOnlyPrevious(_ lead: ArraySlice<FoldedWord>) -> Bool {
        guard lead.count >= 2, lead.count <= 5, let last = lead.last,
              last == .truoc || last == .ck || last == FoldedPhrase.cungKy.words[1] else { return false }
        return previousNames.contains { lead.elementsEqual($0.words) }
    }

    /// Whether `words` (a sentence's) name last year anywhere: `cùng kỳ`,
    /// `CK`, `CKNT`, `năm trước`. A bare share after `bằng` in such a sentence
    /// is of last year (`…, tăng 6,3% so với cùng kỳ; 230 ha khoai lang, bằng 91,5%`).
    static func namesLastYearAnywhere(_ words: ArraySlice<FoldedWord>) -> Bool {
        words.contains(.ck) || words.contains(.cknt) || FoldedPhrase.cungKy.occurs(in: words) || Self.namTruoc.occurs(in: words)
    }

    private static let namTruoc: FoldedPhrase = "nam truoc"

    /// How a comparison with last year is said between a change's verb and its number, longest first.
    /// (`cùng kỳ` and `năm trước` alone follow a comparative: `thấp hơn cùng kỳ 1,8%`, `ít hơn năm trước 6 vụ`.)
    private static let previousNames: [FoldedPhrase] = ["so voi cung ky nam truoc", "so voi cung ky", "so voi nam truoc",
                                                        "so voi nam", "so cung ky", "so voi ck", "so ck", "cung ky nam truoc",
                                                        "cung ky", "nam truoc"]

    /// The lead with a comparative said as the change it is: `cao hơn` and
    /// `nhiều hơn` as `tăng`, `thấp hơn` and `ít hơn` as `giảm` (`thấp hơn cùng
    /// kỳ 1,8%`, `cao hơn 4,2 tỷ đồng so với cùng kỳ`, `ít hơn năm trước 6
    /// vụ`). Any other lead is left as it is; a new slice is made only where
    /// a comparative is said, which few numbers follow.
    static func comparativeAsChange(_ lead: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        guard isComparative(lead) else { return lead }
        let adjective = lead[lead.endIndex - 2]
        let verb: FoldedWord = adjective == .cao || adjective == .nhieu ? .tang : .giam
        return ArraySlice(Array(lead.dropLast(2)) + [verb])
    }

    /// Whether the change's verb alone opens the item its number stands in,
    /// after a comma or bracket that ends the figure before and its noun: `đón 120 nghìn
    /// lượt khách du lịch, tăng 12%`, `xảy ra 6 vụ phạm pháp hình sự, giảm 2 vụ`, `cấp 1.384 giấy phép xây dựng (tăng 4,6%)`,
    /// `230 ha khoai lang, bằng 91,5%`,
    /// `…, ít hơn năm trước 4 vụ` (not `…, chi ngân sách giảm 2 tỷ đồng`, another figure's change).
    func opensItem(_ verbLead: ArraySlice<FoldedWord>, after lower: Int, before start: Int,
                   in words: borrowing SentenceWords) -> Bool {
        guard let verb = verbLead.last, verb == .tang || verb == .giam || verb == .vuot || verb == .bang,
              lower < start, start <= scalars.count,
              let comma = scalars[lower..<start].lastIndex(where: { $0 == "," || $0 == "(" }) else { return false }
        // A bracket after the plan named (`chưa đạt kế hoạch đề ra (tăng 7%)`, `vượt KH giao (giảm 2,5%)`) holds
        // the plan's change, no figure's.
        if scalars[comma] == "(", case let named = words.window(lower, comma), Self.namesPlan(named) || Self.endsOnPlan(named) {
            return false
        }
        // The item as the verb's lead is read: `…, ít hơn năm trước 4 vụ` opens on `giảm`.
        let item = Self.comparativeAsChange(Self.droppingComparison(words.window(comma + 1, start)))
        return item.count == 1 && item.last == verb
    }

    /// The words after `so với` in a lead that ends on its verb (`so với dự
    /// toán đạt`, `so với cùng kỳ bằng`): what the share after the verb is of.
    static func comparedBeforeVerb(_ lead: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord>? {
        let words = lead.dropLast()
        guard words.count > 2, let at = words.indices.dropLast().last(where: { words[$0] == .so && words[$0 + 1] == .voi })
        else { return nil }
        return words[(at + 2)...]
    }

    /// Whether `lead` ends on `cao hơn`, `thấp hơn`, `nhiều hơn` or `ít hơn`.
    private static func isComparative(_ lead: ArraySlice<FoldedWord>) -> Bool {
        guard lead.count >= 2, lead.last == .hon else { return false }
        let adjective = lead[lead.endIndex - 2]
        return adjective == .cao || adjective == .thap || adjective == .nhieu || adjective == .it
    }

    /// Whether the plan a number follows is one passed: `vượt` before it,
    /// past the plans' names (`vượt mục tiêu Nghị quyết 0,36%`, `vượt KH 2%`,
    /// `so với mục tiêu vượt 0,4%`).
    static func passesPlan(_ lead: ArraySlice<FoldedWord>) -> Bool {
        var lead = lead
        while let length = planNameLength(lead) { lead = lead.dropLast(length) }
        return lead.last == .vuot
    }

    /// Whether a percentage follows `vượt` and the plan or estimate it
    /// passes, named with who set it: `vượt chỉ tiêu tỉnh giao 0,3%`, `vượt
    /// dự toán 12%`, `vượt kế hoạch 90%` — the excess over the plan, or the
    /// plan passed, which ``excessRead(_:_:lead:unit:quantities:)`` tells by
    /// the figure before. Not where another verb follows the plan's name
    /// (`vượt kế hoạch, tăng 0,5%`).
    static func passesNamedPlan(_ lead: ArraySlice<FoldedWord>) -> Bool {
        guard let vuot = lead.lastIndex(of: .vuot), lead.endIndex - vuot <= 7 else { return false }
        let named = lead[(vuot + 1)...]
        guard !named.isEmpty, !named.contains(where: { $0 == .tang || $0 == .giam || $0 == .dat || $0 == .bang }) else { return false }
        return namesPlan(named) || named.first == .nq || named.first == .dt || FoldedPhrase.duToan.occurs(in: named)
    }

    /// Whether a number is a multiple of another figure: `… lần` after `gấp`,
    /// `bằng` or `tăng` (`gấp 1,5 lần so với cùng kỳ`, `tăng gấp 2 lần`,
    /// `tăng 2,1 lần so với năm trước`, which the genre writes for `gấp`).
    static func isMultiple(_ unit: QuantityUnit, verb: FoldedWord?) -> Bool {
        (verb == .gap || verb == .bang || verb == .tang) && unit.dimension == .count(noun: "lần")
    }

    /// The lead of a change said as its equivalent after a level (`(tương
    /// đương mức giảm 2,6%)`) as its verb alone: the change itself, as `giảm
    /// 2,6%` alone would be.
    static func droppingEquivalence(_ lead: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        guard lead.count >= 3, let verb = lead.last, verb == .tang || verb == .giam else { return lead }
        var rest = lead.dropLast()
        if rest.last == .muc { rest = rest.dropLast() }
        guard rest.count == 2, rest.first == Self.tuong, rest.last == Self.duong else { return lead }
        return lead.suffix(1)
    }

    private static var tuong: FoldedWord { "tuong" }
    private static var duong: FoldedWord { "duong" }

    /// The lead without the word that makes the number approximate, which
    /// stands between the verb and the number (`tăng hơn 22%`, `vượt xấp xỉ 5%`).
    /// A bound's sign (`kế hoạch ≥ 9.500 tấn`) is no word, and leaves the lead whole.
    static func droppingApproximation(_ lead: ArraySlice<FoldedWord>, _ word: String?) -> ArraySlice<FoldedWord> {
        guard let word, word.unicodeScalars.first?.properties.isAlphabetic == true else { return lead }
        return lead.dropLast(word.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 })
    }
}
