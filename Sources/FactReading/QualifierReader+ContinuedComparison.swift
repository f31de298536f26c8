import Platform
import Facts

/// A sentence that only compares, read on with the one before it: `Xảy ra
/// 58 vụ; điều tra làm rõ 47 vụ. So với năm trước, giảm 6 vụ, số vụ làm rõ
/// tăng 3 vụ`. Its changes are of the figures of the whole sentence before,
/// not only of that sentence's last clause, where a `;` would have shut the
/// cases away from their fall.
extension QualifierReader {
    /// The figures a change may be of when the comparison it goes on from opens
    /// a sentence read on with the one before (`opening` just after its `.`):
    /// every primary before that opening. Nil otherwise: the clause's own
    /// primaries hold.
    func continuedPrimaries(_ kind: ComparisonKind, opening: Int?, before index: Int, drafts: [Draft]) -> [Int]? {
        guard kind.isChange, let opening, opening > 0, text.folded[opening - 1] == "." else { return nil }
        let before = drafts[..<index].indices.filter { drafts[$0].role == .primary && drafts[$0].end <= opening }
        return before.isEmpty ? nil : before
    }
}
