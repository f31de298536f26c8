import FoundationEssentials

/// Reads, sentence by sentence, what the words around each quantity say: an
/// estimate, an as-of date, a cumulative figure, the report's verdict — and
/// which numbers are comparisons (`đạt 82,7% kế hoạch`) of which other one.
struct QualifierReader {
    /// A quantity with what has been read about it so far.
    struct Draft {
        var scanned: ScannedQuantity
        var role: FactRole = .primary
        /// Index, among the sentence's drafts, of the quantity a comparison qualifies.
        var qualifies: Int?
        var qualifiers: [Qualifier] = []
    }

    let scalars: [Unicode.Scalar]
    /// `scalars` folded (lower case, no diacritics), offset for offset.
    let folded: [Unicode.Scalar]

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        self.folded = TextFolding.folded(scalars)
    }

    /// Reads the qualifiers of the quantities of one sentence. `references` are
    /// the sentence's non-quantity tokens (dates give `asOf`).
    func read(sentence: Range<Int>, quantities: [ScannedQuantity], references: [ScannedReference]) -> [Draft] {
        var drafts = quantities.map { Draft(scanned: $0) }
        let clauses = SentenceSplitter.clauses(scalars, in: sentence)
        var lastPrimary: Int?
        for index in drafts.indices {
            let q = drafts[index].scanned
            let clauseStart = clauses.first { $0.contains(q.start) }?.lowerBound ?? sentence.lowerBound
            let leadStart = max(clauseStart, index > 0 ? drafts[index - 1].scanned.end : sentence.lowerBound)
            let lead = words(leadStart, q.start)
            // The words after the number are read only when the verb or unit may make it a comparison.
            let verb = lead.last
            let mayCompare = q.unit.dimension == .percent || verb == .tang || verb == .giam
            let tail = mayCompare ? words(q.end, tailEnd(after: q.end, sentence: sentence, next: index + 1 < drafts.count ? drafts[index + 1].scanned.start : nil)) : []
            let clauseEnd = clauses.first { $0.contains(q.start) }?.upperBound ?? sentence.upperBound
            let rest = mayCompare ? words(q.end, clauseEnd) : []
            if mayCompare, let kind = comparisonKind(lead: lead, tail: tail, rest: rest, unit: q.unit) {
                drafts[index].role = .comparison(kind)
                if let primary = lastPrimary {
                    drafts[index].qualifies = primary
                    let falls = kind == .changeOnPrevious && lead.last == .giam
                    drafts[primary].qualifiers.append(.comparison(kind, value: falls ? -q.value : q.value, unit: q.unit, fact: index))
                }
                continue
            }
            lastPrimary = index
            drafts[index].qualifiers += contextQualifiers(lead: lead, leadRange: leadStart..<q.start, references: references)
            if let word = q.approximate { drafts[index].qualifiers.append(.approximate(word)) }
        }
        applyVerdicts(in: sentence, to: &drafts)
        return drafts
    }

    // MARK: - Comparisons

    /// Which comparison a number is, from the word before it (`đạt`, `vượt`,
    /// `tăng`…) and the words after it (`kế hoạch`, `so với năm 2022`…).
    /// `rest` is the remainder of the clause: `tăng 22 vụ, tăng 04 người chết … so với năm 2022`
    /// are all changes on last year, said once at the end.
    func comparisonKind(lead: [FoldedWord], tail: [FoldedWord], rest: [FoldedWord], unit: QuantityUnit) -> ComparisonKind? {
        let verb = lead.last
        let isPercent = unit.dimension == .percent
        if isPercent && tail.isEmpty && (has(lead, .mucTieu) || has(lead, .chiTieu)) { return .target }
        if verb == .tang || verb == .giam {
            return (has(rest, .soVoi) || has(rest, .cungKy)) ? .changeOnPrevious : nil
        }
        guard isPercent else { return nil }
        if has(tail, .tinhGiao) || has(tail, .duToanTinh) { return .percentOfProvinceEstimate }
        if has(tail, .thanhPhoGiao) || has(tail, .duToanThanhPho) { return .percentOfCityEstimate }
        if has(tail, .duToan) { return .percentOfEstimate }
        if has(tail, .keHoach) || tail.first == .kh || has(tail, .chiTieu) || has(tail, .mucTieu) {
            return verb == .vuot ? .exceedsPlanBy : .percentOfPlan
        }
        if has(tail, .soVoi) || has(tail, .cungKy) { return .percentOfPrevious }
        return nil
    }

    /// Estimate, as-of date and cumulative, from the words leading to a primary quantity.
    func contextQualifiers(lead: [FoldedWord], leadRange: Range<Int>, references: [ScannedReference]) -> [Qualifier] {
        var qualifiers: [Qualifier] = []
        if lead.contains(.uoc) { qualifiers.append(.estimate) }
        if has(lead, .luyKe) { qualifiers.append(.cumulative) }
        for reference in references where reference.kind == .date && leadRange.contains(reference.start) {
            let before = ScalarText.wordsBefore(scalars, reference.start, count: 2).map { TextFolding.fold($0) }
            if before.first == "den" || before.first == "ngay" && before.dropFirst().first == "den" {
                qualifiers.append(.asOf(String(String.UnicodeScalarView(scalars[reference.start..<reference.end]))))
            }
        }
        return qualifiers
    }

    /// `(Đạt kế hoạch giao)`, `(vượt kế hoạch đề ra)`, `chưa đạt`: a verdict
    /// applies to the last primary quantity before it in the sentence.
    static let verdicts: [([Unicode.Scalar], PlanStatus)] = [
        ("chua dat", PlanStatus.missed), ("khong dat", .missed), ("vuot ke hoach", .exceeded),
        ("dat ke hoach", .met), ("dat chi tieu", .met), ("hoan thanh ke hoach", .met),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    func applyVerdicts(in sentence: Range<Int>, to drafts: inout [Draft]) {
        // One pass finds every verdict phrase at a word start (no list of word
        // starts is built: most sentences hold no verdict); the matches are then
        // claimed in the list's order, so that the earlier phrase wins an overlap.
        var found: [(verdict: Int, range: Range<Int>)] = []
        var previousIsLetter = false
        // The tables once: each use of a static array in the loop retained and released it.
        let verdicts = Self.verdicts, initials = Self.verdictInitials
        for start in sentence {
            let first = folded[start]
            let isLetter = TextFolding.isLetter(first)
            defer { previousIsLetter = isLetter }
            guard isLetter, !previousIsLetter, initials.contains(first) else { continue }
            for (verdict, entry) in verdicts.enumerated() where entry.0[0] == first {
                let range = start..<(start + entry.0.count)
                if range.upperBound <= sentence.upperBound, folded[range].elementsEqual(entry.0),
                   isWordBoundary(range, in: sentence) {
                    found.append((verdict, range))
                }
            }
        }
        guard !found.isEmpty else { return }
        var claimed: [Range<Int>] = []
        for (verdict, range) in found.sorted(by: { ($0.verdict, $0.range.lowerBound) < ($1.verdict, $1.range.lowerBound) }) {
            guard !claimed.contains(where: { $0.overlaps(range) }) else { continue }
            claimed.append(range)
            if let target = drafts.indices.last(where: { drafts[$0].role == .primary && drafts[$0].scanned.end <= range.lowerBound }),
               !drafts[target].qualifiers.contains(where: { if case .status = $0 { true } else { false } }) {
                drafts[target].qualifiers.append(.status(Self.verdicts[verdict].1))
            }
        }
    }

    /// The first letters of the verdict phrases, to skip most words at a glance.
    static let verdictInitials: [Unicode.Scalar] = Array(Set(verdicts.map { $0.0[0] }))

    // MARK: - Words

    /// Where the words qualifying a number stop: at the next number or at `,` `;` `(` `)` `.`
    private func tailEnd(after start: Int, sentence: Range<Int>, next: Int?) -> Int {
        var cursor = start
        let limit = min(next ?? sentence.upperBound, sentence.upperBound)
        while cursor < limit {
            let s = scalars[cursor]
            if s == "," || s == ";" || s == "(" || s == ")" || s == "." || s == "<" { break }
            cursor += 1
        }
        return cursor
    }

    /// The folded words between two offsets (letters only: a date between the verb
    /// and the number must not stand in for the verb).
    func words(_ start: Int, _ end: Int) -> [FoldedWord] {
        start < end ? FoldedWord.words(folded[start..<end]) : []
    }

    private func has(_ words: [FoldedWord], _ phrase: FoldedPhrase) -> Bool {
        phrase.occurs(in: words)
    }

    private func isWordBoundary(_ range: Range<Int>, in sentence: Range<Int>) -> Bool {
        let beforeIsLetter = range.lowerBound > sentence.lowerBound && TextFolding.isLetter(folded[range.lowerBound - 1])
        let afterIsLetter = range.upperBound < sentence.upperBound && TextFolding.isLetter(folded[range.upperBound])
        return !beforeIsLetter && !afterIsLetter
    }
}

/// The words the qualifier reader compares with, packed once (a literal packs
/// its letters each time it is met).
extension FoldedWord {
    static let tang: FoldedWord = "tang"
    static let giam: FoldedWord = "giam"
    static let vuot: FoldedWord = "vuot"
    static let kh: FoldedWord = "kh"
    static let uoc: FoldedWord = "uoc"
}

/// The phrases the qualifier reader looks for, folded once.
extension FoldedPhrase {
    static let chiTieu: FoldedPhrase = "chi tieu"
    static let cungKy: FoldedPhrase = "cung ky"
    static let duToan: FoldedPhrase = "du toan"
    static let duToanThanhPho: FoldedPhrase = "du toan thanh pho"
    static let duToanTinh: FoldedPhrase = "du toan tinh"
    static let keHoach: FoldedPhrase = "ke hoach"
    static let luyKe: FoldedPhrase = "luy ke"
    static let mucTieu: FoldedPhrase = "muc tieu"
    static let soVoi: FoldedPhrase = "so voi"
    static let thanhPhoGiao: FoldedPhrase = "thanh pho giao"
    static let tinhGiao: FoldedPhrase = "tinh giao"
}
