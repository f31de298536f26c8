import Platform
import Report
import Facts

/// A figure of the place above the report's, said of it as a whole: `Năm
/// 2026, toàn tỉnh đón 3,2 triệu lượt khách`, `Thu ngân sách của tỉnh đạt
/// 5.200 tỷ đồng` in a district's report; `toàn huyện`, `cả huyện` in a
/// commune's; `cả nước`, `toàn quốc` in any. Such a figure is that place's
/// (`.ofPlace("toàn tỉnh")`), no figure of the report's, and a mention of the
/// report's own place after it gives the figures after that back to the
/// report (`…, trong đó huyện Mai Sơn đón 412.000 lượt`).
extension QualifierReader {
    /// `chuẩn`: a standard (`chuẩn nghèo`, `đạt chuẩn`), and how many words before `của` it is looked for.
    private static var chuan: FoldedWord { "chuan" }
    private static var standardReach: Int { 4 }

    /// Marks the figures whose item, before them, names a place above the
    /// report's as a whole (`toàn`, `cả`, `của` and the place's kind) after
    /// any mention of the report's own kind of place (`của` only where the
    /// sentence has named none before); not a ranking among such places
    /// (`đứng thứ 3 toàn tỉnh`, `cao nhất toàn tỉnh`).
    func markHigherLevels(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                          into drafts: inout [Draft]) {
        guard let reportLevel, reportLevel < Self.country else { return }
        // The words' mask answers for most sentences: `toàn`, `cả` or `của`, and a kind of place above the report's.
        let (whole, whole2, of) = (Self.toan, Self.ca, Self.cua)
        let above = Self.firstWords(above: reportLevel)
        guard words.mayContain(whole) || words.mayContain(whole2) || words.mayContain(of),
              above.contains(where: { words.mayContain($0) }) else { return }
        let list = words.words, starts = words.starts
        // Then the words themselves, with no allocation: most such sentences name no place above after those words.
        var namesAbove = false
        var index = list.startIndex
        while index + 1 < list.endIndex, !namesAbove {
            let word = list[index]
            namesAbove = (word == whole && isToan(index, in: words) || word == whole2 || word == of) && above.contains(list[index + 1])
            index += 1
        }
        guard namesAbove else { return }
        // Each mention in order: where it starts, the words it was written in, and whether it is of a place above.
        var mentions: [(at: Int, text: Range<Int>, higher: Bool)] = []
        let kindWords = Self.kindWords
        for index in list.indices {
            let word = list[index]
            if word == whole && isToan(index, in: words) || word == whole2 || word == of, index + 1 < list.endIndex,
               kindWords.contains(list[index + 1]) {
                guard let (level, end) = kindLevel(at: index + 1, in: words), level > reportLevel || level == Self.country else { continue }
                let before = index > list.startIndex ? list[index - 1] : nil
                if let before, Self.ranking.contains(before) { continue }
                // `… TTHC của thành phố đã số hoá lên Kho dữ liệu của tỉnh là …`: after the report's own place,
                // `của` a place above names whose something else is, not whose the figure is.
                if word == of, mentions.contains(where: { !$0.higher }) { continue }
                // `theo chuẩn nghèo đa chiều của tỉnh còn 0,98%`: `của` a place above, a few words after a standard,
                // names whose the standard is.
                if word == of, list[max(list.startIndex, index - Self.standardReach)..<index].contains(Self.chuan) { continue }
                mentions.append((starts[index], starts[index]..<words.ends[end - 1], true))
            } else if kindWords.contains(word), let (level, _) = kindLevel(at: index, in: words), level == reportLevel {
                mentions.append((starts[index], starts[index]..<starts[index], false))
            }
        }
        guard mentions.contains(where: \.higher) else { return }
        for index in drafts.indices where drafts[index].qualifies == nil {
            let start = quantities[index].start
            // (A bracket opened right after the mention holds its figure: `bình quân chung của tỉnh (7,6%)`.)
            guard let mention = mentions.last(where: { $0.at < start }), mention.higher, mention.text.upperBound <= start,
                  case let between = scalars[mention.text.upperBound..<start],
                  !between.contains(where: { ",;:()".unicodeScalars.contains($0) })
                    || between.allSatisfy({ $0 == " " || $0 == "(" }) && between.contains("("),
                  !drafts[index].qualifiers.contains(where: { $0.kind == "place" }) else { continue }
            drafts[index].qualifiers.append(.ofPlace(String(String.UnicodeScalarView(scalars[mention.text]))))
        }
    }

    /// The level of the kind of place whose words start at word `index` (`tỉnh`,
    /// `thành phố`, `huyện` …, as ``namedPlace(in:)`` reads kinds, tones and all;
    /// `nước` and `quốc` the country's), and where its words end.
    private func kindLevel(at index: Int, in words: borrowing SentenceWords) -> (level: Int, end: Int)? {
        let list = words.words, starts = words.starts, ends = words.ends
        let word = list[index]
        if word == Self.nuoc || word == Self.quoc { return (Self.country, index + 1) }
        guard let end = kindWordsEnd(at: index, list, starts, ends) else { return nil }
        // The folding forgets tones: `tính` is no `tỉnh`.
        guard let kind = Self.kinds.first(where: { $0.elementsEqual(scalars[starts[index]..<ends[end - 1]].lazy.map(ScalarText.lower)) })
        else { return nil }
        return (Self.level(kind), end)
    }

    /// Whether word `index`, folded `toan`, is written `toàn` (the whole), not `toán` of `dự toán huyện giao`
    /// (the estimate the district set), which folds alike.
    private func isToan(_ index: Int, in words: borrowing SentenceWords) -> Bool {
        let start = words.starts[index]
        return start + 2 < scalars.count && ScalarText.lower(scalars[start + 2]) == "à"
    }

    private static var toan: FoldedWord { "toan" }
    private static var ca: FoldedWord { "ca" }
    private static var cua: FoldedWord { "cua" }
    private static var nuoc: FoldedWord { "nuoc" }
    private static var quoc: FoldedWord { "quoc" }
    /// The country's level, above every place's.
    private static let country = 5
    /// Words before a mention that rank the report's place among others: `thứ`, `đầu` (`dẫn đầu`), `nhất` (`cao nhất`).
    private static let ranking: Set<FoldedWord> = ["thu", "dau", "nhat"]
    /// The first words of the kinds of place that issue reports and of the country, compared as integers before any look-up.
    private static let kindWords = FoldedWord.distinct(PlaceKind.issuers.map { $0.folded.split(separator: " ").first! }) + countryWords

    /// The first words of the kinds of place above `level`, and of the country's.
    private static func firstWords(above level: Int) -> [FoldedWord] {
        switch level {
        case 4: countryWords
        case 3: provinceWords
        case 2: cityWords
        default: districtWords
        }
    }

    private static let countryWords: [FoldedWord] = [nuoc, quoc]
    private static let provinceWords = countryWords + firstWords(of: 4...4)
    private static let cityWords = countryWords + firstWords(of: 3...4)
    private static let districtWords = countryWords + firstWords(of: 2...4)

    /// The first words of the kinds of place whose level is in `levels`.
    private static func firstWords(of levels: ClosedRange<Int>) -> [FoldedWord] {
        FoldedWord.distinct(PlaceKind.all.filter { levels.contains($0.level) }.map { $0.folded.split(separator: " ").first! })
    }
}
