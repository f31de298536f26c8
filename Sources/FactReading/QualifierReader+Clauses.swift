import Platform

/// Whether a clause goes on with the figures of the clause before it. A
/// comparison never qualifies a number across a `;` — except where the clause
/// after says nothing of its own but how the figures before it compare, or
/// the `;` parts the items of a bracket (`(113% KH; 108% CK)`).
extension QualifierReader {
    /// Whether the clause `clause`, whose first figure spans `start..<end`,
    /// compares the figures the clause before it counted: it opens on `so với …`
    /// (`… làm 4 người chết; so với cùng kỳ giảm 2 vụ, giảm 1 người chết`), on a
    /// change's verb with nothing after its figure but what it is set against
    /// (`… còn 3,8%; giảm 0,9 điểm %`, `…; giảm 3 vụ, giảm 2 người chết` — not
    /// `…; giảm 10% số vụ tai nạn giao thông`, which names what changed), or,
    /// where the sentence names last year (`namesLastYear`), on last year's
    /// figure (`…; cùng kỳ năm trước đạt 47,5 tỷ đồng`), on a share of the
    /// plan with no subject of its own (`… 31,46 ha; đạt 84,6% kế hoạch`), or
    /// on a count's change after an opening comparison (``opensOnCountedChange(_:figureAt:words:)``).
    func goesOnComparing(_ clause: Range<Int>, figureAt start: Int, end: Int, namesLastYear: Bool,
                         words: borrowing SentenceWords) -> Bool {
        if opensOnComparison(at: clause.lowerBound, before: start) { return true }
        if opensInBracket(clause, before: start) { return true }
        if opensOnChange(at: clause.lowerBound, before: start),
           Self.saysOnlyComparison(words.window(end, itemEnd(after: end, in: clause))) { return true }
        if opensOnAttainment(clause, figureAt: start, end: end, words: words) { return true }
        if opensOnCountedChange(clause, figureAt: start, words: words) { return true }
        return namesLastYear && opensOnLastYearsFigure(at: clause.lowerBound, before: start)
    }

    /// Whether the clause names a count before its change's verb (`…; số người chết giảm 3 người`) in a
    /// sentence that opened on a comparison with last year (`So với cùng kỳ, số vụ giảm 6 vụ; số người
    /// chết giảm 3 người`): the count is one of the figures before that opening, which the change is of.
    func opensOnCountedChange(_ clause: Range<Int>, figureAt start: Int, words: borrowing SentenceWords) -> Bool {
        // Most clauses open otherwise: the first letter is compared before any word is looked up.
        let folded = text.folded
        var first = clause.lowerBound
        while first < start, !ScalarText.isLetter(folded[first]) { first += 1 }
        guard first < start, folded[first] == "s" else { return false }
        let lead = words.window(clause.lowerBound, start)
        guard lead.count >= 3, lead.count <= 6, lead.first == .so, lead[lead.startIndex + 1] != .voi,
              let verb = lead.last, verb == .tang || verb == .giam else { return false }
        let sentence = words.sentence
        return comparisonOpening(in: sentence, before: clause.lowerBound, marks: text.marks(in: sentence)) != nil
    }

    /// Whether the clause opens on an attainment's verb and a percentage
    /// that says only whose plan or estimate it is a share of (`…; đạt 84,6%
    /// kế hoạch`, `…; ước bằng 121,3% dự toán`, `…; vượt 5% KH`): with no subject
    /// of its own, it measures the figure before the `;`.
    func opensOnAttainment(_ clause: Range<Int>, figureAt start: Int, end: Int, words: borrowing SentenceWords) -> Bool {
        guard end > start, scalars[end - 1] == "%" else { return false }
        let lead = words.window(clause.lowerBound, start)
        guard let verb = lead.last, Self.attainmentVerbs.contains(verb),
              lead.allSatisfy({ Self.attainmentLeads.contains($0) }) else { return false }
        let tail = words.window(end, itemEnd(after: end, in: clause))
        return Self.namesPlan(tail) || Self.namesEstimate(tail) || Self.namesLocalAssignment(tail)
            || has(tail, .tinhGiao) || has(tail, .thanhPhoGiao)
    }

    /// The verbs of a share of the plan that open a clause of their own (`đạt`, `bằng`, `vượt`).
    private static let attainmentVerbs: [FoldedWord] = [.dat, .bang, .vuot]

    /// The words that may stand before a share of the plan opening a clause: its verbs, `ước`, `chỉ`, `và`.
    private static let attainmentLeads: [FoldedWord] = [.dat, .bang, .vuot, .uoc, .chi, .va]

    /// Whether the `;` that opens the clause stands in a bracket still open at
    /// the clause's first figure (`45,2/40 tỷ đồng (113% KH; 108% CK)`): the
    /// bracket's items compare the figure before it, as they would parted by commas.
    func opensInBracket(_ clause: Range<Int>, before start: Int) -> Bool {
        bracketOpening(clause, before: start) != nil
    }

    /// Where the bracket opens whose items the clause's `;` parts (``opensInBracket(_:before:)``), if it does.
    func bracketOpening(_ clause: Range<Int>, before start: Int) -> Int? {
        let semicolon = clause.lowerBound - 1
        guard semicolon >= 0, semicolon < start, scalars[semicolon] == ";",
              !scalars[clause.lowerBound..<start].contains(")") else { return nil }
        var cursor = semicolon - 1
        while cursor >= 0, cursor > semicolon - Self.bracketItemReach {
            switch scalars[cursor] {
            case "(": return cursor
            case ")", ";", ".": return nil
            default: cursor -= 1
            }
        }
        return nil
    }

    /// How far back the bracket of a clause's `;` is looked for, in scalars.
    private static var bracketItemReach: Int { 48 }
}
