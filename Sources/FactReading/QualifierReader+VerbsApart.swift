import Platform
import Facts

/// A change's verb that stands apart from its figure: shared by a figure
/// after `và` (`giảm 1 người chết và 3 người bị thương`), or opening the label
/// before it (`- Giảm tỷ lệ hộ nghèo: 0,62%`). The figure's lead is read as if
/// the verb stood right before it.
extension QualifierReader {
    /// `giảm 1 người chết và 3 người bị thương`: a figure after `và` right after a change in its unit, with
    /// nothing but that change's noun between (three words at most), shares its verb; any other lead is left.
    func sharingChangeVerb(_ lead: ArraySlice<FoldedWord>, at index: Int, _ quantities: UnsafeBufferPointer<ScannedQuantity>,
                           _ drafts: [Draft]) -> ArraySlice<FoldedWord> {
        guard index > 0, drafts[index - 1].role == .comparison(.changeOnPrevious), lead.count <= 4, lead.last == FoldedWord.va,
              quantities[index - 1].unit == quantities[index].unit else { return lead }
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

    private static var truong: FoldedWord { "truong" }
    private static var cuong: FoldedWord { "cuong" }
}
