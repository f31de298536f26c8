import Platform

/// A figure's row of a table of targets laid out as a list under the heading
/// that names it, as a table turned into text writes it:
///
///     1. Tổng thu ngân sách nhà nước trên địa bàn
///     - Kế hoạch: 45 tỷ đồng.
///     - Ước thực hiện: 48,2 tỷ đồng.
///     - Đánh giá: Vượt.
///
/// Each item alone names nothing, and the heading holds no figure: read as
/// they stand, no indicator was found. The heading and its items are read as
/// the table's row they are (`Tổng thu … ước đạt 48,2 tỷ đồng (vượt kế
/// hoạch) (kế hoạch 45 tỷ đồng).`), each figure anchored where it stands in
/// the report.
extension DocumentBuilder {
    /// A labelled item under a row's title: its paragraph, its label as written and folded, and its value.
    struct LabelledItem {
        var paragraph: Int
        var label: Substring
        var words: [Substring]
        var value: Substring
    }

    /// Joins each heading with the labelled items right under it, where one
    /// of them says what was done (`Thực hiện`, `Ước thực
    /// hiện`, `Kết quả`) in the report's period: the heading's paragraph (or a numbered line's) becomes the sentence, the
    /// items' paragraphs empty (their places kept: paragraphs are counted by index).
    mutating func joinLabelledRows() {
        // The year the report is on, read from its header once, where a row is joined.
        var year: Int??
        var index = 0
        while index + 1 < paragraphs.count {
            defer { index += 1 }
            // Asked first, and of the bytes in place: nearly every paragraph is followed by no list item with a colon.
            guard Self.mayBeLabelledItem(paragraphs[index + 1].text), let (title, section) = rowTitle(index) else { continue }
            var end = index + 1, done = false
            var items: [LabelledItem] = []
            while end < paragraphs.count, paragraphs[end].section == section, paragraphs[end].kind == .body,
                  let item = Self.labelledItem(paragraphs[end].text) {
                done = done || Self.saysDone(item.words)
                items.append(LabelledItem(paragraph: end, label: item.label, words: item.words, value: item.value))
                end += 1
            }
            // Two items at least, right under the heading, and one says what was done.
            guard items.count >= 2, done else { continue }
            if year == nil { year = ReportHeaderReader.read(paragraphs, sections: sections).year }
            join(heading: index, title: title, items: items, reportYear: year ?? nil)
            index = end - 1
        }
    }

    /// The title a paragraph gives the items under it: a heading's, a list
    /// label's, or a numbered line's too long to be a heading (`13. Tỷ lệ trẻ em dưới 5 tuổi
    /// suy dinh dưỡng thể nhẹ cân`), no sentence, its number left out; and the
    /// section the items stand in.
    private func rowTitle(_ index: Int) -> (title: Substring, items: Int)? {
        let paragraph = paragraphs[index]
        guard let section = paragraph.section else { return nil }
        if paragraph.kind == .heading {
            return sections[section].title.utf8.elementsEqual(paragraph.text.utf8) ? (paragraph.text, section) : nil
        }
        guard paragraph.kind == .body, paragraph.text.utf8.count < 200 else { return nil }
        // A list item labelling them (`- Tổng thu ngân sách nhà nước trên địa bàn:` over `+ Kế hoạch: …`), the
        // items in the section it opened.
        if let (title, _) = Self.listLabel(paragraph.text), let range = paragraph.text.utf8Range(of: title) {
            guard index + 1 < paragraphs.count, let opened = paragraphs[index + 1].section,
                  sections[opened].parent == section, sections[opened].title == title else { return nil }
            return (paragraph.text[range], opened)
        }
        guard let last = paragraph.text.last, last != ".", last != ";", last != ":", last != ",",
              let point = paragraph.text.firstIndex(where: { !$0.isNumber }), point > paragraph.text.startIndex,
              paragraph.text[point] == "." || paragraph.text[point] == ")" else { return nil }
        let title = paragraph.text[paragraph.text.index(after: point)...].drop { $0 == " " }
        return title.isEmpty ? nil : (title, section)
    }

