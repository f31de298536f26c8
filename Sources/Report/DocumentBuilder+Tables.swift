import Platform

extension DocumentBuilder {
    /// Adds a table's rows as paragraphs of the section it stands in, each
    /// the sentence ``TableRowSentence`` reads from it. Values of the plan
    /// for a later year go to a section of their own under it, titled by
    /// their column's header (`Kế hoạch năm 2026`), which is of the plan part.
    mutating func addTable(_ block: MarkdownBlock) {
        let table = MarkdownTable(text: block.text, anchors: block.anchors)
        if let lines = HeaderTable.lines(of: table, paragraphsBefore: paragraphs.count, sectionsBefore: sections.count) {
            for cell in lines {
                append(.body, text: Substring(cell.joiningLines), anchors: [TextAnchor(offset: 0, location: cell.location)])
            }
            return
        }
        // The header so far (the title is read by now): the year the report is on;
        // failing that, the one the table's columns of what was done name.
        let year = ReportHeaderReader.read(paragraphs, sections: sections).year ?? TableColumn.reportedYear(of: table.header)
        let roles = TableColumn.roles(of: table.header, year: year)
        // `Đơn vị tính: triệu đồng` right above it, in its section: the unit of every value that names none.
        let caption = paragraphs.last.flatMap { $0.section == stack.last ? TableCaption.unit(of: $0) : nil }
        let rows = table.rows.map { TableRow(cells: $0, roles: roles, header: table.header, year: year, caption: caption) }
        let first = paragraphs.count
        for row in rows {
            if let results = row.results { append(.body, text: Substring(results.text), anchors: results.anchors) }
        }
        if let done = roles.firstIndex(where: \.isActual), paragraphs.count > first {
            tableResults.append(TableResults(paragraphs: first..<paragraphs.count, heading: table.header[done]))
        }
        let planRows = rows.compactMap(\.laterPlan)
        guard !planRows.isEmpty else { return }
        let column = roles.indices.first { roles[$0].isPlan(after: year) == true } ?? 0
        let heading = table.header[column]
        let section = Section(id: sections.count, numbering: .star, title: String(heading.text), parent: stack.last,
                              location: heading.location)
        sections.append(section)
        for plan in planRows {
            paragraphs.append(Paragraph(id: paragraphs.count, kind: .body, text: Substring(plan.text), anchors: plan.anchors,
                                        section: section.id))
        }
    }

    /// Moves the rows of what was done of each table that stands in the plan
    /// (an appendix of main targets after `II. KẾ HOẠCH NĂM 2026`, its columns
    /// `ƯTH 2025 | KH 2026`) to a section of results under it, titled by their
    /// column's header: the columns, not the part, say what a row reports.
    /// Run once every section's meaning is known.
    mutating func placeTableResults() {
        for table in tableResults {
            guard let parent = paragraphs[table.paragraphs.lowerBound].section, sections[parent].part == .plan else { continue }
            let section = Section(id: sections.count, numbering: .star, title: String(table.heading.text), parent: parent,
                                  location: table.heading.location, meaning: .results)
            sections.append(section)
            for index in table.paragraphs { paragraphs[index].section = section.id }
        }
    }
}

