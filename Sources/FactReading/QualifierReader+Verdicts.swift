import Platform
import Facts

/// The report's own verdicts on its figures: `(Đạt kế hoạch giao)`, `chưa
/// đạt`, `vượt chỉ tiêu`, and the one word closing a list item (`- Vượt.`).
extension QualifierReader {
    /// `(Đạt kế hoạch giao)`, `(vượt kế hoạch đề ra)`, `chưa đạt`, `chưa
    /// hoàn thành chỉ tiêu` (before `hoàn thành chỉ tiêu` claims it): a verdict
    /// applies to the last primary quantity before it in the sentence; one
    /// that says the plan was met applies as well to every other primary
    /// before it in its clause that has no verdict or share of plan of its own
    /// (`trồng 66,4 ha rừng và 20,9 ha cây trồng … (vượt kế hoạch đề ra)`).
    /// After `gần` (`gần đạt kế hoạch`, `gần hoàn thành kế hoạch`: nearly
    /// met) the words give no verdict, nor after words of purpose or resolve
    /// (`trồng mới 880 ha để hoàn thành kế hoạch năm`, `phấn đấu hoàn thành
    /// kế hoạch`): the plan is aimed at, not met.
    static let verdicts: [(FoldedPhrase, PlanStatus)] = [
        ("chua dat", PlanStatus.missed), ("khong dat", .missed),
        // (`chưa hoàn thành` alone counts what is unfinished: `còn 36 học sinh chưa hoàn thành chương trình`.)
        ("chua hoan thanh ke hoach", .missed), ("chua hoan thanh chi tieu", .missed), ("chua hoan thanh muc tieu", .missed),
        ("khong hoan thanh ke hoach", .missed), ("khong hoan thanh chi tieu", .missed), ("chua hoan thanh kh", .missed),
        // `hoàn thành vượt mức chỉ tiêu`, `vượt mức kế hoạch đề ra` (`hoàn thành` the verdict's own word: `có 8/21 chỉ
        // tiêu hoàn thành vượt mức kế hoạch` says what the 8 count, not the 21).
        ("hoan thanh vuot muc ke hoach", .exceeded), ("hoan thanh vuot muc chi tieu", .exceeded),
        ("hoan thanh vuot ke hoach", .exceeded), ("hoan thanh vuot chi tieu", .exceeded),
        ("vuot muc ke hoach", .exceeded), ("vuot muc chi tieu", .exceeded), ("vuot muc kh", .exceeded),
        ("vuot ke hoach", .exceeded), ("vuot chi tieu", .exceeded),
        // A budget's plan is its estimate: `vượt dự toán giao`, `đạt dự toán` (with no share between).
        ("vuot du toan", .exceeded), ("dat du toan", .met),
        ("dat ke hoach", .met), ("dat chi tieu", .met), ("hoan thanh ke hoach", .met), ("hoan thanh chi tieu", .met),
        ("dam bao ke hoach", .met), ("dam bao chi tieu", .met), ("theo chi tieu giao", .met),
        ("vuot muc tieu", .exceeded), ("dat muc tieu", .met), ("hoan thanh muc tieu", .met),
        ("vuot nghi quyet", .exceeded), ("dat nghi quyet", .met),
        // The growth scenario a province is given (`đạt kịch bản tăng trưởng được giao`).
        ("vuot kich ban", .exceeded), ("dat kich ban", .met),
        // As lists abbreviate the plan and the resolution: `– vượt KH`, `(đạt NQ)`.
        ("vuot kh", .exceeded), ("dat kh", .met), ("hoan thanh kh", .met), ("vuot nq", .exceeded), ("dat nq", .met),
    ]

