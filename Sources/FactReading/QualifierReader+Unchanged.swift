import FoundationEssentials
import Platform
import Facts

/// A figure the report says did not change on last year, in words with no
/// number: `xảy ra 6 vụ, không tăng, không giảm so với cùng kỳ`, `5 vụ,
/// bằng cùng kỳ năm trước`, `tương đương cùng kỳ`. Its change on last year
/// is zero, in its own unit; as no number says so, the comparison names the
/// figure itself as its fact.
extension QualifierReader {
    /// Gives a zero change on last year to each figure of the results that
    /// such words follow in its own item: after the figure and its noun, or
    /// after the comma or bracket that closes them (`14 vụ, không tăng không
    /// giảm`, `2 vụ cháy (bằng cùng kỳ)`), and not past another subject's
    /// name (`giảm 1 vụ, số người chết bằng cùng kỳ`), nor when a month or a
    /// plan is what it is compared with. A figure that has a change, or a
    /// share of last year's, keeps it.
    func markUnchanged(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                       into drafts: inout [Draft]) {
        // Every phrase names last year (`cùng kỳ`, `năm trước`), or says `không tăng, không giảm`, `không đổi` or
        // `giữ nguyên`, and opens on `bằng`, `không`, `tương`, `giữ` (or `ngang bằng`): the words' mask rules out
        // most sentences.
        guard inResults, !quantities.isEmpty,
              words.mayContain(Self.cung) || words.mayContain(.truoc)
                || words.mayContain(Self.khong) && (words.mayContain(.giam) || words.mayContain(Self.doi))
                || words.mayContain(Self.giu) && words.mayContain(Self.nguyen)
                || words.mayContain(Self.tuong) && words.mayContain(Self.duong),
              words.mayContain(.bang) || words.mayContain(Self.khong) || words.mayContain(Self.tuong) || words.mayContain(Self.giu)
        else { return }
        let list = words.words, starts = words.starts, ends = words.ends
        // The phrases' first words, read once: most of a sentence's words are none of them.
        let (bang, khong, ngang, tuong, giu) = (FoldedWord.bang, Self.khong, Self.ngang, Self.tuong, Self.giu)
        for at in list.indices {
            let word = list[at]
            guard word == bang || word == khong || word == ngang || word == tuong || word == giu else { continue }
            let namingYear = Self.unchangedPhrases.lazy.compactMap({ self.matches($0.words, at: at, list, starts, ends) }).first
            // A phrase that names no year (`tương đương`, `không thay đổi`) says so only closing a clause that opens on last year.
            let closing = namingYear == nil
            let length = namingYear ?? Self.closingPhrases.lazy.compactMap({ self.matches($0.words, at: at, list, starts, ends) }).first
                .flatMap { closesClause(afterWord: at + $0 - 1, list, starts, ends) ? $0 : nil }
            guard let length, let index = quantities.lastIndex(where: { $0.end <= starts[at] }) else { continue }
            let next = index + 1 < quantities.count ? quantities[index + 1].start : words.sentence.upperBound
            let after = ends[at + length - 1]
            let tail = words.window(after, tailEnd(after: after, sentence: words.sentence, next: next))
            guard !Self.namesPriorPeriod(tail), !Self.comparesWithPlan(tail) else { continue }
            // Past a comma or an opening bracket, the words open their own item; before it, at most the figure's noun.
            let between = scalars[quantities[index].end..<starts[at]]
            let mark = between.lastIndex(where: { $0 == "," || $0 == "(" || $0 == ";" || $0 == "." })
            let noun = mark ?? starts[at]
            let opening = mark.map { words.window($0 + 1, starts[at]) } ?? []
            if let mark, scalars[mark] == ";" || scalars[mark] == "." || !opening.isEmpty {
                // `…, làm chết 2 người; so với cùng kỳ không tăng, không giảm`: a clause of its own that opens on
                // last year says so of each figure of the clause before it; so does a sentence read on with the
                // one before (`Xảy ra 3 vụ cháy. So với năm trước tương đương.`).
                // (The figure's noun is what stands before the clause's first comma: `3 vụ cháy, không thiệt hại về người;`.)
                let nounEnd = scalars[quantities[index].end..<mark].firstIndex(of: ",") ?? mark
                guard opening.first == .so, Self.opensOnPrevious(opening), opening.count <= 6,
                      words.window(quantities[index].end, nounEnd).count <= Self.longestNoun else { continue }
                var figure = index
                while figure >= 0, quantities[figure].start >= words.sentence.lowerBound {
                    markZeroChange(figure, quantities, into: &drafts)
                    guard figure > 0, !scalars[quantities[figure - 1].end..<quantities[figure].start].contains(";") else { break }
                    figure -= 1
                }
                continue
            }
            guard !closing, !scalars[quantities[index].end..<noun].contains(where: Self.closesItem),
                  words.window(quantities[index].end, noun).count <= Self.longestNoun else { continue }
            markZeroChange(index, quantities, into: &drafts)
        }
    }

