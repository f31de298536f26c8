import Foundation

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
        self.folded = scalars.map(TextFolding.fold)
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
            let mayCompare = q.unit.dimension == .percent || verb == "tang" || verb == "giam"
            let tail = mayCompare ? words(q.end, tailEnd(after: q.end, sentence: sentence, next: index + 1 < drafts.count ? drafts[index + 1].scanned.start : nil)) : []
            let clauseEnd = clauses.first { $0.contains(q.start) }?.upperBound ?? sentence.upperBound
            let rest = mayCompare ? words(q.end, clauseEnd) : []
            if mayCompare, let kind = comparisonKind(lead: lead, tail: tail, rest: rest, unit: q.unit) {
                drafts[index].role = .comparison(kind)
                if let primary = lastPrimary {
                    drafts[index].qualifies = primary
                    let sign: Decimal = (kind == .changeOnPrevious && lead.last == "giam") ? -1 : 1
                    drafts[primary].qualifiers.append(.comparison(kind, value: q.value * sign, unit: q.unit, fact: index))
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
    func comparisonKind(lead: [String], tail: [String], rest: [String], unit: QuantityUnit) -> ComparisonKind? {
        let verb = lead.last
        let isPercent = unit.dimension == .percent
        if isPercent && tail.isEmpty && (has(lead, "muc tieu") || has(lead, "chi tieu")) { return .target }
        if verb == "tang" || verb == "giam" {
            return (has(rest, "so voi") || has(rest, "cung ky")) ? .changeOnPrevious : nil
        }
        guard isPercent else { return nil }
        if has(tail, "tinh giao") || has(tail, "du toan tinh") { return .percentOfProvinceEstimate }
        if has(tail, "thanh pho giao") || has(tail, "du toan thanh pho") { return .percentOfCityEstimate }
        if has(tail, "du toan") { return .percentOfEstimate }
        if has(tail, "ke hoach") || tail.first == "kh" || has(tail, "chi tieu") || has(tail, "muc tieu") {
            return verb == "vuot" ? .exceedsPlanBy : .percentOfPlan
        }
        if has(tail, "so voi") || has(tail, "cung ky") { return .percentOfPrevious }
        return nil
    }

    /// Estimate, as-of date and cumulative, from the words leading to a primary quantity.
    func contextQualifiers(lead: [String], leadRange: Range<Int>, references: [ScannedReference]) -> [Qualifier] {
        var qualifiers: [Qualifier] = []
        if lead.contains("uoc") { qualifiers.append(.estimate) }
        if has(lead, "luy ke") { qualifiers.append(.cumulative) }
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
        var claimed: [Range<Int>] = []
        for (phrase, status) in Self.verdicts {
            // Phrases start words: test only where a word starts.
            for start in sentence where folded[start] == phrase[0] && start + phrase.count <= sentence.upperBound
                && (start == sentence.lowerBound || !TextFolding.isLetter(folded[start - 1])) {
                let range = start..<(start + phrase.count)
                guard folded[range].elementsEqual(phrase), isWordBoundary(range, in: sentence),
                      !claimed.contains(where: { $0.overlaps(range) }) else { continue }
                claimed.append(range)
                let offset = start
                if let target = drafts.indices.last(where: { drafts[$0].role == .primary && drafts[$0].scanned.end <= offset }),
                   !drafts[target].qualifiers.contains(where: { if case .status = $0 { true } else { false } }) {
                    drafts[target].qualifiers.append(.status(status))
                }
            }
        }
    }

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
    func words(_ start: Int, _ end: Int) -> [String] {
        start < end ? TextFolding.words(folded[start..<end]) : []
    }

    private func has(_ words: [String], _ phrase: String) -> Bool {
        // Most phrases are two words: compare pairs without splitting or slicing.
        guard let space = phrase.utf8.firstIndex(of: 0x20) else { return words.contains(phrase) }
        let first = phrase[..<space], rest = phrase[phrase.utf8.index(after: space)...]
        guard !rest.utf8.contains(0x20) else {
            let parts = phrase.split(separator: " ").map(String.init)
            guard parts.count <= words.count else { return false }
            return (0...(words.count - parts.count)).contains { words[$0..<($0 + parts.count)].elementsEqual(parts) }
        }
        guard words.count >= 2 else { return false }
        for index in 1..<words.count where words[index - 1] == first && words[index] == rest { return true }
        return false
    }

    private func isWordBoundary(_ range: Range<Int>, in sentence: Range<Int>) -> Bool {
        let beforeIsLetter = range.lowerBound > sentence.lowerBound && TextFolding.isLetter(folded[range.lowerBound - 1])
        let afterIsLetter = range.upperBound < sentence.upperBound && TextFolding.isLetter(folded[range.upperBound])
        return !beforeIsLetter && !afterIsLetter
    }
}
