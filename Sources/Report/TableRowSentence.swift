import Platform

/// A row of a table of targets read as the sentence a report would write for
/// it, so that facts, their qualifiers and the plugins' rules read it as they
/// read prose:
///
///     | Thu ngân sách trên địa bàn | tỷ đồng | 320 | 251,4 | 78,6 |
///
/// under `Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Ước thực hiện | So với KH (%)`
/// reads `Thu ngân sách trên địa bàn ước đạt 251,4 tỷ đồng, bằng 78,6% kế
/// hoạch (kế hoạch 320 tỷ đồng).` Every cell keeps its place in the report
/// (an anchor each), so a number's line and column are those of its cell;
/// the words joining them are anchored at the header that says them.
///
/// A column of the plan for a later year (`Kế hoạch năm 2026` in a report on
/// 2025) is that year's target: it makes a sentence of its own
/// (`Thu ngân sách trên địa bàn 350 tỷ đồng.`), for the plan part.
struct TableRowSentence {
    var text = ""
    var anchors: [TextAnchor] = []
    private var scalars = 0

    /// What one row says: the sentence of its results, and that of a later year's plan.
    struct Row {
        var results: TableRowSentence?
        var plan: TableRowSentence?
    }

    /// Each body row of `table` read as sentences, for a report on `year`.
    static func rows(of table: MarkdownTable, year: Int?) -> [Row] {
        let roles = TableColumn.roles(of: table.header, year: year)
        return table.rows.map { row(cells: $0, roles: roles, header: table.header, year: year) }
    }

    static func row(cells: [MarkdownTable.Cell], roles: [TableColumn], header: [MarkdownTable.Cell], year: Int?) -> Row {
        let columns = cells.indices.filter { $0 < roles.count }
        // The name: the label column, else the first cell with words that is neither a number nor a unit.
        let labelColumn = columns.first { roles[$0] == .label && hasLetters(cells[$0].text) }
            ?? columns.first { roles[$0] != .number && roles[$0] != .unit && hasLetters(cells[$0].text) && !isValue(cells[$0].text) }
        guard let labelColumn else { return Row() }
        let label = cells[labelColumn]
        let unitCell = columns.first { roles[$0] == .unit }.map { cells[$0] }.flatMap { hasLetters($0.text) || $0.text == "%" ? $0 : nil }
        func unit(of column: Int) -> MarkdownTable.Cell? {
            unitCell ?? parenthesised(header[column], strict: false) ?? parenthesised(label, strict: true)
        }
        func valued(_ column: Int) -> Bool { column != labelColumn && isValue(cells[column].text) }

        var results: TableRowSentence?
        if let actual = columns.last(where: { if case .actual = roles[$0] { valued($0) } else { false } }) {
            var sentence = TableRowSentence()
            sentence.add(Self.joiningLines(label.text), at: label.location)
            let estimate = roles[actual] == .actual(estimate: true)
            sentence.add(estimate ? " ước đạt " : " đạt ", at: header[actual].location)
            sentence.addValue(cells[actual], unit: unit(of: actual))
            if let column = columns.first(where: { roles[$0] == .verdict }), let verdict = verdict(cells[column].text) {
                sentence.add(verdict, at: cells[column].location)
            }
            for column in columns where valued(column) {
                let words: String
                switch roles[column] {
                case .changeOnPrevious:
                    sentence.addChange(cells[column], header: header[column])
                    continue
                case .percentOfPlan: words = "% kế hoạch"
                case .percentOfEstimate: words = "% dự toán"
                case .percentOfPrevious: words = "% so với cùng kỳ"
                default: continue
                }
                sentence.add(", bằng ", at: header[column].location)
                sentence.add(cells[column].text, at: cells[column].location)
                sentence.add(cells[column].text.hasSuffix("%") ? String(words.dropFirst()) : words, at: header[column].location)
            }
            if let plan = columns.first(where: { isPlan(roles[$0], after: year) == false && valued($0) }) {
                sentence.add(" (kế hoạch ", at: header[plan].location)
                sentence.addValue(cells[plan], unit: unit(of: plan))
                sentence.add(")", at: header[plan].location)
            }
            sentence.add(".", at: header[actual].location)
            results = sentence
        } else if let plan = columns.first(where: { isPlan(roles[$0], after: year) == false && valued($0) }) {
            // A table of the plan alone: its values are the plan's, in whichever part the table stands.
            results = TableRowSentence(label: label, value: cells[plan], unit: unit(of: plan))
        } else if !roles.contains(where: { isPlan($0, after: year) != nil }) {
            // A table of something else (projects and their sums): each value with what its header calls it.
            let others = columns.filter { roles[$0] == .other && valued($0) }
            if !others.isEmpty {
                var sentence = TableRowSentence()
                sentence.add(Self.joiningLines(label.text) + ":", at: label.location)
                for (number, column) in others.enumerated() {
                    sentence.add(number == 0 ? " " : ", ", at: cells[column].location)
                    sentence.addValue(cells[column], unit: unit(of: column))
                    sentence.add(" (" + Self.name(of: header[column]) + ")", at: header[column].location)
                }
                sentence.add(".", at: label.location)
                results = sentence
            }
        }
        let later = columns.first { isPlan(roles[$0], after: year) == true && valued($0) }
        return Row(results: results, plan: later.map { TableRowSentence(label: label, value: cells[$0], unit: unit(of: $0)) })
    }

