import Platform
import Facts

/// A change on last year in a figure's own measure, said again in percent
/// right after it: `giảm 3 vụ (-21,4%)`, `tăng 2 vụ (+20%)`, `giảm 2 vụ,
/// tương đương 33,3%`, and in brackets after the change's noun or with its
/// verb again: `tăng 2 người bị thương (+16,7%)`, `giảm 5 vụ (giảm 15,6%)`.
/// The percentage is the same change, relative: it qualifies the figure the
/// first does (none, where the first stands alone), and is no figure of its own.
extension QualifierReader {
    /// Reads the quantity at `index` as such a change when it is one, and says
    /// whether it did. `lead` holds the words between it and the change before.
    func readsRestatedChange(_ index: Int, lead: ArraySlice<FoldedWord>, clause: Range<Int>,
                             quantities: UnsafeBufferPointer<ScannedQuantity>,
                             into drafts: inout [Draft]) -> Bool {
        guard index > 0, quantities[index].unit.dimension == .percent,
              drafts[index - 1].role == .comparison(.changeOnPrevious),
              quantities[index - 1].unit.dimension != .percent, quantities[index - 1].start >= clause.lowerBound
        else { return false }
        // A change with no figure to be of (`So với năm 2025, giảm 52 vụ (-9,67%)` after a rate) is restated alike, alone.
        let figure = drafts[index - 1].qualifies
        let falls = drafts[index - 1].falls, value = quantities[index].value
        guard lead.isEmpty || lead.elementsEqual(["tuong", "duong"]) || lead.elementsEqual(["tuong", "ung"])
                || restatesInBrackets(from: quantities[index - 1].end, to: quantities[index].start, lead: lead, falls: falls)
        else { return false }
        drafts[index].role = .comparison(.changeOnPrevious)
        drafts[index].qualifies = figure
        drafts[index].falls = falls
        if let figure {
            drafts[figure].qualifiers.append(.comparison(.changeOnPrevious, value: falls ? -value : value, upper: nil,
                                                         unit: quantities[index].unit, fact: index))
        }
        return true
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