    func applyVerdicts(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: SentenceWords, clauseOf: (Int) -> Range<Int>,
                       to drafts: inout [Draft]) {
        // Every verdict phrase among the sentence's words (most sentences hold
        // none); the matches are then claimed in the list's order, so that the
        // earlier phrase wins an overlap.
        // A phrase is looked for only if the sentence's word mask may hold every
        // one of its words, which needs no pass over them: in the report, one
        // sentence in six holds `đạt`, and one in six of those `hoạch` or
        // `tiêu` as well.
        var found: [(status: PlanStatus, range: Range<Int>)] = []
        for entry in Self.verdicts where entry.0.words.allSatisfy(words.mayContain) {
            for range in words.occurrences(of: entry.0) { found.append((entry.1, range)) }
        }
        if let bare = bareVerdict(words) { found.append(bare) }
        if words.mayContain(.dat) || words.mayContain(.vuot) { bracketedVerdicts(words, into: &found) }
        guard !found.isEmpty else { return }
        var claimed: [Range<Int>] = []
        for (status, range) in found {
            guard !claimed.contains(where: { $0.overlaps(range) }) else { continue }
            claimed.append(range)
            // (`gần` before a figure, `đạt gần 11,2%, vượt mục tiêu`, is the figure's: the words after the last figure are asked.)
            let afterFigure = drafts.last(where: { $0.end <= range.lowerBound })?.end ?? words.sentence.lowerBound
            let before = words.window(afterFigure, range.lowerBound)
            if before.last == Self.nearly || Self.aimsAtPlan(before) { continue }
            // `đã hoàn thành vượt mức kế hoạch 9/22 chỉ tiêu, hoàn thành kế hoạch 11 chỉ tiêu`: a verdict right
            // before a count of targets says what that count counts, and judges no figure before it.
            if let next = quantities.indices.first(where: { quantities[$0].start >= range.upperBound }),
               quantities[next].unit.dimension == Self.targets,
               scalars[range.upperBound..<quantities[next].start].allSatisfy({ $0 == " " }) { continue }
            // The figure after the verdict that the verdict opens on (`Tuyển quân đạt chỉ tiêu với 48 thanh
            // niên`), else the last primary before the verdict, or change of none (`…; trong năm giảm 38 hộ
            // nghèo, chưa đạt chỉ tiêu`), else (a sentence of comparisons alone: `Giảm 0,02% so với năm 2022
            // (Đạt kế hoạch giao)`) the last number.
            if let opened = verdictOpening(range, quantities, drafts, words: words, clause: clauseOf(range.lowerBound)) {
                if !drafts[opened].hasStatus { drafts[opened].qualifiers.append(.status(status)) }
                continue
            }
            guard var last = drafts.indices.last(where: {
                (drafts[$0].role == .primary || drafts[$0].role == .comparison(.changeOnPrevious) && drafts[$0].qualifies == nil)
                    && drafts[$0].end <= range.lowerBound
            })
                ?? drafts.indices.last(where: { drafts[$0].end <= range.lowerBound }) else { continue }
            if let judged = judgedByBracketedPlan(after: range, last: last, quantities, drafts, words: words) { last = judged }
            var targets = [last]
            if status != .missed {
                // `Trong 20 chỉ tiêu …, có 11 chỉ tiêu vượt kế hoạch`: a verdict right after a count says what
                // that count counts, and nothing of the whole it is part of, a count of the same noun before it.
                let whole = quantities[last].unit.isCount && scalars[drafts[last].end..<range.lowerBound].allSatisfy { $0 == " " }
                    ? quantities[last].unit : nil
                let clause = clauseOf(range.lowerBound)
                targets += drafts.indices.filter { index in
                    index != last && drafts[index].role == .primary && drafts[index].end > clause.lowerBound
                        && drafts[index].end <= range.lowerBound && !Self.hasPlanShare(index, in: drafts)
                        && quantities[index].unit != whole
                }
            }
            for target in targets where !drafts[target].hasStatus {
                drafts[target].qualifiers.append(.status(status))
            }
        }
    }

