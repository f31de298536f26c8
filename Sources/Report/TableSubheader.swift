import Platform

extension MarkdownTable {
    /// A header over two rows, as documents converted from word processors
    /// write one whose top cells span several columns:
    ///
    ///     | Chỉ tiêu | ĐVT | Năm 2024  | Năm 2025 |               |                |
    ///     |          |     | Thực hiện | Kế hoạch | Ước thực hiện | So sánh KH (%) |
    ///
    /// The second row has no value and names at least two columns' roles; it
    /// joins the header: each column is called by the top cell over it (the
    /// nearest to its left where its own is empty, as a span leaves it), then
    /// by its own (`Năm 2025 Ước thực hiện`).
    static func mergingSubheader(_ header: [Cell], _ rows: [[Cell]]) -> (header: [Cell], rows: [[Cell]]) {
        guard let sub = rows.first, !sub.contains(where: \.isValue),
              sub.filter({ TableColumn.of(header: $0.text, year: nil).namesWhatIsDone }).count >= 2 else { return (header, rows) }
        var merged: [Cell] = []
        var spanning: Cell?
        for column in header.indices {
            let top = header[column]
            if !top.text.isEmpty { spanning = top }
            guard column < sub.count, !sub[column].text.isEmpty else { merged.append(top); continue }
            let over = top.text.isEmpty ? spanning : top
            var cell = sub[column]
            if let over { cell.text = Substring(over.joiningLines + " " + cell.text) }
            merged.append(cell)
        }
        return (merged, Array(rows.dropFirst()))
    }
}

extension TableColumn {
    /// Whether a column holds what a period did, planned or how the two compare
    /// (not a name, unit, number or note): what a header's second row names.
    var namesWhatIsDone: Bool {
        switch self {
        case .number, .label, .unit, .other: false
        default: true
        }
    }
}
