import Platform

extension ReportDocument {
    /// For a footnote: the sentence of the paragraph referring to it that holds
    /// its mark, as plain text — what the footnote's figures are about
    /// (`Tai nạn giao thông đường bộ xảy ra 27 vụ[77]`). Nil for other paragraphs.
    public func referringSentence(of paragraph: Paragraph) -> String? {
        guard paragraph.kind == .footnote, let number = paragraph.footnote, let referrer = paragraph.referrer else { return nil }
        let text = Array(paragraphs[referrer].text.utf8)
        let mark = Array("<sup>\(number)</sup>".utf8)
        guard mark.count <= text.count,
              let at = (0...(text.count - mark.count)).first(where: { text[$0..<($0 + mark.count)].elementsEqual(mark) }) else { return nil }
        // The sentence around the mark: from after the last `. ` before it to the next `. ` after it.
        var start = at
        while start > 1, !(text[start - 1] == 0x20 && (text[start - 2] == UInt8(ascii: ".") || text[start - 2] == UInt8(ascii: ";"))) {
            start -= 1
        }
        var end = at + mark.count
        while end + 1 < text.count, !((text[end] == UInt8(ascii: ".") || text[end] == UInt8(ascii: ";")) && text[end + 1] == 0x20) {
            end += 1
        }
        let sentence = String(decoding: text[max(0, start == 1 ? 0 : start)..<min(end, text.count)], as: UTF8.self)
        return InlineMarkup.plainText(sentence).trimmingWhitespace()
    }
}
