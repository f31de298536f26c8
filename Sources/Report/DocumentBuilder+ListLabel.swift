import Platform

/// A list item that labels the items under it, as reports write a topic's
/// figures: `- Tai nạn giao thông:` over `+ Số vụ: 12 vụ`, `+ Số người chết:
/// 5 người`; `* Về du lịch:` or `**Về du lịch:**` over `- Doanh thu …`
/// items. The items are of what the label names, as a heading's sentences
/// are of its title, so the label opens a section of its own
/// (``SectionNumbering/listLabel(depth:)``), closed by the first paragraph
/// after them whose mark is no deeper than the label's, or by a heading or
/// table.
extension DocumentBuilder {
    /// Closes the labels `text` is no item of, then opens the label's section
    /// where `text` is an item and the paragraph before it, in the section
    /// open, is a label with a shallower mark (``listLabel(_:)``).
    mutating func openListLabel(over text: Substring) {
        let depth = Self.listMarkDepth(text)
        while let label = openLabels.last, depth == 0 || sections[label].numbering.listDepth >= depth {
            closeListLabel(label)
        }
        guard depth > 0, let last = paragraphs.last, last.kind == .body, last.section == stack.last,
              let (title, labelDepth) = Self.listLabel(last.text), labelDepth < depth else { return }
        openSection(.listLabel(depth: labelDepth), title: title,
                    location: last.anchors.first?.location ?? SourceLocation(line: 1, column: 1))
        if let label = stack.last { openLabels.append(label) }
    }

    /// Forgets the labels open that are no longer on the stack of open sections: a heading or point closed them.
    mutating func forgetClosedLabels() {
        openLabels.removeAll { !stack.contains($0) }
    }

    /// Closes every label open: a table or heading ends their items.
    mutating func closeListLabels() {
        while let label = openLabels.last { closeListLabel(label) }
    }

    /// Closes `label`, the innermost label open, and what opened in it: the sections after it are its
    /// parent's siblings' or children's.
    private mutating func closeListLabel(_ label: Int) {
        openLabels.removeLast()
        if let at = stack.lastIndex(of: label) { stack.removeSubrange(at...) }
    }

    /// How deep a paragraph's list mark stands: `*` or `•` 1, `-` or `–` 2,
    /// `+` 3 (escaped or not, as a word processor's markdown writes them); 0
    /// for none, as a title in bold or italics (`**Về du lịch:**`) has.
    static func listMarkDepth(_ text: Substring) -> Int {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "\\") { bytes = bytes.dropFirst() }
        if bytes.starts(with: Self.enDash.utf8) { return bytes.dropFirst(3).first == 0x20 ? 2 : 0 }
        if bytes.starts(with: Self.bullet.utf8) { return bytes.dropFirst(3).first == 0x20 ? 1 : 0 }
        guard let mark = bytes.first, bytes.dropFirst().first == 0x20 else { return 0 }
        return switch mark {
        case UInt8(ascii: "*"): 1
        case UInt8(ascii: "-"): 2
        case UInt8(ascii: "+"): 3
        default: 0
        }
    }

    /// The marks a word processor writes for `-` and `*` (three bytes each in UTF-8).
    private static let enDash = "–", bullet = "•"

    /// The title and mark's depth of a list item that labels what follows:
    /// `- Tai nạn giao thông:` gives `Tai nạn giao thông` and 2. A mark (or
    /// emphasis over the whole line, for a depth of 0), a few words (no
    /// sentence's mark among them) and a colon, closing the line or opening
    /// a sentence that the line closes on a colon (`- Tai nạn giao thông:
    /// xảy ra 4 vụ, cụ thể:`); the emphasis may take in the mark (`**- Du
    /// lịch:**`) or not (`- **Du lịch:**`). Nil for any other paragraph,
    /// among them items whose figures follow their colon.
    static func listLabel(_ text: Substring) -> (title: String, depth: Int)? {
        guard text.utf8.count < 400, let end = text.utf8.last(where: { $0 != 0x20 && $0 != UInt8(ascii: "*") }),
              end == UInt8(ascii: ":") else { return nil }
        var plain = InlineMarkup.plainText(String(text)).trimmingWhitespace()
        let depth = listMarkDepth(plain[...])
        // With no mark, a label is a title in bold or italics alone (`**Về du lịch:**`): a plain line that
        // ends on a colon (`Kết quả cụ thể như sau:`) more often opens what the heading over it names.
        let emphasised = text.utf8.first == UInt8(ascii: "*") || text.utf8.first == UInt8(ascii: "_")
        guard depth > 0 || emphasised && listMarkDepth(text) == 0, plain.hasSuffix(":") else { return nil }
        plain.removeLast()
        // `- Tai nạn giao thông: xảy ra 4 vụ, cụ thể:`: a label of its own opens the sentence that ends on the colon.
        if let colon = plain.firstIndex(of: ":") { plain = String(plain[..<colon]) }
        let title = plain.drop { "-*+\\ –•".contains($0) }.trimmingWhitespace()
        let words = title.spaceSeparatedCount
        guard words >= 1, words <= 12, !title.contains(where: { $0 == ";" || $0 == ":" || $0 == "." }) else { return nil }
        return (title, depth)
    }
}
