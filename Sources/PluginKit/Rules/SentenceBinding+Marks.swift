import Platform
import Facts

/// An exclusion's marks, compared where its folded words stand: folding
/// makes `đất` of `đạt`, `đỗ` of `đó`, `chè` of `che`, `bậc` of `Bắc`, so an
/// exclusion found folded is one only where the sentence writes it with the
/// exclusion's marks (``ToneMarks``).
extension SentenceBinding {
    /// Whether exclusion `index` of the rule, found at `range` of the folded
    /// sentence, is written there with its own marks. True where its marks are
    /// not compared, or where the sentence's scalars cannot be lined up with
    /// the folded text's.
    func hasMarks(of index: Int, at range: Range<Int>) -> Bool {
        guard let marks = rule.excludeMarks[index], let sentence = facts.first?.sentence else { return true }
        let start = folded.scalarOffset(ofByte: range.lowerBound), end = folded.scalarOffset(ofByte: range.upperBound)
        let scalars = sentence.unicodeScalars
        guard start <= end, end <= scalars.count else { return true }
        let from = scalars.index(scalars.startIndex, offsetBy: start), to = scalars.index(from, offsetBy: end - start)
        return ToneMarks.signature(of: scalars[from..<to]) == marks
    }
}

extension Range<Int> {
    /// The range moved `offset` further on.
    func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}
