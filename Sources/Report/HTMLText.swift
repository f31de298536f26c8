import Platform

/// A report saved as a web page (a word processor's "Save as HTML", a
/// portal's page): its blocks made the lines and blank lines a report's text
/// has, so that the markdown reader reads it as it reads any other.
///
///     <p align="center"><b>ỦY BAN NHÂN DÂN<br>HUYỆN BA BỂ</b></p>
///     <p><b>1. Kinh tế</b></p>
///     <p>Tổng lượt khách du lịch đạt 168.000 lượt, …</p>
///
/// becomes `ỦY BAN NHÂN DÂN` / `HUYỆN BA BỂ`, a blank line, `1. Kinh tế`, a
/// blank line, the paragraph. A paragraph, heading, list item or division is
/// a block; `<br>` ends a line; other tags go, their text stays, but for
/// `<sup>` (a footnote's mark, which the reader knows) and tables, kept whole
/// (the reader reads HTML tables). Scripts, styles, the head and comments go
/// with their text; entities are decoded. Each line of the result keeps the
/// line of the page it came from, for the facts' sources.
enum HTMLText {
    /// Whether `text` is a web page rather than a report's text that holds
    /// some HTML (tables, `<sup>`): it opens on a tag and names a document's
    /// or a paragraph's element near its start.
    static func isPage(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { whole in
            // The first 2 KB, on their bytes: the tags are ASCII, compared in any case.
            let bytes = UnsafeBufferPointer(rebasing: whole[..<min(whole.count, 2048)])
            var first = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while first < bytes.count, bytes[first] == 0x20 || bytes[first] == 0x0A || bytes[first] == 0x0D || bytes[first] == 0x09 {
                first += 1
            }
            guard first < bytes.count, bytes[first] == UInt8(ascii: "<") else { return false }
            if pageOpenings.contains(where: { hasTag($0, in: bytes, at: first) }) { return true }
            return (first..<bytes.count).contains { at in
                bytes[at] == UInt8(ascii: "<") && (hasTag("<html", in: bytes, at: at) || hasTag("<body", in: bytes, at: at))
            }
        }
    }

    /// How a page may open: a document's type or element, a paragraph or a division.
    private static let pageOpenings = ["<!doctype html", "<html", "<body", "<p>", "<p ", "<div"]

    /// Whether `tag` (ASCII, lower case) stands at `at` in `bytes`, in any case.
    private static func hasTag(_ tag: String, in bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Bool {
        matches(tag, at: at, count: bytes.count) { UInt32(bytes[$0]) }
    }

    /// Whether `text` (ASCII, lower case) stands at `start` of a run of `count` scalars or bytes, whose values
    /// `value` gives, in any case: the tags' names are compared so on a page's first bytes and on its scalars.
    static func matches(_ text: String, at start: Int, count: Int, value: (Int) -> UInt32) -> Bool {
        var offset = start
        for byte in text.utf8 {
            guard offset < count else { return false }
            let found = value(offset), wanted = UInt32(byte)
            guard found == wanted || found | 0x20 == wanted && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { return false }
            offset += 1
        }
        return true
    }

    /// The page's text as a report's lines, and for each of them the line of the page (from 1) it starts on.
    static func lines(of page: String) -> (text: String, sourceLines: [Int]) {
        var reader = Reader(scalars: Array(page.unicodeScalars))
        reader.run()
        return reader.finish()
    }

    /// Elements that make a block of their own.
    static let blockElements: Set<String> = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
                                             "section", "article", "header", "footer", "center", "title", "dd", "dt", "hr"]
    /// Elements whose text is not the report's.
    static let hiddenElements: Set<String> = ["script", "style", "head", "xml", "noscript"]