    /// The figure a verdict judges that follows it after `với`, or after a comma
    /// and the level's `đạt`, when nothing of its clause comes before it: `Hoàn
    /// thành chỉ tiêu giao quân với 48 thanh niên nhập ngũ`, `Tuyển quân đạt chỉ
    /// tiêu với 48 công dân`, `thu ngân sách vượt dự toán, ước đạt 1.346 tỷ đồng`,
    /// `Tỷ lệ hộ nghèo chưa đạt kế hoạch, đạt 4,9%`.
    func verdictOpening(_ verdict: Range<Int>, _ quantities: UnsafeBufferPointer<ScannedQuantity>, _ drafts: [Draft],
                        words: borrowing SentenceWords, clause: Range<Int>) -> Int? {
        guard words.mayContain(.voi) || words.mayContain(.dat),
              let next = quantities.indices.first(where: { quantities[$0].start >= verdict.upperBound }),
              drafts[next].role == .primary,
              !drafts.indices.contains(where: { drafts[$0].end > clause.lowerBound && drafts[$0].end <= verdict.lowerBound })
        else { return nil }
        let between = words.window(verdict.upperBound, quantities[next].start), gap = scalars[verdict.upperBound..<quantities[next].start]
        if between.last == .voi, quantities[next].start < clause.upperBound { return next }
        // Past the comma, the level's verb alone; before it, nothing or the rest of the plan's name (`chưa đạt kế hoạch, đạt 4,9%`).
        guard let comma = gap.firstIndex(of: ","), !gap[(comma + 1)...].contains(where: { $0 == "," || $0 == ";" }) else { return nil }
        let named = words.window(verdict.upperBound, comma), after = words.window(comma + 1, quantities[next].start)
        let level = after.first == .uoc ? after.dropFirst() : after
        guard Array(level) == [.dat], named.isEmpty || Self.namesPlan(named) || FoldedPhrase.duToan.occurs(in: named)
        else { return nil }
        return next
    }

    /// The figure a verdict judges when the plan it was set against follows it
    /// in brackets in another unit than the figure right before it: `Thu hút 3
    /// dự án …, tổng vốn đăng ký 640 tỷ đồng, chưa đạt kế hoạch (5 dự án)` judges
    /// the projects, the last primary before it in the plan's unit.
    func judgedByBracketedPlan(after verdict: Range<Int>, last: Int, _ quantities: UnsafeBufferPointer<ScannedQuantity>,
                               _ drafts: [Draft], words: SentenceWords) -> Int? {
        guard let plan = quantities.indices.first(where: { quantities[$0].start >= verdict.upperBound }),
              quantities[plan].unit != quantities[last].unit else { return nil }
        // The bracket right after the verdict and the plan's name: `3 xã chưa đạt là xã Cao Thượng (đạt 82,5%)` gives
        // a place's share, no plan.
        let between = scalars[verdict.upperBound..<quantities[plan].start]
        guard let open = between.firstIndex(of: "("), !between.contains(")"),
              case let named = words.window(verdict.upperBound, open),
              named.isEmpty || Self.namesPlan(named) || Self.endsOnPlan(named) else { return nil }
        // … judging a figure of its clause: not past a `;`.
        return drafts.indices.last {
            drafts[$0].role == .primary && drafts[$0].end <= verdict.lowerBound && quantities[$0].unit == quantities[plan].unit
        }.flatMap { scalars[drafts[$0].end..<verdict.lowerBound].contains(";") ? nil : $0 }
    }

    /// A verdict of one word closing a list item after a dash or in brackets,
    /// as tables of targets turned into lists write it: `8,3%/KH 8% - Vượt.`,
    /// `18 xã/KH 18 xã (Đạt)`. Anywhere else `đạt` is the verb of a value.
    func bareVerdict(_ words: SentenceWords) -> (status: PlanStatus, range: Range<Int>)? {
        guard let last = words.words.last, let start = words.starts.last, let end = words.ends.last,
              let status = Self.bareVerdicts.first(where: { $0.0 == last })?.1 else { return nil }
        if let labelled = labelledVerdict(words, status: status) { return labelled }
        let opening = words.sentence.lowerBound
        let before = ScalarText.skipSpacesBack(scalars, before: start, floor: opening)
        guard before >= opening else { return nil }
        // An opening bracket, or a dash after a space (not a hyphen inside a word).
        let isDash = (scalars[before] == "-" || scalars[before] == "–") && before > opening && scalars[before - 1] == " "
        guard scalars[before] == "(" || isDash,
              scalars[end..<words.sentence.upperBound].allSatisfy({ $0 == " " || $0 == "." || $0 == ";" || $0 == ")" }) else { return nil }
        return (status, start..<end)
    }

