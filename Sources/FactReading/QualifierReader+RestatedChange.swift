import Platform
import Facts

/// A change on last year in a figure's own measure, said again in percent
/// right after it: `giảm 3 vụ (-21,4%)`, `tăng 2 vụ (+20%)`, `giảm 2 vụ,
/// tương đương 33,3%` (or `tương đương giảm 33,3%`), and in brackets after the change's noun or with its
/// verb again: `tăng 2 người bị thương (+16,7%)`, `giảm 5 vụ (giảm 15,6%)`.
/// The percentage is the same change, relative: it qualifies the figure the
/// first does (none, where the first stands alone), and is no figure of its own.
/// So is an amount said after a change in percent (`tăng 7,7% tương đương 1,6
/// triệu đồng`), in the figure's measure.
extension QualifierReader {
    /// Reads the quantity at `index` as such a change when it is one, and says
    /// whether it did. `lead` holds the words between it and the change before.
    /// A figure right after `tăng` or `giảm` and said again so with its sign (`số người bị thương tăng 17 người
    /// (+12,41%)`) was that change, though no words of last year stood beside it: it becomes one, alone.
    func readsRestatedChange(_ index: Int, lead: ArraySlice<FoldedWord>, clause: Range<Int>,
                             quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                             primaries: inout [Int], into drafts: inout [Draft]) -> Bool {
        if index > 0, quantities[index].unit.dimension != .percent {
            return readsEquivalentAmount(index, lead: lead, clause: clause, quantities: quantities, into: &drafts)
        }
        guard index > 0, quantities[index].unit.dimension == .percent,
              quantities[index - 1].unit.dimension != .percent, quantities[index - 1].start >= clause.lowerBound
        else { return false }
        if drafts[index - 1].role != .comparison(.changeOnPrevious) {
            guard lead.isEmpty, drafts[index - 1].role == .primary, drafts[index - 1].qualifies == nil,
                  drafts[index - 1].qualifiers.isEmpty, primaries.last == index - 1,
                  let falls = signedRestatement(of: index - 1, at: quantities[index].start, quantities: quantities, words: words)
            else { return false }
            primaries.removeLast()
            drafts[index - 1].role = .comparison(.changeOnPrevious)
            drafts[index - 1].falls = falls
        }
        // A change with no figure to be of (`So với năm 2025, giảm 52 vụ (-9,67%)` after a rate) is restated alike, alone.
        let figure = drafts[index - 1].qualifies
        let falls = drafts[index - 1].falls, value = quantities[index].value
        guard lead.isEmpty || Self.saysEquivalent(lead, falls: falls)
                || restatesInBrackets(from: quantities[index - 1].end, to: quantities[index].start, lead: lead, falls: falls)
        else { return false }
        drafts[index].role = .comparison(.changeOnPrevious)
        // A change alone keeps its restatement: the percentage is no change standing alone beside it.
        drafts[index].qualifies = figure ?? index - 1
        drafts[index].falls = falls
        if let figure {
            drafts[figure].qualifiers.append(.comparison(.changeOnPrevious, value: falls ? -value : value, upper: nil,
                                                         unit: quantities[index].unit, fact: index))
        }
        return true
    }

    /// `đạt 22,4 triệu đồng (tăng 7,7% tương đương 1,6 triệu đồng)`: a change in percent said again as its
    /// amount in the figure's own measure is the same change, in that measure.
    private func readsEquivalentAmount(_ index: Int, lead: ArraySlice<FoldedWord>, clause: Range<Int>,
                                       quantities: UnsafeBufferPointer<ScannedQuantity>, into drafts: inout [Draft]) -> Bool {
        guard quantities[index - 1].unit.dimension == .percent, drafts[index - 1].role == .comparison(.changeOnPrevious),
              Self.saysEquivalent(lead, falls: drafts[index - 1].falls),
              quantities[index - 1].start >= clause.lowerBound, let figure = drafts[index - 1].qualifies,
              quantities[figure].unit.isCompatible(with: quantities[index].unit) else { return false }
        let falls = drafts[index - 1].falls, value = quantities[index].value
        drafts[index].role = .comparison(.changeOnPrevious)
        drafts[index].qualifies = figure
        drafts[index].falls = falls
        drafts[figure].qualifiers.append(.comparison(.changeOnPrevious, value: falls ? -value : value, upper: nil,
                                                     unit: quantities[index].unit, fact: index))
        return true
    }

    /// Whether the words are `tương đương` or `tương ứng`, and nothing else but the change's own verb after them
    /// (`giảm 6 vụ, tương đương giảm 11,5%`). (Most leads are not two or three words long: they are not compared
    /// with a list built for the look.)
    private static func saysEquivalent(_ lead: ArraySlice<FoldedWord>, falls: Bool) -> Bool {
        guard lead.count == 2 || lead.count == 3 && lead.last == (falls ? FoldedWord.giam : FoldedWord.tang),
              lead.first == tuong else { return false }
        let second = lead[lead.startIndex + 1]
        return second == duong || second == ung
    }

    private static var tuong: FoldedWord { "tuong" }
    private static var duong: FoldedWord { "duong" }
    private static var ung: FoldedWord { "ung" }

    /// Whether the figure at `figure`, right after `tăng` or `giảm`, is followed by nothing but a bracket and the
    /// sign of that verb before the percent at `start` (`tăng 17 người (+12,41%)`): whether it falls, if so.
    private func signedRestatement(of figure: Int, at start: Int, quantities: UnsafeBufferPointer<ScannedQuantity>,
                                   words: borrowing SentenceWords) -> Bool? {
        let lower = figure > 0 ? quantities[figure - 1].end : words.sentence.lowerBound
        let verb = words.window(max(lower, words.sentence.lowerBound), quantities[figure].start).last
        guard verb == .tang || verb == .giam else { return nil }
        let between = scalars[quantities[figure].end..<start].filter { $0 != " " }
        let sign: Unicode.Scalar = verb == .tang ? "+" : "-"
        guard between.count == 2, between.first == "(", between.last == sign || verb == .giam && between.last == "−" else { return nil }
        return verb == .giam
    }

    /// Whether the number at `end` opens a bracket right after the change
    /// before it, past at most a few words of the change's noun and no
    /// punctuation (`người bị thương (`), and holds nothing before it but the
    /// change's own verb (`(giảm 15,6%)`, not `(tăng 15,6%)` after `giảm`).
    private func restatesInBrackets(from lower: Int, to upper: Int, lead: ArraySlice<FoldedWord>, falls: Bool) -> Bool {
        let scalars = text.scalars
        guard lower < upper, upper <= scalars.count,
              let bracket = scalars[lower..<upper].lastIndex(of: "(") else { return false }
        guard !scalars[lower..<upper].contains(where: { ",;.:)".unicodeScalars.contains($0) }) else { return false }
        var inside = 0, inWord = false
        for scalar in scalars[(bracket + 1)..<upper] {
            let letter = TextFolding.isLetter(scalar)
            if letter && !inWord { inside += 1 }
            inWord = letter
        }
        guard lead.count - inside <= 4 else { return false }
        switch inside {
        case 0: return true
        case 1: return lead.last == (falls ? FoldedWord.giam : FoldedWord.tang)
        default: return false
        }
    }
}
