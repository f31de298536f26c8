/// The words that open a clause of what was done after an aim (`Phấn đấu
/// thu 52 tỷ đồng; kết quả thu được 49,6 tỷ đồng`, `…, ước đạt 96%`): the
/// qualifier reader makes the figure after them a result, not the aim's
/// target, and the rules take a sentence opening on `phấn đấu` for the plan's
/// only where no such clause follows. One list for both.
public enum ResultOpenings {
    /// Folded, their words parted by one space: `kết quả`, `thực hiện`, `thực tế`, `ước đạt`, `ước thực hiện`.
    public static let folded = ["ket qua", "thuc hien", "thuc te", "uoc dat", "uoc thuc hien"]

    /// The words before `phấn đấu` that make it an effort made, not an aim (`nhờ nỗ lực phấn đấu`,
    /// `sự phấn đấu`, `đã phấn đấu`), folded: no plan's sentence, and no figure after them a target.
    public static let effortsMade = ["luc", "su", "da"]
}
