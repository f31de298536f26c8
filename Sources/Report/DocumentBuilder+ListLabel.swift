import Platform

/// A list item that labels the `+` items under it, as reports write a
/// topic's figures: `- Tai nạn giao thông:` over `+ Số vụ: 12 vụ`, `+ Số
/// người chết: 5 người`. The items are of what the label names, as a
/// heading's sentences are of its title, so the label opens a section of
/// its own (``SectionNumbering/listLabel``), closed by the first paragraph
/// after them that is no `+` item, or by a heading or table.
extension DocumentBuilder {
    /// Opens the label's section before the paragraph `text` where `text` is
    /// a `+` item and the paragraph before it, in the section open, is a
    /// label (``listLabelTitle(_:)``); closes the label open where `text` is
    /// no `+` item.
    mutating func openListLabel(over text: Substring) {
        let isItem = text.hasBytePrefix("+ ") || text.hasBytePrefix("\\+ ")
        guard isItem else { return closeListLabel() }
        guard openLabel == nil, let last = paragraphs.last, last.kind == .body, last.section == stack.last,
              let title = Self.listLabelTitle(last.text) else { return }
        openSection(.listLabel, title: title, location: last.anchors.first?.location ?? SourceLocation(line: 1, column: 1))
        openLabel = stack.last
    }

    /// Closes the label's section, if one is open: the sections after it are its parent's siblings' or children's.
    mutating func closeListLabel() {
        guard let label = openLabel else { return }
        openLabel = nil
        if let at = stack.lastIndex(of: label) { stack.removeSubrange(at...) }
    }

    /// The title of a list item that labels what follows: `- Tai nạn
    /// giao thông:` gives `Tai nạn giao thông`. A dash, a few words (no
    /// sentence's mark among them), a colon closing it. Nil for any other
    /// paragraph, among them items whose figures follow their colon.
    static func listLabelTitle(_ text: Substring) -> String? {
        guard text.utf8.count < 160, let end = text.utf8.last(where: { $0 != 0x20 && $0 != UInt8(ascii: "*") }),
              end == UInt8(ascii: ":") else { return nil }
        // The emphasis may take in the dash (`**- Du lịch:**`) or not (`- **Du lịch:**`).
        var plain = InlineMarkup.plainText(String(text)).trimmingWhitespace()
        guard plain.hasPrefix("- ") || plain.hasPrefix("\\- "), plain.hasSuffix(":") else { return nil }
        plain.removeLast()
        let title = plain.drop { $0 == "-" || $0 == "\\" || $0 == " " }.trimmingWhitespace()
        let words = title.split(separator: " ").count
        guard words >= 1, words <= 12, !title.contains(where: { $0 == ";" || $0 == ":" || $0 == "." }) else {
            return nil
        }
        return title
    }
}
