import Platform

/// A report read into its structure: the section tree, the paragraphs in
/// reading order (body, headings and footnotes) and the footnotes by number.
public struct ReportDocument: Sendable {
    /// A short name for the report, from its file name (`842-BC-UBND-2025`).
    public var name: String
    public var sections: [Section]
    public var paragraphs: [Paragraph]
    /// Footnote number → index of its paragraph in `paragraphs`.
    public var footnotes: [Int: Int]
    /// What the header says: issuer, number, date, place, period and year.
    public var header: ReportHeader
    /// Whether the document is a plan (`KẾ HOẠCH`, `Số: …/KH-…`, a council's
    /// resolution `…/NQ-…`): what stands outside its sections sets targets,
    /// but for the paragraphs in `resultsOutsideSections`.
    public var isPlan: Bool
    /// The ids of a plan's paragraphs outside every section that report
    /// results: from one naming the year reported and not the year planned
    /// (`Điều 1. Đánh giá kết quả năm 2025: …`) up to one naming the plan's.
    public var resultsOutsideSections: Set<Int>

    public init(name: String, sections: [Section], paragraphs: [Paragraph], footnotes: [Int: Int],
                header: ReportHeader = ReportHeader(), isPlan: Bool = false, resultsOutsideSections: Set<Int> = []) {
        self.name = name
        self.sections = sections
        self.paragraphs = paragraphs
        self.footnotes = footnotes
        self.header = header
        self.isPlan = isPlan
        self.resultsOutsideSections = resultsOutsideSections
    }

    /// The part of the report a paragraph is in: its section's (a footnote's,
    /// that of the paragraph referring to it); outside every section, the
    /// document's (a resolution's articles, `Điều 2. Thông qua … các chỉ tiêu
    /// sau:`, set targets, though no heading opens them).
    /// A paragraph of the results that opens on a label naming the plan's year (`Phương hướng năm 2027:`)
    /// sets the plan (``opensOnPlanLabel(_:)``).
    public func part(of paragraph: Paragraph) -> ReportPart {
        let part = if let section = effectiveSection(of: paragraph) { sections[section].part }
            else { isPlan && !resultsOutsideSections.contains(paragraph.id) ? ReportPart.plan : .results }
        return part == .results && paragraph.kind != .footnote && opensOnPlanLabel(paragraph) ? .plan : part
    }

    /// The chain of sections from the top-level part down to `section`.
    public func ancestry(of section: Int?) -> [Section] {
        var chain: [Section] = []
        var current = section
        while let id = current {
            chain.append(sections[id])
            current = sections[id].parent
        }
        return chain.reversed()
    }

    /// `Phần I › II › 1 › a) Hoạt động thương mại - du lịch - dịch vụ`: the
    /// numbers of the enclosing sections, then the innermost with its title.
    public func path(of section: Int?) -> String {
        guard let section else { return "" }
        return ancestorPrefix(of: section) + sections[section].heading
    }

    /// What stands between the levels of a section path.
    public static let pathSeparator = " › "

    /// The labels of a section's ancestors, outermost first, each followed by
    /// ``pathSeparator``.
    func ancestorPrefix(of section: Int) -> String {
        ancestry(of: section).dropLast().map { $0.pathLabel + Self.pathSeparator }.joined(by: "")
    }

    /// The section a paragraph's facts belong to: a footnote's is that of the
    /// paragraph referring to it, since its page position says nothing.
    public func effectiveSection(of paragraph: Paragraph) -> Int? {
        if paragraph.kind == .footnote, let referrer = paragraph.referrer {
            return paragraphs[referrer].section
        }
        return paragraph.section
    }
}
