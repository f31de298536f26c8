import Report

/// Where a paragraph stands in its report, as its facts show it: the same for
/// every fact of the paragraph, so held once for all of them. A fact kept the
/// six fields itself, a fifth of its 272 bytes and two retains of strings.
final class ParagraphPlace: Hashable, Sendable {
    let report: String
    let sectionPath: String
    let section: Int?
    let footnote: Int?
    let paragraph: Int
    let referrerLocation: SourceLocation?

    init(report: String, sectionPath: String, section: Int?, footnote: Int?, paragraph: Int, referrerLocation: SourceLocation?) {
        self.report = report
        self.sectionPath = sectionPath
        self.section = section
        self.footnote = footnote
        self.paragraph = paragraph
        self.referrerLocation = referrerLocation
    }

    /// Places are equal by what they hold: two facts read from the cache have
    /// places of their own, and are equal to the same facts extracted.
    static func == (left: ParagraphPlace, right: ParagraphPlace) -> Bool {
        left === right || (left.paragraph == right.paragraph && left.section == right.section
            && left.footnote == right.footnote && left.referrerLocation == right.referrerLocation
            && left.report == right.report && left.sectionPath == right.sectionPath)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(report)
        hasher.combine(paragraph)
        hasher.combine(sectionPath)
        hasher.combine(section)
        hasher.combine(footnote)
        hasher.combine(referrerLocation)
    }
}
