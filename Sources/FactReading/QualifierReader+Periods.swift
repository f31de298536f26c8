import Platform
import Report
import Facts

/// Figures of one month or quarter of a report on several: `Trong tháng 7,
/// kim ngạch xuất khẩu ước đạt 128 triệu USD; tính chung 7 tháng ước đạt
/// 812,4 triệu USD` gives the seven months' exports second, and the month's
/// is no figure of the report's period.
extension QualifierReader {
    /// Marks the figures a month or quarter named before them in their clause
    /// is of (`tháng 7`, `quý III`), where the report covers more than it:
    /// each is `periodValue`, `asOf` that part (`trong tháng 7`). A mention of
    /// the report's own span after it (`tính chung 7 tháng`, `lũy kế`, `cả
    /// năm`) ends the part's reach; a month counted up to (`đến hết tháng 7`,
    /// `từ tháng 7`) or a day's month (`ngày 15 tháng 7`) is no part.
    func markPartsOfPeriod(_ quantities: UnsafeBufferPointer<ScannedQuantity>, sentence: Range<Int>,
                           clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard let reportPeriod, reportPeriod.hasParts, mentionsPart(sentence) else { return }
        let mentions = periodMentions(in: sentence, of: reportPeriod)
        guard mentions.contains(where: { $0.part != nil }) else { return }
        for index in quantities.indices {
            let start = quantities[index].start
            let clause = clauseOf(start)
            guard let mention = mentions.last(where: { $0.at < start }), mention.at >= clause.lowerBound,
                  let part = mention.part else { continue }
            drafts[index].role = .comparison(.periodValue)
            drafts[index].qualifiers.append(.asOf("trong " + part))
        }
    }

    /// A place in a sentence that names a span of time: a part of the
    /// report's period (`tháng 7`), or the period itself (`7 tháng`, nil part).
    struct PeriodMention {
        var at: Int
        var part: String?
    }

    /// Whether the folded sentence has `thang` or `qui` (`quý`) followed by a space
    /// and a digit or a Roman numeral's letter: the cheap test that spares
    /// most sentences the reading of their words.
    private func mentionsPart(_ sentence: Range<Int>) -> Bool {
        let folded = text.folded
        var index = sentence.lowerBound
        while index + 4 < sentence.upperBound {
            defer { index += 1 }
            guard folded[index] == "t" || folded[index] == "q" else { continue }
            // Folding spells `quý` as `qui`, as it spells `kỳ` `ki`.
            let word: [Unicode.Scalar] = folded[index] == "t" ? ["t", "h", "a", "n", "g", " "] : ["q", "u", "i", " "]
            guard index + word.count < sentence.upperBound, folded[index..<(index + word.count)].elementsEqual(word) else { continue }
            let next = folded[index + word.count]
            if ("0"..."9").contains(next) || next == "i" || next == "v" { return true }
        }
        return false
    }

    /// The sentence's mentions of spans of time, in order.
    private func periodMentions(in sentence: Range<Int>, of period: ReportPeriod) -> [PeriodMention] {
        let words = foldedWords(in: sentence)
        var mentions: [PeriodMention] = []
        func word(_ index: Int) -> String { index >= 0 && index < words.count ? words[index].text : "" }
        for (index, current) in words.enumerated() {
            let before = word(index - 1), next = word(index + 1)
            switch current.text {
            case "thang" where Int(before) != nil:
                mentions.append(PeriodMention(at: current.start))  // `7 tháng`, `tính chung 9 tháng`
            case "thang" where Int(next).map({ (1...12).contains($0) }) == true:
                // `đến hết tháng 7`, `tính đến tháng 7`: counted up to the month, the period's own.
                if ["het", "den"].contains(before) { mentions.append(PeriodMention(at: current.start)); continue }
                // `từ tháng 7`: where a count starts. (`ngày 15 tháng 7` is read above, a number before `tháng`.)
                if before == "tu" { continue }
                if period.partIsMonth { mentions.append(PeriodMention(at: current.start, part: "tháng " + next)) }
            case "qui" where Self.quarters.contains(next):
                if ["het", "den", "tu"].contains(before) { continue }
                if period.partIsQuarter { mentions.append(PeriodMention(at: current.start, part: "quý " + next.uppercased())) }
            case "chung" where before == "tinh", "ke" where before == "luy", "nam" where before == "ca":
                mentions.append(PeriodMention(at: current.start))
            default: break
            }
        }
        return mentions
    }

    private static let quarters: Set<String> = ["i", "ii", "iii", "iv", "1", "2", "3", "4"]

    /// The words of the folded sentence, letters or digits, with where each starts.
    private func foldedWords(in sentence: Range<Int>) -> [(text: String, start: Int)] {
        var words: [(text: String, start: Int)] = []
        var start: Int?
        func close(_ end: Int) {
            if let first = start { words.append((String(String.UnicodeScalarView(text.folded[first..<end])), first)) }
            start = nil
        }
        for index in sentence {
            let scalar = text.folded[index]
            if TextFolding.isLetter(scalar) || ("0"..."9").contains(scalar) {
                if start == nil { start = index }
            } else {
                close(index)
            }
        }
        close(sentence.upperBound)
        return words
    }
}

extension ReportPeriod {
    /// Whether the period has months or quarters a figure may be of alone.
    var hasParts: Bool { partIsMonth }

    /// Whether a single month is a part of the period, not the whole of it.
    var partIsMonth: Bool {
        if case .month = self { return false }
        return true
    }

    /// Whether a quarter is a part of the period: a year, or more than three months of it.
    var partIsQuarter: Bool {
        switch self {
        case .year: true
        case .months(let count), .lastMonths(let count): count > 3
        case .quarter, .month: false
        }
    }
}
