import Platform
import Facts

/// Changes listed with `tương ứng` or `lần lượt` ("respectively") after the
/// figures they are of: in `xuất khẩu và nhập khẩu ước đạt 126,4 triệu USD và
/// 48,2 triệu USD, tăng tương ứng 9,5% và 3,1%` the first change is the
/// exports', the second the imports', and both are changes (the second's lead,
/// `và`, names no verb of its own).
extension QualifierReader {
    /// A list of changes, or of shares of plan, being read: the verb its items
    /// share, and the figures still to be qualified, in order (none where the
    /// clause has too few).
    struct RespectiveChanges {
        let verb: FoldedWord
        var figures: ArraySlice<Int>
        /// The list's last item: what its words after it name (`dự toán`) is every item's.
        var last: Int = 0
    }

    /// The change's verb of a lead that marks a list (`tăng tương ứng`, `giảm
    /// lần lượt`, `lần lượt tăng`), nil for any other lead.
    static func respectiveVerb(_ lead: ArraySlice<FoldedWord>) -> FoldedWord? {
        guard lead.count >= 3 else { return nil }
        let last = lead[lead.endIndex - 1], before = lead[lead.endIndex - 2], first = lead[lead.endIndex - 3]
        if (last == .tang || last == .giam) && isMarker(first, before) { return last }
        return (first == .tang || first == .giam) && isMarker(before, last) ? first : nil
    }

    /// Whether a sentence's words may hold a list's marker: its mask answers.
    static func mayListChanges(_ words: borrowing SentenceWords) -> Bool {
        // `lượt` (visits) folds as `luot` too: both words of a marker are asked.
        words.mayContain(tuong) && words.mayContain(ung) || words.mayContain(lan) && words.mayContain(luot)
    }

    private static func isMarker(_ first: FoldedWord, _ second: FoldedWord) -> Bool {
        first == tuong && second == ung || first == lan && second == luot
    }

    /// Reads the change at `index` for a list of changes: opening one (its verb
    /// by a marker, or its figures listed after one), going on with the list
    /// open, or closing it; `verbLead` becomes the list's verb for an item.
    func followList(_ respective: inout RespectiveChanges?, verbLead: inout ArraySlice<FoldedWord>, lead: ArraySlice<FoldedWord>,
                    at index: Int, clause: Range<Int>, sentence: Range<Int>, primaries: [Int],
                    quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords, mayList: Bool) {
        if mayList, let verb = Self.respectiveVerb(verbLead) {
            verbLead = [verb]
            // Only a list with a figure before it for each item is read so: `Nông, lâm nghiệp, … lần lượt tăng
            // 2,9%, 11,4% và 7,7%` names its sectors, whose rules take the figures in order.
            let list = respectiveChanges(at: index, verb: verb, clause: clause, primaries: primaries, quantities: quantities, words: words)
            respective = list.figures.isEmpty ? nil : list
        } else if respective == nil,
                  let list = changesAfterListedFigures(at: index, lead: verbLead, clause: clause, sentence: sentence, marked: mayList,
                                                       primaries: primaries, quantities: quantities, words: words) {
            // `xuất khẩu, nhập khẩu lần lượt đạt 412 … và 286 …, tăng 8,1% và 5,4%`: the marker stood by the figures,
            // or none did and the figures were joined as the changes are (`đạt 96,4 … và 41,2 …, tăng 8% và 5%`).
            verbLead = [list.verb]
            respective = list
        } else if let list = respective, Self.continuesList(lead, at: index, clause: clause, quantities: quantities) {
            verbLead = [list.verb]
        } else {
            respective = nil
        }
    }

    /// Opens the list whose first change is the number at `index`: its items
    /// are that number and those after it in the clause joined by a comma or
    /// `và` alone; they qualify, in order, as many of the clause's last
    /// `primaries`.
    func respectiveChanges(at index: Int, verb: FoldedWord, clause: Range<Int>, primaries: [Int],
                           quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords) -> RespectiveChanges {
        var count = 1
        while index + count < quantities.count, quantities[index + count].start < clause.upperBound {
            let between = words.window(quantities[index + count - 1].end, quantities[index + count].start)
            guard Self.joinsItems(between) else { break }
            count += 1
        }
        return RespectiveChanges(verb: verb, figures: count > 1 && primaries.count >= count ? primaries.suffix(count)[...] : [],
                                 last: index + count - 1)
    }

