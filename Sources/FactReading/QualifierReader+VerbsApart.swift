import Platform
import Facts

/// A change's verb that stands apart from its figure: shared by a figure
/// after `và` (`giảm 1 người chết và 3 người bị thương`), opening the label
/// before it (`- Giảm tỷ lệ hộ nghèo: 0,62%`), before the subject it changes
/// (`giảm tỷ lệ hộ nghèo 0,36%`) or with `được` after it (`giảm được 26 hộ`).
/// The figure's lead is read as if the verb stood right before it.
extension QualifierReader {
    /// `giảm 1 người chết và 3 người bị thương`: a figure after `và` right after a change in its unit, with
    /// nothing but that change's noun between (three words at most), shares its verb; any other lead is left.
    func sharingChangeVerb(_ lead: ArraySlice<FoldedWord>, at index: Int, _ quantities: UnsafeBufferPointer<ScannedQuantity>,
                           _ drafts: [Draft]) -> ArraySlice<FoldedWord> {
        guard index > 0, drafts[index - 1].role == .comparison(.changeOnPrevious), lead.count <= 4, lead.last == FoldedWord.va,
              quantities[index - 1].unit == quantities[index].unit else { return lead }
        return [drafts[index - 1].falls ? FoldedWord.giam : FoldedWord.tang]
    }

    /// `tăng 2 vụ/3 đối tượng so với cùng kỳ`: a figure right behind a slash after a change's figure is a change too, of
    /// what it counts, and shares its verb; nil for any other figure with no lead.
    func changeVerbAcrossSlash(at index: Int, _ quantities: UnsafeBufferPointer<ScannedQuantity>, _ drafts: [Draft]) -> ArraySlice<FoldedWord>? {
        guard index > 0, drafts[index - 1].role == .comparison(.changeOnPrevious),
              case let slash = ScalarText.skipSpacesBack(scalars, before: quantities[index].start), slash >= 0, scalars[slash] == "/",
              ScalarText.skipSpacesBack(scalars, before: slash) + 1 == quantities[index - 1].end else { return nil }
        return [drafts[index - 1].falls ? FoldedWord.giam : FoldedWord.tang]
    }

    /// `- Giảm tỷ lệ hộ nghèo: 0,62%`: a label opening on a change's verb, right before its figure,
    /// names the change (the reduction, not the rate) as `Tỷ lệ hộ nghèo giảm: 0,62%` does: its words are read
    /// so, the verb last. Not growth or strengthening (`Tăng trưởng:`, `Tăng cường`); any other lead is left.
    func verbOfLabelLast(_ lead: ArraySlice<FoldedWord>, before start: Int) -> ArraySlice<FoldedWord> {
        guard lead.count >= 2, let verb = lead.first, verb == FoldedWord.giam || verb == FoldedWord.tang,
              lead[lead.startIndex + 1] != Self.truong, lead[lead.startIndex + 1] != Self.cuong else { return lead }
        let before = ScalarText.skipSpacesBack(scalars, before: start)
        guard before >= 0, scalars[before] == ":" else { return lead }
        return ArraySlice(lead.dropFirst() + [verb])
    }

    /// `Tỷ lệ hộ nghèo giảm (KH: 3%; ƯTH: 3,4%)`: a change's verb right before a bracket of the plan's
    /// and the done figures, as lists of main targets write them, is each figure's verb, after its
    /// label: the lead is read as `KH giảm 3%; ƯTH giảm 3,4%` would be. `lead` ends on such a label;
    /// any other lead is left.
    func verbBeforePlanBracket(_ lead: ArraySlice<FoldedWord>, before start: Int, in sentence: Range<Int>,
                               words: borrowing SentenceWords) -> ArraySlice<FoldedWord> {
        // Most figures' leads end otherwise: a label's colon right before the figure (`KH: 3%`), or an
        // abbreviation (`KH 3%`, `ƯTH 3,4%`), is asked first, and only then the words.
        guard let last = lead.last, case let before = ScalarText.skipSpacesBack(scalars, before: start, floor: sentence.lowerBound),
              before >= sentence.lowerBound, scalars[before] == ":" || Self.abbreviations.contains(last),
              Self.planAndDoneWords.contains(last) else { return lead }
        // The bracket opens in the figure's neighbourhood, no bracket closed between.
        var open = start - 1
        let floor = max(sentence.lowerBound, start - 60)
        while open >= floor, scalars[open] != "(" {
            if scalars[open] == ")" { return lead }
            open -= 1
        }
        guard open >= floor, words.window(open + 1, start).allSatisfy(Self.planAndDoneWords.contains),
              case let before = ScalarText.skipSpacesBack(scalars, before: open, floor: sentence.lowerBound),
              before >= sentence.lowerBound, scalars[before].properties.isAlphabetic,
              let verb = words.window(sentence.lowerBound, open).last, verb == .giam || verb == .tang else { return lead }
        return ArraySlice(Array(lead) + [verb])
    }

    /// `KH`, `TH`, `ƯTH`: the labels a figure may follow with no colon.
    private static let abbreviations: [FoldedWord] = ["kh", "th", "uth"]

