import Platform

/// A body row of a table read with its columns' roles, as the sentences a
/// report would write for it, so that facts, their qualifiers and the
/// plugins' rules read it as they read prose:
///
///     | Thu ngân sách trên địa bàn | tỷ đồng | 320 | 251,4 | 78,6 |
///
/// under `Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Ước thực hiện | So với KH (%)`
/// reads `Thu ngân sách trên địa bàn ước đạt 251,4 tỷ đồng, bằng 78,6% kế
/// hoạch (kế hoạch 320 tỷ đồng).` A column of the year before (`Thực hiện
/// năm 2024`, `Cùng kỳ`) adds `(cùng kỳ năm trước 236 tỷ đồng)`.
///
/// A column of the plan for a later year (`Kế hoạch năm 2026` in a report on
/// 2025) is that year's target: it makes a sentence of its own
/// (`Thu ngân sách trên địa bàn 350 tỷ đồng.`), for the plan part. A table
/// with no column of what was done or of the plan (projects and their sums)
/// gives each value with what its header calls it, in parentheses.
struct TableRow {
    let cells: [MarkdownTable.Cell]
    let roles: [TableColumn]
    let header: [MarkdownTable.Cell]
    let year: Int?
    /// The columns the row and the header both have.
    let columns: [Int]
    /// The column that names the row, if any cell does.
    let labelColumn: Int?
    /// The unit column's cell, when it holds a unit.
    let unitCell: MarkdownTable.Cell?
    /// The unit the line above the table gives (`Đơn vị tính: triệu đồng`), if any.
    let caption: MarkdownTable.Cell?

    init(cells: [MarkdownTable.Cell], roles: [TableColumn], header: [MarkdownTable.Cell], year: Int?,
         caption: MarkdownTable.Cell? = nil) {
        self.cells = cells
        self.roles = roles
        self.header = header
        self.year = year
        self.caption = caption
        let columns = cells.indices.filter { $0 < roles.count && $0 < header.count }
        self.columns = columns
        // The name: the label column, else the first cell with words that is neither a number nor a unit.
        labelColumn = columns.first { roles[$0] == .label && cells[$0].hasLetters }
            ?? columns.first { roles[$0] != .number && roles[$0] != .unit && cells[$0].hasLetters && !cells[$0].isValue }
        unitCell = columns.first { roles[$0] == .unit }.map { cells[$0] }.flatMap { $0.hasLetters || $0.text == "%" ? $0 : nil }
    }

    /// The sentence of what the row reports for the period (or, in a table of
    /// the plan alone, of its plan), nil for a row without a name or a value.
    var results: TableRowSentence? {
        guard let label = labelColumn.map({ cells[$0] }) else { return nil }
        let actuals = columns.filter { isActual($0) && isValued($0) }
        if !actuals.isEmpty { return targets(label: label, actuals: actuals) }
        // A row whose cells of what was done are empty, in a table that has such columns, reports nothing done:
        // its plan is no value (`Trồng rừng | ha | 300 | |`).
        if columns.contains(where: isActual) { return nil }
        if let plan = columns.first(where: { roles[$0].isPlan(after: year) == false && isValued($0) }) {
            // A table of the plan alone: its values are the plan's, in whichever part the table stands.
            return TableRowSentence(label: label, value: cells[plan], unit: unit(of: plan))
        }
        guard !roles.contains(where: { $0.isPlan(after: year) != nil }) else { return nil }
        return others(label: label)
    }

    /// The sentence of the plan for a later year, if the row gives one.
    var laterPlan: TableRowSentence? {
        guard let label = labelColumn.map({ cells[$0] }),
              let later = columns.first(where: { roles[$0].isPlan(after: year) == true && isValued($0) }) else { return nil }
        return TableRowSentence(label: label, value: cells[later], unit: unit(of: later))
    }