    /// Gives figure `index` a change of zero on last year, when it is a primary with no comparison with last year.
    func markZeroChange(_ index: Int, _ quantities: UnsafeBufferPointer<ScannedQuantity>, into drafts: inout [Draft]) {
        guard drafts[index].role == .primary, drafts[index].qualifies == nil,
              !drafts[index].qualifiers.contains(where: { Self.saysChange($0) }) else { return }
        drafts[index].qualifiers.append(.comparison(.changeOnPrevious, value: 0, upper: nil,
                                                    unit: quantities[index].unit, fact: index))
    }

    /// The number of words `phrase` spans from word `at` of the sentence's words (`list`, with where each
    /// starts and ends), when its words stand there with nothing but spaces or a comma between them.
    func matches(_ phrase: [FoldedWord], at: Int, _ list: ArraySlice<FoldedWord>, _ starts: ArraySlice<Int>,
                         _ ends: ArraySlice<Int>) -> Int? {
        guard at + phrase.count <= list.endIndex else { return nil }
        for offset in phrase.indices {
            guard list[at + offset] == phrase[offset] else { return nil }
            if offset > 0, !scalars[ends[at + offset - 1]..<starts[at + offset]].allSatisfy({ $0 == " " || $0 == "," }) {
                return nil
            }
        }
        return phrase.count
    }

    /// Whether a qualifier already says how the figure stands against last year's.
    static func saysChange(_ qualifier: Qualifier) -> Bool {
        guard case .comparison(let kind, _, _, _, _) = qualifier else { return false }
        return kind == .changeOnPrevious || kind == .percentOfPrevious || kind == .previousValue
    }

    /// Whether a scalar between a figure and its noun's end closes the figure's item.
    private static func closesItem(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == ";" || scalar == ":" || scalar == "(" || scalar == ")" || scalar == "."
    }

    /// How the genre says a figure is what it was: `không tăng, không giảm`,
    /// `bằng (với, so với) cùng kỳ`, `ngang bằng cùng kỳ`, `tương đương cùng
    /// kỳ`, `bằng năm trước`, `không thay đổi so với cùng kỳ`, `không đổi`
    /// or `giữ nguyên so với năm 2025` (a year named by its number, or the
    /// year before). Their first words (`bằng`, `không`, `ngang`, `tương`,
    /// `giữ`) are asked of each word first.
    private static let unchangedPhrases: [FoldedPhrase] = [
        "khong tang khong giam", "bang cung ki", "bang voi cung ki", "bang so voi cung ki", "ngang bang cung ki",
        "tuong duong cung ki", "bang nam truoc", "tuong duong nam truoc", "khong thay doi so voi cung ki",
        "khong thay doi so voi nam", "khong doi so voi cung ki", "khong doi so voi nam", "giu nguyen so voi cung ki",
        "giu nguyen so voi nam",
    ]

    /// The phrases that name no year, said of the figures before only as the last words of a clause that
    /// opens on last year: `…; so với năm 2025 tương đương.`
    private static let closingPhrases: [FoldedPhrase] = ["tuong duong", "khong thay doi", "khong doi", "giu nguyen"]

    /// Whether word `last` is the last of its clause: a `.` or `;` or the sentence's end after it.
    private func closesClause(afterWord last: Int, _ list: ArraySlice<FoldedWord>, _ starts: ArraySlice<Int>,
                              _ ends: ArraySlice<Int>) -> Bool {
        guard last + 1 < list.endIndex else { return true }
        return scalars[ends[last]..<starts[last + 1]].contains { $0 == "." || $0 == ";" }
    }

    /// The most words a figure's noun runs to before the words that say it is unchanged (`vụ tai nạn giao thông`).
    private static let longestNoun = 5
    private static var khong: FoldedWord { "khong" }
    private static var cung: FoldedWord { "cung" }
    private static var ngang: FoldedWord { "ngang" }
    private static var tuong: FoldedWord { "tuong" }
    private static var giu: FoldedWord { "giu" }
    private static var doi: FoldedWord { "doi" }
    private static var nguyen: FoldedWord { "nguyen" }
    private static var duong: FoldedWord { "duong" }
}
