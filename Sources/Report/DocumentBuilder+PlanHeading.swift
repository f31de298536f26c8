import Platform

/// The plan's part opened by a line with no number: `NHIỆM VỤ, GIẢI PHÁP
/// TRỌNG TÂM NĂM 2026` alone in capitals, as a word processor's numbered
/// heading reads once its number is lost, or as some reports write it.
extension DocumentBuilder {
    /// The title of a plain line that opens the plan's part: short, mostly
    /// capitals, closed by no sentence's punctuation, its words a plan's
    /// (`nhiệm vụ`, `phương hướng`, `kế hoạch`) and none of results'. Nil
    /// for any other line, and before the body's first section (the report's
    /// title, `KẾ HOẠCH PHÁT TRIỂN …`, stands there).
    func planHeading(_ text: Substring) -> String? {
        // Most paragraphs end as sentences do, or run long: told apart on their last byte and length first,
        // then on their capitals, before any copy is made; on the bytes, not the characters.
        guard !sections.isEmpty, text.utf8.count < 200, let end = text.utf8.last,
              end != UInt8(ascii: "."), end != UInt8(ascii: ";"), end != UInt8(ascii: ","), end != UInt8(ascii: ":"),
              !text.utf8.contains(UInt8(ascii: "|")), HeadingSyntax.isMostlyCapitals(String(text)) else { return nil }
        let plain = InlineMarkup.plainText(String(text)).trimmingWhitespace()
        guard plain.utf8.lazy.filter({ $0 == 0x20 }).count < 16,
              SectionMeaning.of(heading: plain, year: nil, planYear: nil, inherited: .results) == .plan else { return nil }
        return plain
    }

    /// Whether a heading with no number before the body's first section opens the body: not the
    /// document's kind (`## BÁO CÁO`) nor the title after it, and its words are results' or the plan's,
    /// not both as a report's title names them (`Tình hình … năm 2025, kế hoạch năm 2026`).
    mutating func isBodyHeading(_ title: String) -> Bool {
        let isTitle = titleComes
        titleComes = Self.isDocumentKind(title)
        guard !isTitle, !titleComes else { return false }
        switch SectionMeaning.of(heading: title, year: nil, planYear: nil, inherited: .results) {
        case .plan: return true
        case .results: return !SectionMeaning.namesPlan(title)
        default: return false
        }
    }

    /// Whether a heading's words name a part of the report: its results, their assessment or its plan.
    static func namesPart(_ title: String) -> Bool {
        SectionMeaning.of(heading: title, year: nil, planYear: nil, inherited: .results) != nil
    }

    /// Whether a line names the document's kind alone: `BÁO CÁO`, `KẾ HOẠCH`, `NGHỊ QUYẾT`, `BÁO CÁO TÓM TẮT`.
    static func isDocumentKind(_ text: String) -> Bool {
        let folded = TextFolding.fold(InlineMarkup.plainText(text)).trimmingWhitespace()
        return folded == "bao cao" || folded == "ke hoach" || folded == "nghi quyet" || folded.hasPrefix("bao cao ") && folded.count < 20
    }
}
