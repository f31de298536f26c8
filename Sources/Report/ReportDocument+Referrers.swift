import Platform

extension ReportDocument {
    /// For a footnote: the sentence of the paragraph referring to it that holds
    /// its mark, as plain text — what the footnote's figures are about
    /// (`Tai nạn giao thông đường bộ xảy ra 27 vụ[77]`). Nil for other paragraphs.
    public func referringSentence(of paragraph: Paragraph) -> String? {
        guard paragraph.kind == .footnote, let number = paragraph.footnote, let referrer = paragraph.referrer else { return nil }
        let mark = Array("<sup>\(number)</sup>".utf8)
        // On the referrer's bytes where they lie: copying a long paragraph and comparing slices
        // position by position cost more than reading the rest of the report.
        let sentence: String? = paragraphs[referrer].text.withUTF8Bytes { text in
            guard let at = mark.withUnsafeBufferPointer({ TextFolding.firstIndex(of: $0, in: text, from: 0) }) else { return nil }
            // The sentence around the mark: from after the last `. ` before it to the next `. ` after it.
            var start = at
            while start > 1, !(text[start - 1] == 0x20 && (text[start - 2] == UInt8(ascii: ".") || text[start - 2] == UInt8(ascii: ";"))) {
                start -= 1
            }
            var end = at + mark.count
            while end + 1 < text.count, !((text[end] == UInt8(ascii: ".") || text[end] == UInt8(ascii: ";")) && text[end + 1] == 0x20) {
                end += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: text[max(0, start == 1 ? 0 : start)..<min(end, text.count)]), as: UTF8.self)
        }
        return sentence.map { InlineMarkup.plainText($0).trimmingWhitespace() }
    }
}
