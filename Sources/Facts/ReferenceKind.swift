/// What a number in the text is, when it is not a quantity. These are kept,
/// typed, so that they neither pollute the facts nor go uncounted.
public enum ReferenceKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// `10/11/2023`, `tháng 12/2023`, `ngày 24 tháng 11 năm 2023`.
    case date
    /// `năm 2023`, `2021-2025`.
    case year
    /// `9 tháng`, `6 tháng đầu năm`: the part of a year a figure covers.
    case period
    /// `842/BC-UBND`, `55/2023/NĐ-CP`, `77-NQ/TU`.
    case documentNumber
    /// `<sup>3</sup>`: a footnote reference or the mark opening a footnote's text.
    case footnoteMark
    /// Digits inside names and labels: `Mầm non 19-5`, `Km3+312`, `khối 9`, `lớp 10`.
    case nameDigit
    /// A number baocao could not place: neither a quantity nor any of the above.
    case unclassified
}
