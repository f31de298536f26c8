import Platform
import Facts

/// A change on last year in a figure's own measure, said again in percent
/// right after it: `giảm 3 vụ (-21,4%)`, `tăng 2 vụ (+20%)`, `giảm 2 vụ,
/// tương đương 33,3%`. The percentage is the same change, relative: it
/// qualifies the figure the first does, and is no figure of its own.
extension QualifierReader {
    /// Reads the quantity at `index` as such a change when it is one, and says
    /// whether it did. `lead` holds the words between it and the change before.
    func readsRestatedChange(_ index: Int, lead: ArraySlice<FoldedWord>, clause: Range<Int>,
                             quantities: UnsafeBufferPointer<ScannedQuantity>,
                             into drafts: inout [Draft]) -> Bool {
        guard index > 0, quantities[index].unit.dimension == .percent,
              drafts[index - 1].role == .comparison(.changeOnPrevious), let figure = drafts[index - 1].qualifies,
              quantities[index - 1].unit.dimension != .percent, quantities[index - 1].start >= clause.lowerBound,
              lead.isEmpty || lead.elementsEqual(["tuong", "duong"]) || lead.elementsEqual(["tuong", "ung"])
        else { return false }
        let falls = drafts[index - 1].falls, value = quantities[index].value
        drafts[index].role = .comparison(.changeOnPrevious)
        drafts[index].qualifies = figure
        drafts[index].falls = falls
        drafts[figure].qualifiers.append(.comparison(.changeOnPrevious, value: falls ? -value : value, upper: nil,
                                                     unit: quantities[index].unit, fact: index))
        return true
    }
}
