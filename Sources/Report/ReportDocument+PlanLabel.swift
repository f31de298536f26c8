import Platform

/// A paragraph of the results that sets the plan, as some reports write
/// each field's results and plan side by side under one heading: `b)
/// Phương hướng năm 2027: Phấn đấu thu ngân sách …`, `- Năm 2027: giải
/// quyết việc làm cho 2.800 lao động`, or a news article closing on the year
/// ahead (`Năm 2027, thị xã đặt mục tiêu tăng trưởng từ 11-12%`). Its label
/// names the year the report plans (after the year it reports), alone or
/// after a plan's words.
extension ReportDocument {
    /// Whether `paragraph` opens on such a label: past a list mark (`-`, `+`,
    /// `*`, `b)`, `2.`), words of a plan (`phương hướng`, `nhiệm vụ`, `kế
    /// hoạch`, `mục tiêu`, `chỉ tiêu`) or none, then `năm` and the plan's year, then a colon or a comma.
    func opensOnPlanLabel(_ paragraph: Paragraph) -> Bool {
        guard let planYear = header.planYear, let year = header.year, planYear > year else { return false }
        let text = paragraph.text
        // Most paragraphs have no colon or comma near their start: asked of the bytes before any is folded.
        guard let offset = text.utf8.withContiguousStorageIfAvailable({
            $0.prefix(Self.labelReach).firstIndex { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }
        }) ?? nil else { return false }
        let labelEnd = text.utf8.index(text.startIndex, offsetBy: offset)
        let yearText = String(planYear)
        guard text[..<labelEnd].hasSuffix(yearText) else { return false }
        // Past a list's mark (``DocumentBuilder/listMarkDepth(_:)``: `-`, `+`, `*`) or a point's numbering (`b)`, `2.`).
        var label = text[..<labelEnd]
        if DocumentBuilder.listMarkDepth(label) > 0 {
            label = label.drop { "-*+\\ –•".contains($0) }
        } else if let (_, title) = HeadingSyntax.numbering(of: String(label)) {
            label = Substring(title)
        }
        let words = TextFolding.fold(String(label)).split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 2, words[words.count - 2] == "nam", words[words.count - 1] == yearText else { return false }
        return words.dropLast(2).allSatisfy(Self.planLabelWords.contains)
    }

    /// How far into a paragraph, in UTF-8 bytes, its label's colon or comma may stand.
    private static let labelReach = 64
    /// The words a plan's label may hold before its year, folded.
    private static let planLabelWords: Set<Substring> = ["phuong", "huong", "nhiem", "vu", "ke", "hoach", "muc", "tieu", "chi",
                                                          "trong", "tam", "giai", "phap", "va", "du", "kien"]
}
