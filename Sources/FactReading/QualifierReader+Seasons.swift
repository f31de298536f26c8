import Platform
import Report
import Facts

/// Figures of one crop season in a report on the whole year: `Vụ Đông Xuân
/// gieo cấy 6.820 ha lúa, năng suất 68,2 tạ/ha` gives the winter-spring
/// crop's area and yield, not the year's sown area or its average yield.
extension QualifierReader {
    /// Marks the figures a crop season named before them in their clause is
    /// of (`vụ Đông Xuân`, `lúa Hè Thu`, `vụ Mùa`), in a report on the whole
    /// year: each is `periodValue`, `asOf` that season (`trong vụ Đông
    /// Xuân`). Seasons named together (`vụ Đông Xuân và vụ Mùa`) are no one
    /// season, and the year named after the season (`cả năm`, `tính chung`)
    /// ends its reach. In a report on some months (the first six, the last
    /// six, a quarter), a season is what those months grew, and is left as it is.
    func markSeasons(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                     clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard case .year? = reportPeriod,
              words.mayContain(Self.vu) || words.mayContain(Self.lua) else { return }
        let list = words.words, starts = words.starts
        guard list.contains(where: { $0 == Self.vu || $0 == Self.lua }) else { return }
        var cursor = 0
        var latest: (at: Int, season: String?)?
        for index in quantities.indices {
            let start = quantities[index].start
            while cursor < list.count, starts[cursor] < start {
                let word = list[cursor]
                // Most words are none of these: each is asked of first, with no call.
                if word == Self.vu || word == Self.lua, let found = season(at: cursor, in: list, starts: starts) {
                    latest = (starts[cursor], found.name)
                    cursor = found.end
                    continue
                }
                // `cả năm`, `tính chung`: the year again.
                if cursor > 0, word == FoldedWord.nam && list[cursor - 1] == Self.ca || word == Self.chung && list[cursor - 1] == Self.tinh {
                    latest = (starts[cursor], nil)
                }
                cursor += 1
            }
            guard let mention = latest, let season = mention.season, mention.at >= clauseOf(start).lowerBound,
                  drafts[index].qualifies == nil, drafts[index].role == .primary else { continue }
            drafts[index].role = .comparison(.periodValue)
            drafts[index].qualifiers.append(.asOf("trong " + season))
        }
    }

    /// The season named at word `index` (`vụ Đông Xuân`, `lúa Hè Thu`): its
    /// name as reports write it (nil where several are named together) and
    /// the index of the word after the last named; nil where none is named.
    private func season(at index: Int, in list: ArraySlice<FoldedWord>, starts: ArraySlice<Int>) -> (name: String?, end: Int)? {
        guard let (name, end) = seasonName(at: index, in: list, starts: starts) else { return nil }
        // `vụ Đông Xuân và vụ Mùa`, `vụ Đông Xuân, Hè Thu`: several seasons, no one of them.
        var last = end, several = false
        while true {
            let next = last < list.count && list[last] == FoldedWord.va ? last + 1 : last
            guard let (_, after) = seasonName(at: next, in: list, starts: starts)
                    ?? seasonName(at: next - 1, in: list, starts: starts, bare: true) else { break }
            last = after
            several = true
        }
        return (several ? nil : name, last)
    }

    /// The season named by the words from `head`: `vụ` or `lúa` and the
    /// season's name, or (`bare`) the name alone after the word at `head`
    /// (`vụ Đông Xuân, Hè Thu`); its name as reports write it and the index of
    /// the word after it. The `vụ` of `dịch vụ`, `nhiệm vụ`, `phục vụ` is none.
    private func seasonName(at head: Int, in list: ArraySlice<FoldedWord>, starts: ArraySlice<Int>,
                            bare: Bool = false) -> (String, Int)? {
        let first = head + 1
        guard head >= 0, first < list.count else { return nil }
        let isVu = list[head] == Self.vu
        if !bare {
            guard isVu || list[head] == Self.lua else { return nil }
            // (Right before it, a space apart: `lâm nghiệp: Vụ Mùa` is a season.)
            if isVu, head > 0, Self.notSeasons.contains(list[head - 1]), starts[head] >= 2, scalars[starts[head] - 1] == " ",
               ScalarText.isLetter(scalars[starts[head] - 2]) { return nil }
        }
        let second = first + 1 < list.count ? list[first + 1] : FoldedWord(bits: 0)
        switch list[first] {
        case Self.dong where second == Self.xuan: return ("vụ Đông Xuân", first + 2)
        case Self.he where second == Self.thu: return ("vụ Hè Thu", first + 2)
        case Self.thu where second == Self.dong && !bare: return ("vụ Thu Đông", first + 2)
        // The accent that tells a season's word from another folded alike: `chiêm` (`chiếm`), `mùa` (`mua bán`).
        case Self.chiem where marked(starts[first] + 3, "ê", "Ê"):
            return second == Self.xuan ? ("vụ Chiêm Xuân", first + 2) : ("vụ Chiêm", first + 1)
        case Self.mua where marked(starts[first] + 1, "ù", "Ù"): return ("vụ Mùa", first + 1)
        case Self.xuan where !bare: return ("vụ Xuân", first + 1)
        case Self.dong where isVu && !bare: return ("vụ Đông", first + 1)
        case Self.he where isVu && !bare: return ("vụ Hè", first + 1)
        default: return nil
        }
    }

    /// Whether the scalar at `offset` is one of two.
    private func marked(_ offset: Int, _ lower: Unicode.Scalar, _ upper: Unicode.Scalar) -> Bool {
        offset < scalars.count && (scalars[offset] == lower || scalars[offset] == upper)
    }

    /// The words before `vụ` that make it no season: `dịch vụ`, `nhiệm vụ`, `nghiệp vụ`, `phục vụ`, `sự vụ`, `thời vụ`.
    private static let notSeasons: Set<FoldedWord> = ["dich", "nhiem", "nghiep", "phuc", "su", "thoi"]

    private static var vu: FoldedWord { "vu" }
    private static var lua: FoldedWord { "lua" }
    private static var dong: FoldedWord { "dong" }
    private static var xuan: FoldedWord { "xuan" }
    private static var he: FoldedWord { "he" }
    private static var thu: FoldedWord { "thu" }
    private static var chiem: FoldedWord { "chiem" }
    private static var mua: FoldedWord { "mua" }
    private static var ca: FoldedWord { "ca" }
    private static var chung: FoldedWord { "chung" }
    private static var tinh: FoldedWord { "tinh" }
}