    /// Reads the page scalar by scalar into lines.
    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// The page's line at `index`, from 1.
        var sourceLine = 1
        var lines: [String] = []
        var sourceLines: [Int] = []
        var current = ""
        var currentLine = 1

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func run() {
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "<" {
                    readTag()
                } else if scalar == "&" {
                    readEntity()
                } else {
                    if scalar == "\n" { sourceLine += 1 }
                    append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
                    index += 1
                }
            }
            endLine()
        }

        mutating func finish() -> (text: String, sourceLines: [Int]) {
            (lines.joined(separator: "\n") + "\n", sourceLines)
        }

        /// Adds a scalar to the line, spaces collapsed and none opening it.
        private mutating func append(_ scalar: Unicode.Scalar) {
            if scalar == " " || scalar == "\u{A0}" {
                if current.isEmpty || current.unicodeScalars.last == " " { return }
                current.unicodeScalars.append(" ")
                return
            }
            if current.isEmpty { currentLine = sourceLine }
            current.unicodeScalars.append(scalar)
        }

        private mutating func append(_ text: String) {
            for scalar in text.unicodeScalars { append(scalar) }
        }

        /// Ends the line being written, if it holds text.
        private mutating func endLine() {
            while current.unicodeScalars.last == " " { current.unicodeScalars.removeLast() }
            guard !current.isEmpty else { return }
            lines.append(current)
            sourceLines.append(currentLine)
            current = ""
        }

        /// Ends the block being written: its line, then a blank line.
        private mutating func endBlock() {
            endLine()
            if let last = lines.last, !last.isEmpty {
                lines.append("")
                sourceLines.append(sourceLine)
            }
        }

        /// Moves past `count` scalars, counting the page's lines.
        private mutating func advance(_ count: Int) {
            let end = min(index + count, scalars.count)
            while index < end {
                if scalars[index] == "\n" { sourceLine += 1 }
                index += 1
            }
        }

        /// Whether the page has `text` (ASCII, lower case) at `index`, in any case.
        private func has(_ text: String, at start: Int) -> Bool {
            HTMLText.matches(text, at: start, count: scalars.count) { scalars[$0].value }
        }

        /// Where `text` next stands from `start`, in any case, or the page's end.
        private func find(_ text: String, from start: Int) -> Int {
            var offset = start
            while offset < scalars.count, !has(text, at: offset) { offset += 1 }
            return offset
        }

        private mutating func readTag() {
            if has("<!--", at: index) {
                advance(find("-->", from: index + 4) + 3 - index)
                return
            }
            let close = find(">", from: index + 1)
            let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<min(close, scalars.count)]))
            let closing = inside.hasPrefix("/")
            let name = String(inside.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber })).lowercased()
            if !closing, Self.isHidden(name) {
                advance(find("</\(name)", from: close) - index)
                advance(find(">", from: index) + 1 - index)
                return
            }
            if !closing, name == "table" {
                // Kept whole, a block of its own, its lines as the page has them.
                endBlock()
                let end = find("</table", from: close)
                let stop = min(find(">", from: end) + 1, scalars.count)
                var tableLine = sourceLine
                var text = ""
                for scalar in scalars[index..<stop] {
                    if scalar == "\n" {
                        if Self.hasText(text) { lines.append(text); sourceLines.append(tableLine) }
                        text = ""
                        tableLine += 1
                    } else {
                        text.unicodeScalars.append(scalar)
                    }
                }
                if Self.hasText(text) { lines.append(text); sourceLines.append(tableLine) }
                advance(stop - index)
                endBlock()
                return
            }
            advance(close + 1 - index)
            if name == "br" {
                endLine()
            } else if HTMLText.blockElements.contains(name) {
                endBlock()
            } else if name == "sup" {
                append(closing ? "</sup>" : "<sup>")
            } else if name == "td" || name == "th" {
                append(" ")
            }
        }

        private static func isHidden(_ name: String) -> Bool { HTMLText.hiddenElements.contains(name) }

        /// Whether a line holds more than spaces.
        private static func hasText(_ line: String) -> Bool {
            line.unicodeScalars.contains { $0 != " " && $0 != "\t" && $0 != "\r" }
        }

        private mutating func readEntity() {
            let end = min(find(";", from: index), index + 10)
            guard end < scalars.count, scalars[end] == ";" else {
                append("&")
                index += 1
                return
            }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            index = end + 1
            if let decoded = HTMLEntities.scalar(named: name) { append(decoded) } else { append("&" + name + ";") }
        }
    }
}

extension MarkdownBlock {
    /// The block with its anchors' lines those of the page its text was read
    /// from: `sourceLines[n - 1]` for line `n` of the text.
    func onLines(_ sourceLines: [Int]) -> MarkdownBlock {
        var block = self
        block.anchors = anchors.map { anchor in
            let line = anchor.location.line
            let source = line >= 1 && line <= sourceLines.count ? sourceLines[line - 1] : line
            return TextAnchor(offset: anchor.offset, location: SourceLocation(line: source, column: anchor.location.column))
        }
        return block
    }
}