    /// The heading's paragraph made the sentence of the table row the items
    /// are: a header of their labels (`Kế hoạch`, `Ước thực hiện`, `Tỷ lệ`,
    /// `Đánh giá`) over the heading's title and their values, which
    /// ``TableRow`` reads as it reads a table's (a later year's plan, a section
    /// of its own under the heading's). Nothing is joined where it makes no sentence.
    private mutating func join(heading: Int, title: Substring, items: [LabelledItem], reportYear: Int?) {
        let opening = paragraphs[heading]
        var location = opening.location
        location.column += opening.text.utf8.distance(from: opening.text.startIndex, to: title.startIndex)
        var header = [TableCell(text: "Chỉ tiêu", location: opening.location)]
        var cells = [TableCell(text: title, location: location)]
        for item in items {
            let paragraph = paragraphs[item.paragraph]
            func cell(_ piece: Substring) -> TableCell {
                var location = paragraph.location
                location.column += paragraph.text.utf8.distance(from: paragraph.text.startIndex, to: piece.startIndex)
                return TableCell(text: piece, location: location)
            }
            let value = cell(item.value.drop { $0 == " " })
            // `Tỷ lệ: 107,1%`, `So sánh: 97,4%` after the plan and what was done: the share of plan, as a table's
            // `Tỷ lệ đạt (%)` column holds it.
            header.append(Self.isBareShare(item.words) && value.text.hasSuffix("%")
                ? TableCell(text: "Tỷ lệ đạt (%)", location: cell(item.label).location) : cell(item.label))
            cells.append(value)
        }
        // A table gives the unit in a column of its own, its values bare: the unit the values share is taken out of them.
        let units = cells.dropFirst().map(Self.unitAfterNumber)
        if let unit = units.lazy.compactMap({ $0 }).first,
           units.allSatisfy({ $0.map { $0.text == unit.text } ?? true }) {
            header.append(TableCell(text: "ĐVT", location: unit.location))
            cells = cells.enumerated().map { index, cell in
                guard index > 0, let own = units[index - 1] else { return cell }
                var bare = cell.text[..<own.text.startIndex]
                while bare.last == " " { bare = bare.dropLast() }
                return TableCell(text: bare, location: cell.location)
            }
            cells.append(unit)
        }
        let year = reportYear ?? TableColumn.reportedYear(of: header)
        let roles = TableColumn.roles(of: header, year: year)
        // What was done in the report's period, not in a year before it: `Thực hiện năm 2025` over `Kế hoạch năm
        // 2026` in a report on 2026 is last year's figure beside this year's target, and nothing was done to read.
        guard roles.contains(where: \.isActual) else { return }
        let row = TableRow(cells: cells, roles: roles, header: header, year: year)
        guard let results = row.results else { return }
        for item in items {
            paragraphs[item.paragraph].text = ""
            paragraphs[item.paragraph].anchors = []
        }
        paragraphs[heading].kind = .body
        paragraphs[heading].text = Substring(results.text)
        paragraphs[heading].anchors = results.anchors
        guard let plan = row.laterPlan, let section = opening.section,
              let column = row.roles.indices.first(where: { row.roles[$0].isPlan(after: year) == true }) else { return }
        let planSection = Section(id: sections.count, numbering: .star, title: String(header[column].text), parent: section,
                                  location: header[column].location)
        sections.append(planSection)
        paragraphs.append(Paragraph(id: paragraphs.count, kind: .body, text: Substring(plan.text), anchors: plan.anchors,
                                    section: planSection.id))
    }