    /// The list of changes whose figures were listed before them, with no
    /// marker by the changes' verb: in `xuất khẩu, nhập khẩu lần lượt đạt 412
    /// triệu USD và 286 triệu USD, tăng 8,1% và 5,4%` the rises are the exports'
    /// and the imports' in order. Nil unless the change at `index` opens a list
    /// of as many items as there are figures, and either `lần lượt` or `tương
    /// ứng` stands right before the first figure's number (past its verb;
    /// `marked`: the sentence may hold one), or the figures follow one another
    /// joined by `và` or a comma alone, as the changes are (`đạt 96,4 triệu USD
    /// và 41,2 triệu USD, tăng 8% và 5%`).
    func changesAfterListedFigures(at index: Int, lead: ArraySlice<FoldedWord>, clause: Range<Int>, sentence: Range<Int>,
                                   marked: Bool, primaries: [Int], quantities: UnsafeBufferPointer<ScannedQuantity>,
                                   words: borrowing SentenceWords) -> RespectiveChanges? {
        // Shares listed alike, of the plan the last one names: `… 58 tỷ đồng và 51 tỷ đồng, bằng 105% và 92% dự toán`.
        guard primaries.count >= 2, let verb = lead.last,
              verb == .tang || verb == .giam || (verb == .bang || verb == .dat) && quantities[index].unit.dimension == .percent,
              marked || lead.count == 1, index + 1 < quantities.count else { return nil }
        let list = respectiveChanges(at: index, verb: verb, clause: clause, primaries: primaries, quantities: quantities, words: words)
        guard let first = list.figures.first, list.figures.count == primaries.count else { return nil }
        let before = words.window(first > 0 ? quantities[first - 1].end : sentence.lowerBound, quantities[first].start)
        if marked, zip(before, before.dropFirst()).contains(where: { Self.isMarker($0, $1) }) { return list }
        let joined = lead.count == 1 && zip(list.figures, list.figures.dropFirst()).allSatisfy { earlier, later in
            later == earlier + 1 && Self.joinsItems(words.window(quantities[earlier].end, quantities[later].start))
        }
        return joined ? list : nil
    }

    /// The words after the list's last item, up to where a number's tail ends: the plan a list of shares
    /// is of (`dự toán` of `bằng 105% và 92% dự toán`), which its earlier items, with no words of their own, share.
    func lastItemTail(of list: RespectiveChanges, sentence: Range<Int>, quantities: UnsafeBufferPointer<ScannedQuantity>,
                      words: borrowing SentenceWords) -> ArraySlice<FoldedWord> {
        let end = quantities[list.last].end
        let next = list.last + 1 < quantities.count ? quantities[list.last + 1].start : nil
        return words.window(end, tailEnd(after: end, sentence: sentence, next: next))
    }

    /// Whether the words between two items are `và` alone, or none (a comma).
    private static func joinsItems(_ between: ArraySlice<FoldedWord>) -> Bool {
        between.isEmpty || between.elementsEqual([FoldedWord.va])
    }

    /// Whether the number at `index` goes on a list of changes: right after
    /// its previous item, in the same clause, with a comma or `và` alone between.
    static func continuesList(_ lead: ArraySlice<FoldedWord>, at index: Int, clause: Range<Int>,
                              quantities: UnsafeBufferPointer<ScannedQuantity>) -> Bool {
        index > 0 && quantities[index - 1].start >= clause.lowerBound && joinsItems(lead)
    }

    private static var tuong: FoldedWord { "tuong" }
    private static var ung: FoldedWord { "ung" }
    private static var lan: FoldedWord { "lan" }
    private static var luot: FoldedWord { "luot" }
}
