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
    /// figure (`…; cùng kỳ năm trước đạt 47,5 tỷ đồng`).
    func goesOnComparing(_ clause: Range<Int>, figureAt start: Int, end: Int, namesLastYear: Bool,
                         words: borrowing SentenceWords) -> Bool {
        if opensOnComparison(at: clause.lowerBound, before: start) { return true }
        if opensInBracket(clause, before: start) { return true }
        if opensOnChange(at: clause.lowerBound, before: start),
           Self.saysOnlyComparison(words.window(end, itemEnd(after: end, in: clause))) { return true }
        return namesLastYear && opensOnLastYearsFigure(at: clause.lowerBound, before: start)
    }

    /// Whether the `;` that opens the clause stands in a bracket still open at
    /// the clause's first figure (`45,2/40 tỷ đồng (113% KH; 108% CK)`): the
    /// bracket's items compare the figure before it, as they would parted by commas.
    func opensInBracket(_ clause: Range<Int>, before start: Int) -> Bool {
        let semicolon = clause.lowerBound - 1
        guard semicolon >= 0, semicolon < start, scalars[semicolon] == ";",
              !scalars[clause.lowerBound..<start].contains(")") else { return false }
        var cursor = semicolon - 1
        while cursor >= 0, cursor > semicolon - Self.bracketItemReach {
            switch scalars[cursor] {
            case "(": return true
            case ")", ";", ".": return false
            default: cursor -= 1
            }
        }
        return false
    }

    /// How far back the bracket of a clause's `;` is looked for, in scalars.
    private static var bracketItemReach: Int { 48 }
}
