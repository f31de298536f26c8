import Platform

/// A report's header laid out as a table, as converters of word-processor
/// files write it: the issuer and the document number in the left column,
/// the national name, motto, place and date in the right.
///
///     | ỦY BAN NHÂN DÂN<br>HUYỆN YÊN THẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>… |
///     |---|---|
///     | Số: 188/BC-UBND | *Yên Thế, ngày 14 tháng 6 năm 2026* |
///
/// Its cells are the header's lines, read as paragraphs would be; it has no
/// row of figures.
enum HeaderTable {
    /// The cells of `table`, row by row, when it stands where a header does
    /// (before any heading, among the report's first paragraphs) and a cell
    /// opens on an issuer, the national name or the motto; nil for any other table.
    static func lines(of table: MarkdownTable, paragraphsBefore: Int, sectionsBefore: Int) -> [TableCell]? {
        guard sectionsBefore == 0, paragraphsBefore < ReportHeaderReader.headerParagraphs else { return nil }
        let cells = ([table.header] + table.rows).joined().filter { !$0.text.isEmpty }
        guard cells.contains(where: { cell in
            let folded = TextFolding.fold(cell.joiningLines)
            return ReportHeaderReader.isIssuer(folded) || ReportHeaderReader.opensOnNationalNameOrMotto(folded)
        }) else { return nil }
        return Array(cells)
    }
}
