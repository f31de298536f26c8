/// A run of non-blank lines of the markdown, classified by layout.
struct MarkdownBlock: Equatable {
    enum Kind: Equatable {
        /// `---`: a PDF page rule.
        case rule
        /// A numbered heading, with any body text that shares its line (`**8.** Tập trung …`).
        case heading(SectionNumbering, title: String, trailingText: String?)
        /// An unnumbered heading such as `## BÁO CÁO` or a part's title.
        case unnumberedHeading(String)
        /// The text of footnote `n`.
        case footnote(Int)
        case paragraph
    }

    var kind: Kind
    /// The block's text, lines joined by single spaces.
    var text: String
    var anchors: [TextAnchor]

    /// Splits report lines into blocks at blank lines and classifies each.
    static func blocks(of lines: [Substring]) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var pending: [(String, Int)] = []

        func flush() {
            guard !pending.isEmpty else { return }
            var text = ""
            var anchors: [TextAnchor] = []
            var offset = 0
            for (line, number) in pending {
                if !text.isEmpty { text += " "; offset += 1 }
                let leading = line.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
                let content = line.trimmingSpaces()
                anchors.append(TextAnchor(offset: offset, location: SourceLocation(line: number, column: leading + 1)))
                text += content
                offset += content.scalarCount
            }
            blocks.append(MarkdownBlock(kind: classify(text), text: text, anchors: anchors))
            pending.removeAll()
        }

        // Lines are tested as bytes: the markers are ASCII, and Character tests walk graphemes.
        for (index, line) in lines.enumerated() {
            let bytes = line.utf8
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                flush()
            } else {
                // Each list item and heading is a block of its own, blank line or not.
                let trimmed = bytes.drop { $0 == 0x20 }
                let first = trimmed.first, second = trimmed.dropFirst().first
                if first == UInt8(ascii: "#") || ((first == UInt8(ascii: "-") || first == UInt8(ascii: "+")) && second == 0x20) { flush() }
                let content = bytes.last == 0x0D ? String(line.dropLast()) : String(line)
                pending.append((content, index + 1))
            }
        }
        flush()
        return blocks
    }

    static func classify(_ text: String) -> Kind {
        // Markers are ASCII: test bytes (Substring.hasPrefix compares Characters).
        if text.utf8.count == 3, text == "---" || text == "***" || text == "___" { return .rule }
        var content = Substring(text)
        if content.utf8.starts(with: "- #".utf8) { content = content.dropFirst(2) }
        let first = content.utf8.first
        if first == UInt8(ascii: "#") {
            let title = content.drop { $0 == "#" }.trimmingSpaces()
            let inner = HeadingSyntax.stripEmphasis(Substring(title))
            if let (numbering, rest) = HeadingSyntax.numbering(of: inner) {
                return .heading(numbering, title: rest, trailingText: nil)
            }
            return .unnumberedHeading(inner)
        }
        if first == UInt8(ascii: "<"), let number = HeadingSyntax.footnoteNumber(at: content) { return .footnote(number) }
        guard first == UInt8(ascii: "*") else { return .paragraph }
        // `**8.** Tập trung …`: a bold number opening a paragraph.
        if let (numbering, rest) = HeadingSyntax.boldNumberPrefix(of: content) {
            return .heading(numbering, title: "", trailingText: rest)
        }
        // A whole line in bold or italics that starts with a section number.
        if content.utf8.last == UInt8(ascii: "*") {
            let inner = HeadingSyntax.stripEmphasis(content)
            if let (numbering, rest) = HeadingSyntax.numbering(of: inner), numbering != .star {
                return .heading(numbering, title: rest, trailingText: nil)
            }
        }
        return .paragraph
    }
}
