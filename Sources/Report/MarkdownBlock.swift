#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Platform

/// A run of non-blank lines of the markdown, classified by layout.
struct MarkdownBlock: Equatable {
    enum Kind: Equatable {
        /// `---`: a PDF page rule.
        case rule
        /// A numbered heading, with any body text that shares its line (`**8.** Tập trung …`).
        case heading(SectionNumbering, title: String, trailingText: String?)
        /// An unnumbered heading such as `## BÁO CÁO` or a part's title, and its level (its `#`s).
        case unnumberedHeading(String, level: Int)
        /// The text of footnote `n`.
        case footnote(Int)
        /// A pipe table (`| Chỉ tiêu | Đơn vị tính | … |`, then its `|---|` row,
        /// one line a row) or a grid table (rows between `+---+` rules, a row's
        /// cells over several lines, the header closed by `+===+`).
        case table
        case paragraph
    }

    var kind: Kind
    /// The block's text, lines joined by single spaces: a one-line block (nearly
    /// every one) is a slice of the report's text, not a copy of it.
    var text: Substring
    var anchors: [TextAnchor]

    /// Splits the report's text into blocks at blank lines, classifies each
    /// and hands it to `body`, in order.
    ///
    /// One pass over the UTF-8 bytes: every marker is ASCII, and a line's text
    /// is sliced out of `text` or, in a block of several lines, copied once
    /// into it, rather than split into line Strings, trimmed and joined, which
    /// would write the text out a second time as it is read. Blocks are handed
    /// on as they end, not gathered: for a large text, an array of every block
    /// was written out to memory and read back, each block copied out of it and
    /// released again at the end.
    static func forEachBlock(of text: String, _ body: (consuming MarkdownBlock) -> Void) {
        text.withUTF8Bytes { bytes in
            // The current block's lines, as byte ranges of `text` with their
            // anchors: the block's String and anchors are made once, at their
            // final size, when the block ends, not grown line by line. Kept
            // allocated from block to block.
            var lines: [(bytes: Range<Int>, anchor: SourceLocation)] = []
            // Whether the current block's lines start with `|`: a table's rows are a block of their own.
            var linesAreTable = false
            // Whether the lines are within an HTML table, from `<table` to `</table>` (or a heading).
            var inHTMLTable = false
            // Whether no heading has been met: the report's header, which ``LineBreaks`` breaks at its short lines.
            var inHeader = true
            // Whether a line of the block holds two spaces side by side: a PDF's text, justified or in columns.
            var linesHaveSpaceRuns = false
            // The header's lines of the aligned table that was the last block but a page's number, if any.
            var openTable: Lines?

            func flush() {
                guard !lines.isEmpty else { return }
                var anchors = Self.anchors(of: lines, in: bytes)
                let blockText: Substring, kind: Kind
                var continuesTable = false
                // No closure over `lines` here: capturing it boxed it for the whole loop.
                let firstLine = UnsafeBufferPointer(rebasing: bytes[lines[0].bytes])
                let secondLine = lines.count >= 2 ? UnsafeBufferPointer(rebasing: bytes[lines[1].bytes]) : UnsafeBufferPointer(rebasing: bytes[0..<0])
                if linesAreTable, lines.count >= 2 && (isDelimiterRow(secondLine) || isGridRule(firstLine)
                                                       || pipeRowsAlike(lines.lazy.map(\.bytes), of: bytes))
                    || opensHTMLTable(firstLine) {
                    blockText = Substring(joinedLines(lines.lazy.map(\.bytes), of: bytes))
                    kind = .table
                } else if !linesAreTable, lines.count >= 3,
                          columnRuleGroups(secondLine) >= 2 || dashesOnly(firstLine) && hasColumnRule(lines.lazy.map(\.bytes), of: bytes) {
                    // A simple table: its columns marked by the groups of dashes under its header.
                    blockText = Substring(joinedLines(lines.lazy.map(\.bytes), of: bytes))
                    kind = .table
                } else if !linesAreTable, linesHaveSpaceRuns, let table = alignedTable(lines, of: bytes, after: openTable) {
                    // A table as a PDF's text aligns it, with no rule (``AlignedTable``), or its rows past a page's end.
                    // Rows past a page's end come with the header before them, whose lines the anchors must hold.
                    if table.lines.count != lines.count {
                        lines = table.lines
                        anchors = Self.anchors(of: lines, in: bytes)
                    }
                    blockText = Substring(joinedLines(lines.lazy.map(\.bytes), of: bytes))
                    kind = .table
                    openTable = Array(lines.prefix(table.headerCount))
                    continuesTable = true
                } else if !linesAreTable, lines.count >= 3, firstLine.contains(0x09),
                          AlignedTable.isTabbed(lines.map { UnsafeBufferPointer(rebasing: bytes[$0.bytes]) }) {
                    // A table a word processor saved as text, its cells parted by tabs.
                    blockText = Substring(joinedLines(lines.lazy.map(\.bytes), of: bytes))
                    kind = .table
                } else if linesHaveSpaceRuns {
                    let collapsed = collapsingSpaceRuns(lines, of: bytes)
                    blockText = Substring(collapsed.text)
                    kind = classify(blockText)
                    anchors = collapsed.anchors
                } else if lines.count == 1 {
                    // Cut at ASCII bytes, so between scalars.
                    let utf8 = text.utf8, range = lines[0].bytes
                    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                    blockText = text[start..<utf8.index(start, offsetBy: range.count)]
                    kind = classify(UnsafeBufferPointer(rebasing: bytes[range]))
                } else {
                    blockText = Substring(joinedLines(lines.lazy.map(\.bytes), of: bytes))
                    kind = classify(blockText)
                }
                if case .heading = kind { inHeader = false }
                // An aligned table stays open for the rows of its next page past a page's number alone.
                if !continuesTable, openTable != nil, !PageNumber.isPageNumber(blockText) { openTable = nil }
                body(MarkdownBlock(kind: kind, text: blockText, anchors: anchors))
                lines.removeAll(keepingCapacity: true)
                linesHaveSpaceRuns = false
            }

            var lineStart = 0
            var lineNumber = 1
            while lineStart <= bytes.count {
                var lineEnd = bytes.count
                if lineStart < bytes.count, let base = bytes.baseAddress,
                   let newline = memchr(base + lineStart, 0x0A, bytes.count - lineStart) {
                    lineEnd = UnsafeRawPointer(newline).assumingMemoryBound(to: UInt8.self) - base
                }
                // Only one carriage return is the line ending; spaces and tabs are trimmed.
                var contentEnd = lineEnd
                if contentEnd > lineStart, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                let content = bytes.trimmingSpaces(lineStart..<contentEnd)
                let first = content.lowerBound, last = content.upperBound
                // Spaces and tabs are gone: the line is blank if nothing but carriage returns is left.
                let isBlank = first == last || (bytes[first] == 0x0D && (first..<last).allSatisfy { bytes[$0] == 0x0D })
                if isBlank {
                    // An HTML table's rows run on over blank lines, until `</table>`.
                    if !inHTMLTable { flush() }
                } else {
                    // Each list item and heading is a block of its own, blank line or not.
                    var marker = lineStart
                    while marker < lineEnd, bytes[marker] == 0x20 { marker += 1 }
                    let lead = marker < lineEnd ? bytes[marker] : 0
                    // So is a footnote's text, as a page's foot lists them line after line (`<sup>2</sup> …`, `[^3]: …`).
                    if lead == UInt8(ascii: "#") || Self.opensListItem(UnsafeBufferPointer(rebasing: bytes[marker..<lineEnd]))
                        || (lead == UInt8(ascii: "<") || lead == UInt8(ascii: "[")) && HeadingSyntax.footnoteNumber(in: content, of: bytes) != nil {
                        flush()
                    }
                    if lead == UInt8(ascii: "#") { inHTMLTable = false }
                    let opensHTML = !inHTMLTable && lead == UInt8(ascii: "<") && opensHTMLTable(UnsafeBufferPointer(rebasing: bytes[content]))
                    if opensHTML { inHTMLTable = true }
                    let isTableLine = lead == UInt8(ascii: "|") || inHTMLTable
                        || lead == UInt8(ascii: "+") && isGridRule(UnsafeBufferPointer(rebasing: bytes[content]))
                    if isTableLine != linesAreTable || opensHTML { flush() }
                    // A page's number between two pages' lines: a block of its own, so that neither page's text takes it in.
                    if !isTableLine, !inHTMLTable,
                       PageNumber.isPageNumberLine(UnsafeBufferPointer(rebasing: bytes[content]), indent: first - lineStart,
                                                   afterProse: !linesAreTable && !linesHaveSpaceRuns && lines.last.map { line in
                                                       line.bytes.count > LineBreaks.shortLength
                                                           || line.bytes.last.map { LineBreaks.endsSentence(bytes[$0]) } == true
                                                   } == true) {
                        flush()
                        lines.append((first..<last, SourceLocation(line: lineNumber, column: first - lineStart + 1)))
                        linesAreTable = false
                        flush()
                        lineStart = lineEnd + 1
                        lineNumber += 1
                        continue
                    }
                    // Lines with no blank line between, as a PDF's text runs: where a heading or the header breaks them.
                    // (Asked only of a line that would go on a block: most blocks of markdown are one line.)
                    if !isTableLine, let last = lines.last,
                       LineBreaks.breaks(before: LineBreaks.read(UnsafeBufferPointer(rebasing: bytes[content])),
                                         after: LineBreaks.read(UnsafeBufferPointer(rebasing: bytes[last.bytes])), inHeader: inHeader) {
                        flush()
                    }
                    linesAreTable = isTableLine
                    lines.append((first..<last, SourceLocation(line: lineNumber, column: first - lineStart + 1)))
                    if !linesHaveSpaceRuns, AlignedTable.holdsSpaceRun(UnsafeBufferPointer(rebasing: bytes[content])) {
                        linesHaveSpaceRuns = true
                    }
                    if inHTMLTable, closesHTMLTable(UnsafeBufferPointer(rebasing: bytes[content])) {
                        inHTMLTable = false
                        flush()
                    } else if lead == UInt8(ascii: "#") {
                        // A `#` heading is one line: the line after it, blank line or not, is its text's.
                        flush()
                    }
                }
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            flush()
        }
    }

    /// The lines (byte ranges of `bytes`, valid UTF-8) joined by single spaces.
    ///
    /// Lines are cut at ASCII bytes, so their bytes joined by spaces are valid
    /// UTF-8 too: copied into the string unchecked, where appending each line
    /// as a substring checked its indices and scanned it again.
    static func joinedLines<Lines: Collection>(_ lines: Lines, of bytes: UnsafeBufferPointer<UInt8>) -> String
    where Lines.Element == Range<Int> {
        let count = lines.reduce(lines.count - 1) { $0 + $1.count }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 0)) { buffer in
            var written = 0
            for (number, line) in lines.enumerated() {
                if number > 0 { buffer[written] = 0x20; written += 1 }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[written..<(written + line.count)])
                    .initialize(from: UnsafeBufferPointer(rebasing: bytes[line]))
                written += line.count
            }
            return String(validUTF8: UnsafeBufferPointer(rebasing: buffer[..<written]))
        }
    }

    /// Whether lines of pipes with no delimiter row under the first, as some
    /// converters write a table (`| TT | Chỉ tiêu | ĐVT | Kế hoạch |` over its
    /// rows), are one: three cells or more, as many on every line, each line
    /// closed by its last pipe.
    static func pipeRowsAlike(_ lines: some Collection<Range<Int>>, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var pipes: Int?
        for line in lines {
            let row = UnsafeBufferPointer(rebasing: bytes[line])
            guard row.last == UInt8(ascii: "|") else { return false }
            let count = row.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) }
            guard count >= 4, pipes == nil || pipes == count else { return false }
            pipes = count
        }
        return pipes != nil
    }

    /// A table's delimiter row: cells of dashes, each maybe with a colon at
    /// either end (`|---|:---:|`), and nothing else.
    static func isDelimiterRow(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var dashes = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: continue
            default: return false
            }
        }
        return dashes > 0
    }

    /// How many groups of dashes a line holds when it holds nothing but dashes
    /// and spaces (`----  ---------  -----`, a simple table's column rule); 0 otherwise.
    static func columnRuleGroups(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var groups = 0, inGroup = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: ":"):
                if !inGroup { groups += 1 }
                inGroup = true
            case 0x20: inGroup = false
            default: return 0
            }
        }
        return groups
    }

    /// Whether a line, from its first non-space byte, opens a list item: `-`,
    /// `+` or `*` and a space, or a bullet as word processors write them
    /// (`•`, `●`, `▪`, `◦`, `▫`, `■`, `◆`, `○`, `►`, `➢`, `➤`, `✓`, `✔`, `❖`, `→`, with or
    /// without a space after; `–` with one; and Symbol and Wingdings bullets a
    /// converter leaves in the private use area, ``, ``, ``).
    static func opensListItem(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = line.first else { return false }
        if lead == UInt8(ascii: "-") || lead == UInt8(ascii: "+") || lead == UInt8(ascii: "*") {
            return line.count > 1 && line[1] == 0x20
        }
        // `\- `, `\+ `: a list's mark as a word processor's markdown escapes it.
        if lead == UInt8(ascii: "\\"), line.count > 2, line[1] == UInt8(ascii: "-") || line[1] == UInt8(ascii: "+"), line[2] == 0x20 {
            return true
        }
        if lead == 0xEF, line.count >= 3 { return privateUseBullets.contains { $0[0] == line[1] && $0[1] == line[2] } }
        guard lead == 0xE2, line.count >= 3 else { return false }
        // `– `: an en dash for `-`, with its space (a range's dash may open a line of a wrapped sentence, `– 2025`,
        // but not before a space and a word).
        if line[1] == 0x80, line[2] == 0x93 { return line.count > 4 && line[3] == 0x20 && line[4] > 0x40 }
        return bullets.contains { $0[0] == line[1] && $0[1] == line[2] }
    }

    /// The bullets' UTF-8 after their lead byte `E2`: `•` U+2022, `●` U+25CF, `▪` U+25AA, `◦` U+25E6, `▫` U+25AB,
    /// `■` U+25A0, `◆` U+25C6, `○` U+25CB, `►` U+25BA, `➢` U+27A2, `➤` U+27A4, `✓` U+2713, `✔` U+2714, `❖` U+2756,
    /// `→` U+2192.
    private static let bullets: [[UInt8]] = [[0x80, 0xA2], [0x97, 0x8F], [0x96, 0xAA], [0x97, 0xA6], [0x96, 0xAB],
                                             [0x96, 0xA0], [0x97, 0x86], [0x97, 0x8B], [0x96, 0xBA], [0x9E, 0xA2],
                                             [0x9E, 0xA4], [0x9C, 0x93], [0x9C, 0x94], [0x9D, 0x96], [0x86, 0x92]]

    /// The private use area's bullets after their lead byte `EF`: U+F0A7 and U+F0B7 (Symbol's `▪` and `•`), U+F0D8 (Wingdings' `➢`).
    private static let privateUseBullets: [[UInt8]] = [[0x82, 0xA7], [0x82, 0xB7], [0x83, 0x98]]

    /// Whether a line opens an HTML table: `<table`, any case.
    static func opensHTMLTable(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.count >= 6 && zip(line.prefix(6), "<table".utf8).allSatisfy { $0 | 0x20 == $1 | 0x20 }
    }

    /// Whether a line holds `</table`, any case.
    static func closesHTMLTable(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = Self.tableClose
        guard line.count >= needle.count else { return false }
        return (0...(line.count - needle.count)).contains { start in
            (0..<needle.count).allSatisfy { line[start + $0] | 0x20 == needle[$0] | 0x20 }
        }
    }

    /// Whether the third to fifth of a block's lines is a simple table's column
    /// rule (the first being its border of dashes, the second its header).
    static func hasColumnRule<Lines: Collection>(_ lines: Lines, of bytes: UnsafeBufferPointer<UInt8>) -> Bool where Lines.Element == Range<Int> {
        lines.dropFirst(2).prefix(3).contains { columnRuleGroups(UnsafeBufferPointer(rebasing: bytes[$0])) >= 2 }
    }

    private static let tableClose = Array("</table".utf8)

    /// A line of dashes alone, at least three: a simple table's top or bottom border.
    static func dashesOnly(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.count >= 3 && line.allSatisfy { $0 == UInt8(ascii: "-") }
    }

    /// A grid table's rule: `+----+---+`, `+====+===+`, `+:---+`, and nothing else.
    static func isGridRule(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.first == UInt8(ascii: "+"), line.count >= 3 else { return false }
        var dashes = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "="): dashes += 1
            case UInt8(ascii: "+"), UInt8(ascii: ":"): continue
            default: return false
            }
        }
        return dashes > 0
    }

    static func classify(_ text: Substring) -> Kind {
        text.withUTF8Bytes { classify($0) }
    }

    /// The kind of the block whose text's UTF-8 is `bytes`. Markers are ASCII: on the bytes.
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>) -> Kind {
        let all = 0..<bytes.count
        if bytes.equals(all, "---") || bytes.equals(all, "***") || bytes.equals(all, "___") { return .rule }
        let content = bytes.hasBytes("- #", at: 0) ? 2..<bytes.count : all
        guard !content.isEmpty else { return .paragraph }
        let first = bytes[content.lowerBound]
        if first == UInt8(ascii: "#") {
            var titleStart = content.lowerBound
            while titleStart < content.upperBound, bytes[titleStart] == UInt8(ascii: "#") { titleStart += 1 }
            let title = bytes.trimmingSpaces(titleStart..<content.upperBound)
            let inner = HeadingSyntax.strippingEmphasis(title, of: bytes)
            if let (numbering, rest) = HeadingSyntax.numbering(in: inner, of: bytes) ?? HeadingSyntax.openDotted(in: inner, of: bytes) {
                return .heading(numbering, title: rest, trailingText: nil)
            }
            return .unnumberedHeading(bytes.string(inner), level: titleStart - content.lowerBound)
        }
        if first == UInt8(ascii: "<") || first == UInt8(ascii: "["),
           let number = HeadingSyntax.footnoteNumber(in: content, of: bytes) { return .footnote(number) }
        guard first == UInt8(ascii: "*") else {
            // A heading written as a plain line (`I. TÌNH HÌNH KINH TẾ`, `PHẦN THỨ HAI`).
            if let (numbering, rest) = HeadingSyntax.plainHeading(in: content, of: bytes) {
                return .heading(numbering, title: rest, trailingText: nil)
            }
            return .paragraph
        }
        // `**8.** Tập trung …`: a bold number opening a paragraph.
        if let (numbering, rest) = HeadingSyntax.boldNumberPrefix(in: content, of: bytes) {
            return .heading(numbering, title: "", trailingText: rest)
        }
        // `**2. Thu chi ngân sách.** Thu ngân sách …`: a numbered title in bold running into its paragraph.
        if let (numbering, title, rest) = HeadingSyntax.boldRunInHeading(in: content, of: bytes) {
            return .heading(numbering, title: title, trailingText: rest)
        }
        // A whole line in bold or italics that starts with a section number.
        if bytes[content.upperBound - 1] == UInt8(ascii: "*") {
            let inner = HeadingSyntax.strippingEmphasis(content, of: bytes)
            if let (numbering, rest) = HeadingSyntax.numbering(in: inner, of: bytes), numbering != .star {
                return .heading(numbering, title: rest, trailingText: nil)
            }
            // `**Về kinh tế**`: a topic's title alone in bold, as a word processor styles it, with no number.
            if let title = HeadingSyntax.boldTitle(content, inner: inner, of: bytes) {
                return .heading(.unnumbered(level: 3), title: title, trailingText: nil)
            }
        }
        return .paragraph
    }
}
