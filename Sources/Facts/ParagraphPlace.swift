import Platform
import Report

/// Where a paragraph stands in its report, as its facts show it: the same for
/// every fact of the paragraph, so held once for all of them rather than
/// copied into each. It also holds the paragraph's text, which its facts' texts and sentences
/// are spans of (``TextSpan``).
public final class ParagraphPlace: Hashable, Sendable {
    public let report: String
    public let sectionPath: String
    public let section: Int?
    public let footnote: Int?
    public let paragraph: Int
    public let referrerLocation: SourceLocation?
    /// The part of the report the paragraph is in: results or plan.
    public let part: ReportPart
    /// For a footnote: the sentence that refers to it, which says what the
    /// footnote's figures are about (`Tai nạn giao thông … 27 vụ[77]`).
    public let referrerSentence: String?
    /// The paragraph's text as the document holds it; empty for a place of
    /// facts read from the cache, which hold their strings themselves.
    public var text: Substring { lazyText?.text ?? eagerText }
    private let eagerText: Substring
    private let lazyText: LazyText?

    public convenience init(report: String, sectionPath: String, section: Int?, footnote: Int?, paragraph: Int,
                            referrerLocation: SourceLocation?, part: ReportPart = .results, referrerSentence: String? = nil,
                            text: Substring = "") {
        self.init(report: report, sectionPath: sectionPath, section: section, footnote: footnote, paragraph: paragraph,
                  referrerLocation: referrerLocation, part: part, referrerSentence: referrerSentence, eagerText: text, lazyText: nil)
    }

    /// A place whose text is made a string only when first read (a sentence of a corpus database).
    public convenience init(report: String, sectionPath: String, section: Int?, footnote: Int?, paragraph: Int,
                            referrerLocation: SourceLocation?, part: ReportPart, referrerSentence: String?, lazyText: LazyText) {
        self.init(report: report, sectionPath: sectionPath, section: section, footnote: footnote, paragraph: paragraph,
                  referrerLocation: referrerLocation, part: part, referrerSentence: referrerSentence, eagerText: "", lazyText: lazyText)
    }

    private init(report: String, sectionPath: String, section: Int?, footnote: Int?, paragraph: Int, referrerLocation: SourceLocation?,
                 part: ReportPart, referrerSentence: String?, eagerText: Substring, lazyText: LazyText?) {
        self.report = report
        self.sectionPath = sectionPath
        self.section = section
        self.footnote = footnote
        self.paragraph = paragraph
        self.referrerLocation = referrerLocation
        self.part = part
        self.referrerSentence = referrerSentence
        self.eagerText = eagerText
        self.lazyText = lazyText
    }

    /// Places are equal by where they stand: two facts read from the cache have
    /// places of their own, and are equal to the same facts extracted. (The
    /// text is storage for the facts' strings, which facts compare themselves.)
    public static func == (left: ParagraphPlace, right: ParagraphPlace) -> Bool {
        left === right || (left.paragraph == right.paragraph && left.section == right.section
            && left.footnote == right.footnote && left.referrerLocation == right.referrerLocation
            && left.report == right.report && left.sectionPath == right.sectionPath && left.part == right.part
            && left.referrerSentence == right.referrerSentence)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(report)
        hasher.combine(paragraph)
        hasher.combine(sectionPath)
        hasher.combine(section)
        hasher.combine(footnote)
        hasher.combine(referrerLocation)
    }
}