    /// The unit written after a cell's number (`tỷ đồng` of `45 tỷ đồng`,
    /// `triệu đồng/người/năm`), where nothing but it follows the number; nil for a
    /// percentage, a bare number or words (`giảm còn 2%`).
    static func unitAfterNumber(_ cell: TableCell) -> TableCell? {
        let text = cell.text
        guard let first = text.first, first.isNumber, let last = text.lastIndex(where: \.isNumber) else { return nil }
        let unit = text[text.index(after: last)...].drop { $0 == " " }
        guard !unit.isEmpty, unit.allSatisfy({ $0.isLetter || $0 == " " || $0 == "/" }) else { return nil }
        var location = cell.location
        location.column += text.utf8.distance(from: text.startIndex, to: unit.startIndex)
        return TableCell(text: unit, location: location)
    }

    /// Whether a label's folded words say a share and nothing of what it is of: `Tỷ lệ`, `Tỷ lệ đạt`, `So sánh`, `Đạt`.
    static func isBareShare(_ words: [Substring]) -> Bool {
        bareShares.contains { words.elementsEqual($0) }
    }

    private static let bareShares: [[Substring]] = [["ti", "le"], ["ti", "le", "dat"], ["so", "sanh"], ["dat"]]

    /// Whether a paragraph is short, opens on a list's mark and holds a colon
    /// where a label may end: what ``labelledItem(_:)`` reads further.
    static func mayBeLabelledItem(_ text: Substring) -> Bool {
        let bytes = text.utf8
        guard bytes.count < 200, let first = bytes.first,
              first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") || first == UInt8(ascii: "\\")
                || first >= 0x80 else { return false }
        return bytes.prefix(130).contains(UInt8(ascii: ":"))
    }

    /// `- Kế hoạch: 45 tỷ đồng.`: the label (`Kế hoạch`), its words folded
    /// (`ke hoach`), and what follows its colon (` 45 tỷ đồng`, no closing
    /// stop), for a list item whose label is a column of a table of targets;
    /// nil for any other paragraph.
    static func labelledItem(_ text: Substring) -> (label: Substring, words: [Substring], value: Substring)? {
        guard listMarkDepth(text) > 0, text.utf8.count < 200, let colon = text.firstIndex(of: ":") else { return nil }
        let afterMark = text.drop { $0 != " " }.drop { $0 == " " }
        guard afterMark.startIndex < colon else { return nil }
        let label = text[afterMark.startIndex..<colon]
        // A column's words, a year or months among them (`Thực hiện năm 2025`, `Ước TH 9 tháng`).
        guard label.count <= 40 else { return nil }
        let folded = TextFolding.fold(String(label)).split(separator: " ")
        guard !folded.isEmpty, folded.count <= 7, columnOpenings.contains(where: { folded.starts(with: $0) }) else { return nil }
        var value = text[text.index(after: colon)...]
        while let last = value.last, last == "." || last == " " || last == ";" { value = value.dropLast() }
        return value.isEmpty ? nil : (label, folded, value)
    }

    /// Whether a label's folded words say what was done: `Thực hiện`, `Ước thực hiện`, `ƯTH`, `Kết quả` (in some
    /// period: the cheap first test, before the columns' roles tell whether it is the report's).
    static func saysDone(_ words: [Substring]) -> Bool {
        doneOpenings.contains { words.starts(with: $0) }
    }

    /// The first words of a table of targets' columns, folded (`tỷ` folds to `ti`, `kỳ` to `ki`).
    private static let columnOpenings: [[Substring]] = doneOpenings + [
        ["ke", "hoach"], ["kh"], ["chi", "tieu"], ["muc", "tieu"], ["nghi", "quyet"], ["nq"], ["so", "sanh"],
        ["ti", "le"], ["so", "voi"], ["danh", "gia"], ["cung", "ki"], ["dat"], ["don", "vi", "tinh"], ["dvt"],
    ]

    private static let doneOpenings: [[Substring]] = [
        ["thuc", "hien"], ["th"], ["uoc"], ["uth"], ["ket", "qua"],
    ]
}