    /// The words that label a plan's figure or what was done in a list of main targets: `KH`, `kế hoạch`,
    /// `chỉ tiêu`, `NQ`, `TH`, `ƯTH`, `ước thực hiện`, `đạt`, `năm`. A list, not a set: every figure's lead
    /// asks of its last word, and comparing packed words costs less than hashing one.
    private static let planAndDoneWords: [FoldedWord] = ["kh", "ke", "hoach", "chi", "tieu", "nq", "nghi", "quyet",
                                                         "th", "uth", "uoc", "thuc", "hien", "dat", "nam"]

    /// The lead without `được` after a change's verb (`giảm được 26 hộ nghèo`, `tăng được 120 hộ`): the change
    /// said as achieved, read as `giảm 26 hộ nghèo` is; nor without a word of degree there (`giảm nhẹ 2,1%`,
    /// `tăng mạnh 25%`, `tăng khá 8%`, `giảm sâu 30%`), which says how much, not what.
    @inline(__always)
    static func droppingChangeAdverb(_ lead: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        guard lead.count >= 2, let last = lead.last, last == .duoc || degreeWords.contains(last),
              case let verb = lead[lead.endIndex - 2], verb == .tang || verb == .giam
        else { return lead }
        return lead.dropLast()
    }

    /// `nhẹ`, `mạnh`, `nhanh`, `khá`, `sâu`, folded: how far a change went, said between its verb and its figure.
    private static let degreeWords: [FoldedWord] = ["nhe", "manh", "nhanh", "kha", "sau"]

    /// `Đã giảm tỷ lệ hộ nghèo 0,36%`, `giảm số hộ nghèo 26 hộ`: a change's verb before the rate or count it
    /// changes, the figure right after the subject's name, names the change as `tỷ lệ hộ nghèo giảm 0,36%`
    /// does: the words are read so, the verb last. Not where a word between sets a level (`giảm tỷ lệ hộ nghèo
    /// còn 1,5%`, `xuống dưới 1,5%`, `từ 3,05%`), nor `số` of `so với` (`giảm so với cùng kỳ 3 vụ`).
    /// So is the rate of a fall before what fell (`Tỷ lệ giảm hộ nghèo đạt 4,6%`, as `tỷ lệ hộ nghèo giảm 4,6%`),
    /// but the rate of a rise is a level (`tỷ lệ tăng dân số tự nhiên 0,9%`).
    /// A verb already right before the figure is its own (`Thu ngân sách tăng, tỷ lệ hộ nghèo giảm 1,3%`).
    func verbOfSubjectLast(_ lead: ArraySlice<FoldedWord>) -> ArraySlice<FoldedWord> {
        guard lead.count >= 3, let last = lead.last, last != FoldedWord.giam, last != FoldedWord.tang,
              let at = lead.firstIndex(where: { $0 == FoldedWord.giam || $0 == FoldedWord.tang }),
              at + 1 < lead.endIndex else { return lead }
        if lead[at] == FoldedWord.giam, at - lead.startIndex >= 2, lead[at - 2] == Self.ty, lead[at - 1] == Self.le {
            var subject = lead[(at + 1)...]
            if subject.last == FoldedWord.dat { subject = subject.dropLast() }
            if subject.last == FoldedWord.uoc { subject = subject.dropLast() }
            guard !subject.isEmpty, !subject.contains(where: { Self.levelWords.contains($0) }) else { return lead }
            return ArraySlice(lead[..<at] + subject + [lead[at]])
        }
        guard at + 2 < lead.endIndex else { return lead }
        let first = lead[at + 1], second = lead[at + 2]
        guard first == Self.ty && second == Self.le || first == FoldedWord.so && Self.countedSubjects.contains(second),
              !lead[(at + 1)...].contains(where: { Self.levelWords.contains($0) }) else { return lead }
        return ArraySlice(lead[..<at] + lead[(at + 1)...] + [lead[at]])
    }

    /// Whether the sentence may hold a change's verb before its subject: `giảm` or `tăng`, and `tỷ lệ` or `số`.
    static func mayPutVerbFirst(_ words: borrowing SentenceWords) -> Bool {
        (words.mayContain(FoldedWord.giam) || words.mayContain(FoldedWord.tang))
            && (words.mayContain(ty) && words.mayContain(le) || words.mayContain(FoldedWord.so))
    }

    /// The words that set a level, not a change, between a verb and its figure.
    private static let levelWords: [FoldedWord] = [.con, .len, .xuong, .dat, .la, .bang, .chiem, .tu, .muc, "duoi", "o", "tren", "voi"]
    /// What `số` counts when it opens a subject: households, cases, people.
    private static let countedSubjects: [FoldedWord] = ["ho", "vu", "nguoi"]
    private static var ty: FoldedWord { "ti" }  // `tỷ` folds as `tỉ`
    private static var le: FoldedWord { "le" }
    private static var truong: FoldedWord { "truong" }
    private static var cuong: FoldedWord { "cuong" }
}
