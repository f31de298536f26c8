import FoundationEssentials
import Platform
import Facts

/// A change in percent said with its verb and nothing else, in the report's
/// results: `tỷ lệ hộ nghèo giảm 0,41%`, `số vụ giảm 9,1%, số người chết giảm
/// 7,5%`. What it changed from is last year's figure, as in the genre a rise
/// or fall of the year is; it stands alone, a change of no figure the sentence
/// gives. In the plan (`Tỷ lệ hộ nghèo giảm 1,5%`), where it is a target, and
/// with a plan's words before it in its clause, it is left as it is written.
extension QualifierReader {
    /// +1 (`tăng`) or −1 (`giảm`) where the number at `index`, still a figure
    /// of its own, may be a bare change: in percent or points, its verb right
    /// before it (`giảm 0,41%`, not `giảm còn 2%` nor `cắt giảm`) and nothing
    /// but a comparison after it, no plan's words (`kế hoạch`, `mục tiêu` …) in
    /// its clause before it nor an aim's (`phấn đấu`, `dự kiến`) in its
    /// sentence, and no figure before it in the clause that is not itself such
    /// a change; 0 where it may not.
    /// `lead` is the words right before the number (from the figure before it),
    /// which hold its verb; the other words are read only where that verb is.
    /// A change whose lead names its subject again after the verb (`Tỷ lệ hộ nghèo còn 5,2%, giảm tỷ lệ hộ
    /// nghèo 1,6%`: `restatesSubject`) may follow a level in its clause.
    func bareChangeDirection(_ index: Int, lead: ArraySlice<FoldedWord>, restatesSubject: Bool, clause: Range<Int>,
                             sentence: Range<Int>, quantities: UnsafeBufferPointer<ScannedQuantity>, primaries: [Int],
                             drafts: [Draft], words: borrowing SentenceWords) -> Int8 {
        let unit = quantities[index].unit
        guard inResults, let verb = lead.last, verb == .tang || verb == .giam, unit.dimension == .percent || unit.isPoints,
              drafts[index].role == .primary, drafts[index].qualifies == nil,
              restatesSubject || primaries.allSatisfy({ drafts[$0].bareChange != 0 }) else { return 0 }
        let before = lead.dropLast().last
        if let before, Self.levelWordsBeforeVerb.contains(before) { return 0 }
        // `giảm 10% số vụ tai nạn giao thông` names what is to change after the number, as a plan's aim does.
        // (A plan's change after a slash, `giảm 1,8%/KH 1,5%`, is the change's target.)
        let end = quantities[index].end
        let next = index + 1 < quantities.count ? quantities[index + 1].start : nil
        if !Self.saysOnlyComparison(words.window(end, tailEnd(after: end, sentence: sentence, next: next))),
           end >= scalars.count || scalars[end] != "/" { return 0 }
        let opening = words.window(clause.lowerBound, quantities[index].start)
        // `giảm dưới 0,5%`: a fall to below the figure, a level, as `giảm còn 0,5%` is (a fall by less is no result said).
        if verb == .giam, opening.last == Self.below { return 0 }
        if Self.namesPlan(opening) || Self.namesEstimate(opening) || opening.contains(where: Self.planAbbreviations.contains)
            || words.window(sentence.lowerBound, quantities[index].start).contains(where: Self.aimWords.contains) { return 0 }
        return verb == .giam ? -1 : 1
    }

    /// Makes each bare change still standing alone a change on last year, once
    /// the sentence is read: one that another figure qualifies, or that has
    /// comparisons of its own (`tăng 15%, bằng 102% kế hoạch`), stays a figure
    /// — but for the plan's change set beside it (`Tỷ lệ hộ nghèo giảm:
    /// 1,8%/KH 1,5%`), which it keeps as its target, a fall where it falls.
    func markBareChanges(into drafts: inout [Draft]) {
        for index in drafts.indices where drafts[index].bareChange != 0 {
            guard drafts[index].role == .primary, drafts[index].qualifies == nil,
                  !drafts[index].qualifiers.contains(where: { $0.isComparison && $0.kind != "target" }),
                  !drafts.contains(where: { $0.qualifies == index && $0.role != .comparison(.target) }) else { continue }
            let falls = drafts[index].bareChange < 0
            drafts[index].role = .comparison(.changeOnPrevious)
            drafts[index].falls = falls
            guard falls else { continue }
            drafts[index].qualifiers = drafts[index].qualifiers.map { qualifier in
                guard case .comparison(.target, let value, let upper, let unit, let fact) = qualifier, value > 0, upper == nil
                else { return qualifier }
                return .comparison(.target, value: -value, upper: nil, unit: unit, fact: fact)
            }
        }
    }

    /// Words right before the verb that make the number a level (`tốc độ tăng 8,1%`, `mức tăng`, `cắt giảm`, `tỷ
    /// lệ tăng`) or one of a list its names take in order (`lần lượt tăng`, `tương ứng tăng`).
    private static let levelWordsBeforeVerb: [FoldedWord] = [.do, "muc", "cat", "le", "luot", "ung"]
    private static var below: FoldedWord { "duoi" }
    /// Words of an aim rather than a result, anywhere in the sentence before the number: `phấn đấu`, `dự kiến`.
    private static let aimWords: [FoldedWord] = ["phan", "kien"]
    /// A resolution's and a plan's abbreviations, `NQ`, `KH`, in the number's own clause: another item's
    /// plan before a `;` (`8,2% (KH 8%); tỷ lệ hộ nghèo giảm 1,6%`) is not this change's.
    private static let planAbbreviations: [FoldedWord] = [.nq, .kh]
}