    /// `… đạt 221,5 tỷ đồng; ước cả năm đạt 315 tỷ đồng (đạt kế hoạch), bằng 105% kế hoạch, tăng 8,2% so với cùng kỳ (cùng kỳ năm trước 291 tỷ đồng) (kế hoạch 300 tỷ đồng).`
    /// Each comparison follows the value of the nearest column of what was
    /// done before it (`Thực hiện 9 tháng | Ước cả năm | So với KH (%)`: the
    /// share is the year's estimate's); the verdict, the last value's; the plan
    /// and last year's, the last value's too, but the period's figure's where
    /// the year's estimate follows it (`Thực hiện 9 tháng | Ước cả năm`), and
    /// that estimate's as well.
    private func targets(label: MarkdownTable.Cell, actuals: [Int]) -> TableRowSentence {
        var sentence = TableRowSentence()
        // A name that ends on its verb (`Tỷ lệ hộ nghèo giảm`), or opens on it (`Giảm tỷ lệ hộ nghèo`, said as
        // the former), gives changes: `Tỷ lệ hộ nghèo giảm 2,8% so với cùng kỳ`.
        var (name, changeVerb) = Self.changeName(label)
        // … or whose values open on it (`Tỷ lệ hộ nghèo | % | Giảm 3% | Giảm 3,4%`), said the same way.
        if changeVerb == nil, let verb = actuals.lazy.compactMap({ self.cells[$0].changeOpening?.verb }).first {
            changeVerb = verb
            name = Self.named(name, verb: verb)
        }
        sentence.add(name, at: label.location)
        let previous = columns.first(where: { roles[$0] == .previous && isValued($0) })
        let plan = columns.first(where: { roles[$0].isPlan(after: year) == false && isValued($0) })
        // `Thực hiện 9 tháng | Ước cả năm`: the plan and the same period's last year are the period's
        // figure's, said after it; the year's estimate keeps its share of the plan (and a previous
        // year's whole, `Thực hiện năm 2024`).
        let periodFirst = actuals.count >= 2 && isWholeYear(actuals[0]) == false && isWholeYear(actuals[actuals.count - 1]) == true
        let previousFirst = periodFirst
            && previous.map { TableColumn.Words(header[$0].name[...]).has(TableColumn.samePeriodWords) } == true
        for (number, actual) in actuals.enumerated() {
            guard case .actual(let estimate, let wholeYear, let span) = roles[actual] else { continue }
            // `Ước thực hiện cả năm` beside `Thực hiện 9 tháng` says whose figure it is, as prose would;
            // so do `Thực hiện tháng 10` (`trong tháng 10`) and `Lũy kế 10 tháng` (`lũy kế 10 tháng`).
            let spanWords = switch span {
            case .period: ""
            case .month(let month): "trong tháng \(month) "
            case .cumulative(let months): "lũy kế " + (months.map { "\($0) tháng " } ?? "")
            }
            // (A year's estimate its header names by the year, `Ước TH năm 2026`, is said so only beside the months'.)
            let saysYear = wholeYear && (periodFirst || TableColumn.Words(header[actual].name[...]).has(TableColumn.wholeYearWords))
            let verb = changeVerb.map { number == 0 ? "" : spanWords + (saysYear ? "cả năm " : "") + $0 + " " }
                ?? spanWords + (estimate ? "ước " : "") + (saysYear ? "cả năm " : "") + "đạt "
            sentence.add((number == 0 ? " " : "; ") + verb, at: header[actual].location)
            sentence.addValue(value(actual), unit: unit(of: actual))
            if changeVerb != nil { sentence.add(" so với cùng kỳ", at: header[actual].location) }
            let isLast = number == actuals.count - 1
            if isLast, let verdict = verdictColumn { sentence.addVerdict(cells[verdict]) }
            // The comparisons up to the next value (the first value also takes those before it).
            let next = isLast ? Int.max : actuals[number + 1]
            addComparisons(of: actual, from: number == 0 ? -1 : actual, before: next, to: &sentence)
            if number == 0, let previous, previousFirst { addPrevious(previous, to: &sentence) }
            if number == 0, let plan, periodFirst { addPlan(plan, verb: changeVerb, to: &sentence) }
        }
        if let previous, !previousFirst { addPrevious(previous, to: &sentence) }
        // The year's estimate after the period's figure is set against the year's plan as well (`TH 11 tháng | Ước TH cả năm`).
        if let plan { addPlan(plan, verb: changeVerb, to: &sentence) }
        sentence.add(".", at: header[actuals[actuals.count - 1]].location)
        return sentence
    }

    /// Whether a column of what was done is the whole year's (`Ước cả năm`); nil for another column.
    private func isWholeYear(_ column: Int) -> Bool? {
        guard case .actual(_, let wholeYear, _) = roles[column] else { return nil }
        return wholeYear
    }