    static let bareVerdicts: [(FoldedWord, PlanStatus)] = [("dat", .met), ("vuot", .exceeded)]

    /// A verdict of one word alone in brackets wherever it stands, as a list of
    /// targets writes it before going on: `ước thực hiện giảm 3,8% (Vượt), tỷ
    /// lệ hộ nghèo còn 11,2%`. (`(Không đạt)` is a verdict phrase of its own.)
    func bracketedVerdicts(_ words: SentenceWords, into found: inout [(status: PlanStatus, range: Range<Int>)]) {
        let (dat, vuot) = (FoldedWord.dat.bits, FoldedWord.vuot.bits)
        let hits = words.words.withUnsafeBufferPointer { list in
            var hits: [(at: Int, met: Bool)] = []
            for at in list.indices where list[at].bits == dat || list[at].bits == vuot { hits.append((at, list[at].bits == dat)) }
            return hits
        }
        guard !hits.isEmpty else { return }
        let starts = words.starts, ends = words.ends, sentence = words.sentence
        for (offset, met) in hits {
            let at = starts.startIndex + offset
            let before = ScalarText.skipSpacesBack(scalars, before: starts[at], floor: sentence.lowerBound)
            let after = ScalarText.skipSpaces(scalars, ends[at])
            guard before >= sentence.lowerBound, scalars[before] == "(", after < sentence.upperBound, scalars[after] == ")"
            else { continue }
            found.append((met ? .met : .exceeded, starts[at]..<ends[at]))
        }
    }

    /// `… Thực hiện: 49,6 tỷ đồng. Đánh giá: Không đạt.`: a verdict after its
    /// label (`Đánh giá:`) closing the statement, `Đạt`, `Vượt`, `Không đạt`
    /// or `Chưa đạt`; `status` is the last word's alone.
    private func labelledVerdict(_ words: SentenceWords, status: PlanStatus) -> (status: PlanStatus, range: Range<Int>)? {
        let list = words.words, starts = words.starts, ends = words.ends
        guard list.count >= 3, let end = ends.last else { return nil }
        var first = list.endIndex - 1, verdict = status
        if status == .met, list[first - 1] == Self.not || list[first - 1] == Self.notYet { first -= 1; verdict = .missed }
        guard first >= list.startIndex + 2, list[first - 2] == Self.danh, list[first - 1] == Self.gia,
              scalars[ends[first - 1]..<starts[first]].contains(":"),
              scalars[end..<words.sentence.upperBound].allSatisfy({ $0 == " " || $0 == "." || $0 == ";" }) else { return nil }
        return (verdict, starts[first]..<end)
    }

    private static var not: FoldedWord { "khong" }
    private static var notYet: FoldedWord { "chua" }
    private static var danh: FoldedWord { "danh" }
    private static var gia: FoldedWord { "gia" }

    /// `gần`, folded.
    private static var nearly: FoldedWord { "gan" }

    /// Whether the words before a verdict end on a purpose or a resolve: `để`,
    /// `nhằm`, `phấn đấu`, `quyết tâm`, `cố gắng`.
    static func aimsAtPlan(_ before: ArraySlice<FoldedWord>) -> Bool {
        guard let last = before.last else { return false }
        if last == .de || last == .nham { return true }
        return before.count >= 2 && aims.contains { $0.0 == before[before.endIndex - 2] && $0.1 == last }
    }

    private static let aims: [(FoldedWord, FoldedWord)] = [("phan", "dau"), ("quyet", "tam"), ("co", "gang")]
}
