import Platform

/// A note in brackets that closes a report's title line, about the
/// document rather than its subject: `(Số liệu ước tính đến ngày 15/6/2026)`,
/// `(Tài liệu phục vụ kỳ họp thứ Mười HĐND huyện)`, `(Dự thảo lần 2)`.
/// A bracket that gives the period (`(từ 01/7/2025 đến 31/12/2025)`) is the
/// title's own and stays.
extension ReportHeaderReader {
    /// `title` without a note in brackets that closes it, opening on one of
    /// ``titleNoteOpenings``; the title as it is otherwise.
    static func withoutClosingNote(_ title: String) -> String {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex else { return title }
        let note = TextFolding.fold(String(title[title.index(after: open)...]))
        guard titleNoteOpenings.contains(where: { note.hasPrefix($0) }) else { return title }
        return String(title[..<open]).trimmingWhitespace()
    }

    /// How a note about the document opens, folded: its figures (`số liệu`), its use (`tài liệu`, `phục vụ`,
    /// `trình`), its state (`dự thảo`).
    static let titleNoteOpenings = ["so lieu ", "tai lieu ", "phuc vu ", "trinh ", "du thao"]

    /// Whether a date follows `ngày` inside a bracket left open before it (`(Số liệu ước tính đến ngày
    /// 15/6/2026)`): a note's date, not the line of the place and date the report was signed.
    static func isInOpenBracket(_ before: Substring) -> Bool {
        guard let open = before.lastIndex(of: "(") else { return false }
        return !before[open...].contains(")")
    }
}