    /// ` (cùng kỳ năm trước 291 tỷ đồng)`: last year's figure, from its column.
    private func addPrevious(_ column: Int, to sentence: inout TableRowSentence) {
        sentence.add(" (cùng kỳ năm trước ", at: header[column].location)
        sentence.addValue(value(column), unit: unit(of: column))
        sentence.add(")", at: header[column].location)
    }

    /// ` (kế hoạch 300 tỷ đồng)`, ` (kế hoạch giảm 2%)`: the plan, from its column; a plan of a change
    /// beside a level done (`Tỷ lệ hộ nghèo | % | 3,8 | giảm 1% | 2,7`) keeps its own verb.
    private func addPlan(_ column: Int, verb: String?, to sentence: inout TableRowSentence) {
        let verb = verb ?? cells[column].changeOpening?.verb
        sentence.add(" (kế hoạch " + (verb.map { $0 + " " } ?? ""), at: header[column].location)
        sentence.addValue(value(column), unit: unit(of: column))
        sentence.add(")", at: header[column].location)
    }

    /// The verb a row's name ends on, before any unit in brackets: `giảm` for
    /// `Tỷ lệ hộ nghèo giảm`, `tăng` for `Số thuê bao internet tăng (%)`; nil for any other name.
    static func changeVerb(ending label: MarkdownTable.Cell) -> String? {
        var name = Substring(label.joiningLines).trimmingWhitespace()
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") { name = Substring(name[..<open]).trimmingWhitespace() }
        // The name's last word, after its last space (the name is trimmed): not every word split out.
        guard !name.isEmpty else { return nil }
        let last = (name.lastIndex(of: " ").map { name[name.index(after: $0)...] } ?? name[...]).lowercased()
        return last == "giảm" || last == "tăng" ? last : nil
    }

    /// A row's name as its sentence says it, and the change's verb it ends on: a name opening on the verb
    /// (`Giảm tỷ lệ hộ nghèo (%)`, the reduction, not the rate) is said with the verb after the rest,
    /// before any unit in brackets (`Tỷ lệ hộ nghèo giảm (%)`). Growth and strengthening (`Tăng trưởng`,
    /// `Tăng cường`) are no change's verb.
    static func changeName(_ label: MarkdownTable.Cell) -> (name: String, verb: String?) {
        let text = label.joiningLines
        if let verb = changeVerb(ending: label) { return (text, verb) }
        let trimmed = Substring(Substring(text).trimmingWhitespace())
        // `Tỷ lệ giảm hộ nghèo (%)`: the rate of the fall, said as `Tỷ lệ hộ nghèo giảm (%)` (not `Tỷ lệ tăng dân số`, a level).
        if let rest = fallenRateSubject(trimmed) { return (named(rest, verb: "giảm"), "giảm") }
        guard let (verb, rest) = TableCell.openingChangeVerb(trimmed),
              let next = rest.split(separator: " ").first?.lowercased(), !["trưởng", "cường", "ca"].contains(next) else { return (text, nil) }
        return (named(rest.prefix(1).uppercased() + rest.dropFirst(), verb: verb), verb)
    }

    /// `Tỷ lệ hộ nghèo` for a name opening on `Tỷ lệ giảm` (`Tỷ lệ giảm hộ nghèo`): the rate's name with
    /// the verb taken out; nil for any other name.
    private static func fallenRateSubject(_ text: Substring) -> String? {
        let words = text.split(separator: " ", maxSplits: 3)
        guard words.count == 4, ["tỷ", "tỉ"].contains(words[0].lowercased()), words[1].lowercased() == "lệ",
              words[2].lowercased() == "giảm" else { return nil }
        return "\(words[0]) lệ \(words[3])"
    }