    /// `Thu ngân sách trên địa bàn 350 tỷ đồng.`: a name and its value.
    init(label: MarkdownTable.Cell, value: MarkdownTable.Cell, unit: MarkdownTable.Cell?) {
        add(Self.joiningLines(label.text), at: label.location)
        add(" ", at: value.location)
        addValue(value, unit: unit)
        add(".", at: value.location)
    }

    init() {}

    /// Whether `role` is a plan column for a year after `year` (true), for
    /// the year itself or an unnamed one (false), or no plan at all (nil).
    static func isPlan(_ role: TableColumn, after year: Int?) -> Bool? {
        guard case .plan(let planYear) = role else { return nil }
        guard let planYear, let year else { return false }
        return planYear > year
    }

    mutating func add(_ piece: some StringProtocol, at location: SourceLocation) {
        guard !piece.isEmpty else { return }
        anchors.append(TextAnchor(offset: scalars, location: location))
        text += piece
        scalars += piece.unicodeScalars.count
    }

    /// A value and its unit: `251,4 tỷ đồng`, `7,9%`.
    mutating func addValue(_ value: MarkdownTable.Cell, unit: MarkdownTable.Cell?) {
        add(value.text, at: value.location)
        guard let unit, !value.text.hasSuffix("%") else { return }
        add(unit.text == "%" ? "%" : " " + Self.joiningLines(unit.text), at: unit.location)
    }

    /// `, tăng 8,2% so với cùng kỳ` from a signed cell (`8,2`, `+8,2`, `-3,5`): the sign says the verb.
    mutating func addChange(_ cell: MarkdownTable.Cell, header: MarkdownTable.Cell) {
        var text = cell.text, location = cell.location
        let falls = text.first == "-" || text.first == "−"
        if falls || text.first == "+" {
            // The number without its sign, where it starts in the cell.
            text = text.dropFirst().drop { $0 == " " }
            location.column += cell.text.utf8.count - text.utf8.count
        }
        add(falls ? ", giảm " : ", tăng ", at: header.location)
        add(text, at: location)
        add(text.hasSuffix("%") ? " so với cùng kỳ" : "% so với cùng kỳ", at: header.location)
    }

    /// The words a report gives its verdict in (` (không đạt kế hoạch)`), for
    /// a verdict cell's `Không đạt`, `Chưa đạt`, `Vượt`, `Đạt`, `Hoàn thành`; nil for anything else.
    static func verdict(_ cell: Substring) -> String? {
        let words = TableColumn.Words(cell)
        if words.has(TableColumn.phrases("Không đạt", "Chưa đạt", "Không hoàn thành", "Chưa hoàn thành")) { return " (không đạt kế hoạch)" }
        if words.has(TableColumn.phrases("Vượt")) { return " (vượt kế hoạch)" }
        if words.has(TableColumn.phrases("Đạt", "Hoàn thành")) { return " (đạt kế hoạch)" }
        return nil
    }

    /// A cell's text with its line breaks (`Doanh thu<br>du lịch`, as tables
    /// converted from documents write them) as spaces, so that its words are words.
    static func joiningLines(_ text: Substring) -> String {
        guard text.contains("<br") else { return String(text) }
        var result = String(text)
        for tag in ["<br />", "<br/>", "<br>", "<BR>"] { result = result.replacing(tag, with: " ") }
        return result
    }

    /// What a header calls its column, its unit and line breaks left out:
    /// `Tổng mức đầu tư (tỷ đồng)` → `tổng mức đầu tư`.
    static func name(of header: MarkdownTable.Cell) -> String {
        var text = joiningLines(header.text)
        if let unit = parenthesised(header, strict: false), let open = text.lastIndex(of: "("), text.hasSuffix(")"),
           text[text.index(after: open)...].dropLast() == joiningLines(unit.text) {
            text = String(text[..<open]).trimmingWhitespace()
        }
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// A value cell: digits, and no letters but those of a unit written in it (`%`).
    static func isValue(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { ("0"..."9").contains($0) } && !hasLetters(text)
    }

    static func hasLetters(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// The unit a header or a name gives in its closing parentheses:
    /// `Thực hiện (tỷ đồng)`, `Tổng thu ngân sách (tỷ đồng)`. In a name
    /// (`strict`) only `%` or a word in lower case is a unit: `(GRDP)` is not.
    static func parenthesised(_ cell: MarkdownTable.Cell, strict: Bool) -> MarkdownTable.Cell? {
        let text = cell.text
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard let first = inner.first, inner.count <= 12, !inner.contains(where: \.isNumber) else { return nil }
        if strict && !(inner == "%" || first.isLowercase) { return nil }
        let column = cell.location.column + text.utf8.distance(from: text.startIndex, to: inner.startIndex)
        return MarkdownTable.Cell(text: inner, location: SourceLocation(line: cell.location.line, column: column))
    }
}
