import Platform

/// A report copied from a legal library's page, as analysts find many: the
/// page's own table of the document's particulars comes first (`Số hiệu:`,
/// `Loại văn bản:`, `Nơi ban hành:`, `Ngày ban hành:`, each label and its
/// value on lines of their own, bars between the cells), and the document's
/// header cells are wrapped at the cell's width, a word left alone on a line
/// (`ỦY` over `BAN NHÂN DÂN`, `Tân` over `Kỳ, ngày 10 tháng 12 năm 2026`).
extension ReportHeaderReader {
    /// The index of the first paragraph after a legal library page's table of
    /// particulars, where the document's own header starts; 0 where the report
    /// opens with none. Two of the table's labels or more, among the first
    /// paragraphs, make one; the paragraph after the last label is its value.
    static func libraryParticularsEnd(in paragraphs: [Paragraph]) -> Int {
        var labels = 0, lastLabel: Int?
        for index in paragraphs.indices.prefix(particularsReach) {
            let text = paragraphs[index].text
            // Labels are short: a paragraph of the body is not folded to be compared.
            guard text.utf8.count <= longestLabel, particularsLabels.contains(TextFolding.fold(String(text)).trimmingWhitespace())
            else { continue }
            labels += 1
            lastLabel = index
        }
        guard labels >= 2, let lastLabel else { return 0 }
        // The last label's value: the next paragraph with a word or a figure (bars stand between the cells).
        let value = paragraphs.indices.dropFirst(lastLabel + 1).first { hasWordOrFigure(paragraphs[$0].text) }
        return value.map { $0 + 1 } ?? paragraphs.count
    }

    /// Whether a paragraph holds a letter or a digit: a bar between table cells (`|`) or a rule holds none.
    static func hasWordOrFigure(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { TextFolding.isLetter($0) || ("0"..."9").contains($0) }
    }

    /// Whether a header's line, folded, is one word alone (letters only): a cell's text wrapped at its width,
    /// to be read with the line after it.
    static func isLoneWord(_ folded: String) -> Bool {
        !folded.isEmpty && folded.utf8.count <= 12 && folded.unicodeScalars.allSatisfy(TextFolding.isLetter)
    }

    /// The labels of a legal library's table of a document's particulars, folded.
    private static let particularsLabels: Set<String> = [
        "so hieu:", "loai van ban:", "noi ban hanh:", "nguoi ky:", "ngay ban hanh:", "ngay hieu luc:",
        "ngay cong bao:", "so cong bao:", "tinh trang:", "linh vuc:", "co quan ban hanh:",
    ]

    /// How many of a report's first paragraphs are looked into for the table.
    private static let particularsReach = 48
    /// The longest such label, in UTF-8 bytes (`Cơ quan ban hành:`), with room for spaces around it.
    private static let longestLabel = 32
}