    /// A name with a change's verb after it, before any unit in brackets: `Tỷ lệ hộ nghèo (%)` → `Tỷ lệ hộ nghèo giảm (%)`.
    private static func named(_ name: String, verb: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return name + " " + verb }
        return String(name[..<open]).trimmingWhitespace() + " " + verb + " " + name[open...]
    }

    /// A column's value, without a change's verb it opens on (`Giảm 3,4%` → `3,4%`): the sentence says the verb;
    /// without the words of reaching a level (`Giảm còn 2` → `2`): a level.
    private func value(_ column: Int) -> MarkdownTable.Cell {
        cells[column].changeOpening?.value ?? cells[column].levelOpening ?? cells[column]
    }

    /// `Đường trục trung tâm: 120 tỷ đồng (tổng mức đầu tư), 50 tỷ đồng (giải ngân).`
    private func others(label: MarkdownTable.Cell) -> TableRowSentence? {
        let valued = columns.filter { (roles[$0] == .other || roles[$0] == .previous) && isValued($0) }
        guard !valued.isEmpty else { return nil }
        var sentence = TableRowSentence()
        sentence.add(label.joiningLines + ":", at: label.location)
        if let places = placeColumns(valued) { return listing(places, after: sentence, label: label) }
        // The row of the whole under rows of places (`Toàn huyện`, ``namesWhole(_:)``) gives the report's own figures:
        // each named first, as the text would (`số hộ nghèo 425 hộ; tỷ lệ hộ nghèo 5,2%`).
        let whole = namesWhole(label)
        for (number, column) in valued.enumerated() {
            // A value's shares and changes follow it (`312,4 tỷ đồng, bằng 55,1% dự toán (thu ngân sách)`), before
            // what the header calls it, so that no plan is named right before the next value.
            let next = number + 1 < valued.count ? valued[number + 1] : Int.max
            if whole {
                sentence.add(number == 0 ? " " : "; ", at: cells[column].location)
                sentence.add(header[column].name + " ", at: header[column].location)
                sentence.addValue(cells[column], unit: unit(of: column))
                addComparisons(of: column, before: next, to: &sentence)
            } else {
                sentence.add(number == 0 ? " " : ", ", at: cells[column].location)
                sentence.addValue(cells[column], unit: unit(of: column))
                addComparisons(of: column, before: next, to: &sentence)
                sentence.add(" (" + header[column].name + ")", at: header[column].location)
            }
        }
        sentence.add(".", at: label.location)
        return sentence
    }

    /// The shares and changes in the columns after a value's, up to the next value's (`Thu ngân sách (tỷ đồng) |
    /// So dự toán (%)` in a table of places, with no column of what was done): `, bằng 55,1% dự toán`.
    /// `from`: the column after which they are looked for, the value's own unless it is the row's first
    /// (which also takes those before it).
    private func addComparisons(of column: Int, from start: Int? = nil, before next: Int, to sentence: inout TableRowSentence) {
        for compared in columns where compared > (start ?? column) && compared < next && isValued(compared) {
            switch roles[compared] {
            case .changeOnPrevious(let inRowUnit):
                sentence.addChange(cells[compared], header: header[compared], unit: inRowUnit ? unit(of: column) : nil, inRowUnit: inRowUnit)
            case .percentOfPlan: sentence.addShare(cells[compared], of: "kế hoạch", header: header[compared])
            case .percentOfEstimate: sentence.addShare(cells[compared], of: "dự toán", header: header[compared])
            case .percentOfPrevious: sentence.addShare(cells[compared], of: "so với cùng kỳ", header: header[compared])
            default: continue
            }
        }
    }

    /// Whether a row's label names the whole place its table's other rows are parts of: `Toàn huyện`, `Chung
    /// toàn xã`, `Cả huyện`; or `Tổng cộng`, `Cộng`, `Tổng số`, or the place's kind alone (`Huyện`), where the
    /// rows are places (the label column headed `Đơn vị`, `Xã`, `Địa phương`), not projects, whose sum may be
    /// some of the report's only.
    private func namesWhole(_ label: MarkdownTable.Cell) -> Bool {
        guard label.text.utf8.count <= 32 else { return false }
        let folded = Self.folded(label)
        if Self.wholePlaces.contains(folded) { return true }
        guard Self.sums.contains(folded) || Self.kinds.contains(folded), let column = labelColumn else { return false }
        return Self.placeHeaders.contains(TextFolding.fold(header[column].name).trimmingWhitespace())
    }

    /// Columns of places, and the whole's among them: a column headed by the whole (`Toàn huyện`) beside
    /// others (`Chợ Rã | Thượng Giáo | Toàn huyện`), or columns all named as places are, with a sum's or none
    /// (`Chợ Rã | Thượng Giáo | Tổng cộng`). Nil for other columns (`Tổng mức đầu tư | Giải ngân`).
    private func placeColumns(_ valued: [Int]) -> (whole: Int?, places: [Int])? {
        if let whole = valued.first(where: { Self.wholePlaces.contains(Self.folded(header[$0])) }) {
            return (whole, valued.filter { $0 != whole })
        }
        let sum = valued.first { Self.sums.contains(Self.folded(header[$0])) }
        let places = valued.filter { $0 != sum }
        guard places.count >= 2, places.allSatisfy({ Self.isPlaceName(header[$0].joiningLines) }) else { return nil }
        return (sum, places)
    }

    /// `Thu ngân sách trên địa bàn: toàn huyện 41.600 triệu đồng; các đơn vị: Chợ Rã 12.400 triệu đồng, …`: the
    /// whole's figure first, the report's own, then the places' as prose lists them, each of its place.
    private func listing(_ columns: (whole: Int?, places: [Int]), after opening: TableRowSentence,
                         label: MarkdownTable.Cell) -> TableRowSentence {
        var sentence = opening
        if let whole = columns.whole {
            sentence.add(" " + header[whole].name + " ", at: header[whole].location)
            sentence.addValue(cells[whole], unit: unit(of: whole))
            sentence.add(";", at: header[whole].location)
        }
        for (number, column) in columns.places.enumerated() {
            sentence.add(number == 0 ? " các đơn vị: " : ", ", at: cells[column].location)
            sentence.add(header[column].joiningLines.trimmingWhitespace() + " ", at: header[column].location)
            sentence.addValue(cells[column], unit: unit(of: column))
        }
        sentence.add(".", at: label.location)
        return sentence
    }

    /// A cell's words folded, as the names of a whole and of sums are compared: `Toàn huyện` → `toan huyen`.
    private static func folded(_ cell: MarkdownTable.Cell) -> String {
        TextFolding.fold(cell.joiningLines).trimmingWhitespace()
    }

    /// Whether a column's header names a place as places are named: two to five words, each capitalised
    /// or a number (`Chợ Rã`, `Phường 12`), not a header's words (`Tổng mức đầu tư`).
    private static func isPlaceName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...5).contains(words.count)
            && words.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } == true } && !words.allSatisfy { $0 == $0.uppercased() }
    }

    /// A whole place's names, folded: `toàn`, `chung toàn`, `tính chung toàn` or `cả` before a kind of place.
    private static let wholePlaces = Set(PlaceKind.issuers.flatMap { kind in
        ["toan ", "chung toan ", "tinh chung toan ", "ca "].map { $0 + kind.folded }
    })
    private static let kinds = Set(PlaceKind.issuers.map(\.folded))
    private static let sums: Set<String> = ["tong cong", "cong", "tong so", "tong"]
    /// How a column naming places is headed, folded.
    private static let placeHeaders: Set<String> = ["don vi", "don vi hanh chinh", "ten don vi", "xa", "ten xa", "dia phuong",
                                                    "xa, phuong", "xa, thi tran", "phuong, xa", "xa, phuong, thi tran",
                                                    "thon", "ten thon"]

    /// The unit of a column's value: the unit column's, else its header's
    /// (`Thực hiện (tỷ đồng)`), else the name's (`Thu ngân sách (tỷ đồng)`),
    /// else the table's (`Đơn vị tính: triệu đồng` above it), else what the
    /// name counts (`Số người chết do tai nạn giao thông`), else what the
    /// header counts (`Số hộ nghèo` over rows of communes).
    private func unit(of column: Int) -> MarkdownTable.Cell? {
        unitCell ?? header[column].parenthesisedUnit(strict: false)
            ?? labelColumn.flatMap { cells[$0].parenthesisedUnit(strict: true) } ?? caption
            ?? labelColumn.flatMap { cells[$0].countedNoun } ?? header[column].countedNoun
    }

    /// The column of the report's verdict: headed `Đánh giá`, or any other
    /// (`Kết quả`, `Ghi chú`) whose cell is a verdict alone (`Đạt`, `Không đạt`).
    private var verdictColumn: Int? {
        columns.first { roles[$0] == .verdict }
            ?? columns.first { $0 != labelColumn && roles[$0] != .unit && TableRowSentence.isVerdict(cells[$0]) }
    }

    private func isActual(_ column: Int) -> Bool { roles[column].isActual }

    private func isValued(_ column: Int) -> Bool { column != labelColumn && cells[column].isValue }
}
