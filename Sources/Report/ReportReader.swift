import FoundationEssentials
import Platform

/// Reads a report's markdown into a ``ReportDocument``: builds the section
/// tree, rejoins paragraphs and footnotes cut by page breaks, and links each
/// footnote to the paragraph that refers to it.
public enum ReportReader {
    /// Reads the report at `path`.
    public static func read(path: String) throws -> ReportDocument {
        try read(data: try contents(of: path), name: name(of: path), path: path)
    }

    /// The bytes of the report file at `path`, or why they cannot be had.
    public static func contents(of path: String) throws -> Data {
        if FileStatus.isDirectory(path) { throw ReportError.isDirectory(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw ReportError.unreadable(path: path, reason: reason)
        }
        return data
    }

    /// A report's short name: its file name without extension (`842-BC-UBND-2025`).
    public static func name(of path: String) -> String {
        // On the bytes, without URL's path handling.
        var file = Substring(path)
        while file.utf8.count > 1, file.utf8.last == UInt8(ascii: "/") { file = file.dropLast() }
        if let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")), file.utf8.count > 1 {
            file = file[file.utf8.index(after: slash)...]
        }
        if let dot = file.utf8.lastIndex(of: UInt8(ascii: ".")), dot != file.startIndex {
            file = file[..<dot]
        }
        return String(file)
    }

    /// Reads a report from its bytes, which must be UTF-8 text, or UTF-16 opened by its byte-order mark
    /// (Windows' "Unicode" text).
    public static func read(data: Data, name: String, path: String? = nil) throws -> ReportDocument {
        let shownPath = path ?? name
        guard !data.isEmpty else { throw ReportError.empty(path: shownPath) }
        if let document = BinaryDocument.kind(of: data) { throw ReportError.notText(path: shownPath, document: document) }
        if let text = utf16Text(data) { return read(text: text, name: name) }
        // Checked once, then made a string with no second check.
        let text = data.withUnsafeBytes { raw -> String? in
            let bytes = raw.assumingMemoryBound(to: UInt8.self)
            return UTF8Validation.isValid(bytes) ? String(validUTF8: bytes) : nil
        }
        guard let text else { throw ReportError.notUTF8(path: shownPath, byteOffset: firstInvalidUTF8Offset(in: data)) }
        return read(text: text, name: name)
    }

    /// The text of bytes that open on UTF-16's byte-order mark, little- or big-endian, if they do and decode.
    static func utf16Text(_ data: Data) -> String? {
        guard data.count >= 2, data.count % 2 == 0 else { return nil }
        let first = data[data.startIndex], second = data[data.startIndex + 1]
        let littleEndian: Bool
        switch (first, second) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2 - 1)
        var index = data.startIndex + 2
        while index < data.endIndex {
            let low = UInt16(data[index]), high = UInt16(data[index + 1])
            units.append(littleEndian ? high << 8 | low : low << 8 | high)
            index += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    /// Reads a report from its text. A byte-order mark before it (as Windows' editors write one) is no text.
    public static func read(text: String, name: String) -> ReportDocument {
        if text.unicodeScalars.first == "\u{FEFF}" { return read(text: String(text.unicodeScalars.dropFirst()), name: name) }
        // A large text becomes a document and then facts several times its size.
        IngestArena.reserve(forTextBytes: text.utf8.count)
        var builder = DocumentBuilder(name: name)
        if HTMLText.isPage(text) {
            // A web page's blocks as lines, each fact's line the page's.
            let (lines, sourceLines) = HTMLText.lines(of: text)
            MarkdownBlock.forEachBlock(of: normalized(lines)) { builder.take($0.onLines(sourceLines)) }
        } else {
            MarkdownBlock.forEachBlock(of: normalized(text)) { builder.take($0) }
        }
        return builder.finish()
    }

    /// A report's text as its blocks are read from it. Decomposed Vietnamese (letter +
    /// combining marks) would defeat word matching; most reports have none, and normalising
    /// costs more than the rest of reading. A no-break space between a number and its unit
    /// would keep them apart, and a footnote mark in superscript digits would be read as the
    /// unit's, one in brackets as a figure.
    private static func normalized(_ text: String) -> String {
        text.precomposed.withPlainSpaces.withSuperscriptMarks.withBracketMarks
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(in data: Data) -> Int {
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, offset + length <= bytes.count,
                  bytes[(offset + 1)..<(offset + length)].allSatisfy({ $0 >> 6 == 0b10 }),
                  String(validating: bytes[offset..<(offset + length)], as: UTF8.self) != nil else { return offset }
            offset += length
        }
        return offset
    }
}

extension MarkdownBlock.Kind {
    var isFootnote: Bool { if case .footnote = self { true } else { false } }
    var isRule: Bool { if case .rule = self { true } else { false } }
}

/// Accumulates blocks into the document, tracking which paragraph and which
/// footnote a page break may have left unfinished.
struct DocumentBuilder {
    var name: String
    var sections: [Section] = []
    var paragraphs: [Paragraph] = []
    var footnotes: [Int: Int] = [:]
    /// Open sections, outermost first.
    var stack: [Int] = []
    /// The last body paragraph, while it ends mid-sentence.
    var openBody: Int?
    /// The last footnote, while it ends mid-sentence.
    var openFootnote: Int?
    /// Whether footnotes or page rules came between `openBody` and now.
    var pageBreakSinceOpenBody = false
    /// The last block that is not a page rule, until the next one shows
    /// whether a footnote follows it, and whether a page rule came after it.
    var waiting: MarkdownBlock?
    var ruleAfterWaiting = false
    /// Tables' rows of what was done: read as results wherever the table stands (``placeTableResults()``).
    var tableResults: [TableResults] = []
    /// Whether the document's kind (`BÁO CÁO`, `KẾ HOẠCH`) was the last line before the body: the next is its title.
    var titleComes = false
    /// The sections list items' labels opened over their items, while they last, outermost first (``openListLabel(over:)``).
    var openLabels: [Int] = []

    init(name: String) { self.name = name }

    /// Takes the text's next block. It is added once the block after it
    /// (page rules aside) shows whether a footnote follows.
    mutating func take(_ block: consuming MarkdownBlock) {
        if block.kind.isRule {
            // A rule waits only behind a waiting block; whether a footnote follows one is no matter.
            if waiting == nil { add(block, nextIsFootnote: false) } else { ruleAfterWaiting = true }
            return
        }
        addWaiting(nextIsFootnote: block.kind.isFootnote)
        waiting = block
    }

    /// Adds the waiting block, then the page break of the rules after it.
    private mutating func addWaiting(nextIsFootnote: Bool) {
        if let earlier = waiting.take() { add(earlier, nextIsFootnote: nextIsFootnote) }
        if ruleAfterWaiting { pageBreakSinceOpenBody = true }
        ruleAfterWaiting = false
    }

    private mutating func add(_ block: consuming MarkdownBlock, nextIsFootnote: Bool) {
        switch block.kind {
        case .rule:
            pageBreakSinceOpenBody = true
        case .heading(let numbering, let title, let trailing):
            openBody = nil
            let location = block.anchors.first?.location ?? SourceLocation(line: 1, column: 1)
            openSection(numbering, title: title, location: location)
            let headingText = trailing == nil ? title : ""
            if !headingText.isEmpty {
                append(.heading, text: Substring(headingText), anchors: block.anchors)
            }
            if let trailing {
                // Offsets of the trailing text within the block: it ends the block's text.
                let skipped = block.text.scalarCount - trailing.scalarCount
                let anchors = block.anchors.map { TextAnchor(offset: max(0, $0.offset - skipped), location: $0.location) }
                var shifted = anchors
                if var first = shifted.first {
                    first.location.column += String(block.text.unicodeScalars.prefix(skipped)).utf8.count
                    shifted[0] = first
                }
                let body = Substring(trailing)
                append(.body, text: body, anchors: shifted)
                openBody = endsMidSentence(body) ? paragraphs.count - 1 : nil
            }
        case .unnumberedHeading(let title, let level):
            openBody = nil
            if let top = stack.last, sections[top].title.isEmpty, case .part = sections[top].numbering {
                sections[top].title = title
            } else if !title.isEmpty, sections.isEmpty ? isBodyHeading(title) : Self.namesPart(title) || Self.isAppendixTitle(title) {
                // A heading whose words name a part opens its section though it has no number: `## NHIỆM VỤ, GIẢI
                // PHÁP NĂM 2026` parts the plan off. Before the body, only one that opens it does (not `## BÁO CÁO` nor
                // the title); a topic's (`## Tình hình chung`) stays in the section open, as it did.
                openSection(.unnumbered(level: level), title: title,
                            location: block.anchors.first?.location ?? SourceLocation(line: 1, column: 1))
            }
            append(.heading, text: Substring(title), anchors: block.anchors)
        case .footnote(let number):
            pageBreakSinceOpenBody = true
            let text = block.text
            append(.footnote, text: text, anchors: block.anchors, footnote: number)
            footnotes[number] = paragraphs.count - 1
            openFootnote = endsMidSentence(text) ? paragraphs.count - 1 : nil
        case .table:
            openBody = nil
            closeListLabels()
            addTable(block)
        case .paragraph:
            addParagraph(block, nextIsFootnote: nextIsFootnote)
        }
    }

    /// A plain paragraph is either the rest of a footnote or of a body paragraph
    /// cut by a page break, or a paragraph of its own.
    mutating func addParagraph(_ block: MarkdownBlock, nextIsFootnote: Bool) {
        // `PHẦN THỨ HAI` alone on a line, its title on the next line in capitals.
        if let top = stack.last, top == sections.count - 1, sections[top].title.isEmpty, sections[top].numbering.isPart,
           paragraphs.last.map({ $0.section != top || $0.kind == .heading }) ?? true,
           block.text.utf8.count < 240, HeadingSyntax.isMostlyCapitals(String(block.text)) {
            sections[top].title = String(block.text)
            append(.heading, text: block.text, anchors: block.anchors)
            return
        }
        // A plain line in capitals naming the plan, with no number: it opens the plan's part as `PHẦN II` would;
        // so does an appendix's, its own part.
        if let title = planHeading(block.text) ?? appendixHeading(block.text) {
            openBody = nil
            openSection(.unnumbered(level: 1), title: title, location: block.anchors.first?.location ?? SourceLocation(line: 1, column: 1))
            append(.heading, text: Substring(title), anchors: block.anchors)
            return
        }
        if sections.isEmpty { titleComes = block.text.utf8.count < 40 && Self.isDocumentKind(String(block.text)) }
        if let footnote = openFootnote, nextIsFootnote {
            // The page's footnote area opens with the rest of the previous page's last footnote.
            extend(footnote, with: block)
            openFootnote = endsMidSentence(paragraphs[footnote].text) ? footnote : nil
            return
        }
        // A page's number alone (`3`, `- 3 -`, `Trang 3`), as text taken from a PDF keeps it: a page break, no text.
        if PageNumber.isPageNumber(block.text) {
            pageBreakSinceOpenBody = true
            return
        }
        let isListItem = block.text.hasBytePrefix("- ") || block.text.hasBytePrefix("+ ")
            || block.text.hasBytePrefix("\\- ") || block.text.hasBytePrefix("\\+ ")
        if let body = openBody, !isListItem,
           pageBreakSinceOpenBody || startsLowercase(block.text) || PageNumber.startsOnFigure(block.text) {
            extend(body, with: block)
            openBody = endsMidSentence(paragraphs[body].text) ? body : nil
            pageBreakSinceOpenBody = false
            return
        }
        closePoint(before: block.text)
        openListLabel(over: block.text)
        append(.body, text: block.text, anchors: block.anchors)
        openBody = endsMidSentence(block.text) ? paragraphs.count - 1 : nil
        pageBreakSinceOpenBody = false
    }

    mutating func openSection(_ numbering: SectionNumbering, title: String, location: SourceLocation) {
        while let top = stack.last, sections[top].numbering.rank >= numbering.rank { stack.removeLast() }
        // A heading closes the labels open; a label, those as deep as it.
        forgetClosedLabels()
        let section = Section(id: sections.count, numbering: numbering, title: title, parent: stack.last, location: location)
        sections.append(section)
        stack.append(section.id)
    }

    mutating func append(_ kind: ParagraphKind, text: Substring, anchors: [TextAnchor], footnote: Int? = nil) {
        paragraphs.append(Paragraph(id: paragraphs.count, kind: kind, text: text, anchors: anchors,
                                    section: stack.last, footnote: footnote))
    }

    mutating func extend(_ index: Int, with block: MarkdownBlock) {
        let base = paragraphs[index].text.scalarCount + 1
        // A new string: appending to the slice would copy the whole report's text.
        paragraphs[index].text = Substring(String(paragraphs[index].text) + " " + block.text)
        paragraphs[index].anchors += block.anchors.map { TextAnchor(offset: $0.offset + base, location: $0.location) }
    }

    /// Links footnote references to their footnotes and returns the document.
    mutating func finish() -> ReportDocument {
        addWaiting(nextIsFootnote: false)
        joinLabelledRows()
        // By index: iterating a copy of the array while setting referrers made
        // the first write copy every paragraph. A footnote may refer to another.
        for index in paragraphs.indices {
            for number in InlineMarkup.footnoteReferences(in: paragraphs[index].text) {
                guard let target = footnotes[number], target != index,
                      paragraphs[target].referrer == nil else { continue }
                paragraphs[target].referrer = index
            }
        }
        let (header, isPlan) = ReportHeaderReader.readWithKind(paragraphs, sections: sections)
        // Each section's meaning: its heading's words, else its parent's (parents come first).
        // A part whose heading says nothing follows the genre's order: results, then the plan
        // (unless a later part's heading names the plan).
        // In a report without parts, its sections report results until one says otherwise:
        // `I. Các chỉ tiêu chủ yếu` opening a report of nine months lists what they achieved.
        // A plan's sections set targets unless their words say results (`I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …`).
        var partsSoFar = 0
        var resultsSoFar = true
        // A part saying nothing before one whose heading names the plan reports results
        // (`PHẦN II. VĂN HÓA - XÃ HỘI` before `PHẦN IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM`).
        let lastPlanPart = sections.indices.last {
            sections[$0].parent == nil && sections[$0].numbering.isPart
                && SectionMeaning.of(heading: sections[$0].title, year: header.year, planYear: header.planYear) == .plan
        }
        for index in sections.indices {
            var inherited = sections[index].parent.flatMap { sections[$0].meaning }
            if sections[index].parent == nil {
                // An appendix reports results unless its words say plan (`PHỤ LỤC II: KẾ HOẠCH NĂM 2027`).
                if case .unnumbered = sections[index].numbering, DocumentBuilder.isAppendixTitle(sections[index].title) {
                    inherited = .results
                } else if isPlan {
                    inherited = SectionMeaning.namesYearReported(sections[index].title, year: header.year, planYear: header.planYear)
                        ? .results : .plan
                } else if sections[index].numbering.isPart {
                    inherited = partsSoFar == 0 || lastPlanPart.map({ index < $0 }) == true ? .results : .plan
                    partsSoFar += 1
                } else if resultsSoFar {
                    inherited = .results
                }
            }
            // A list item's label names a topic of its section, not a part: it means what its section does.
            let own = sections[index].numbering.listDepth > 0 ? nil
                : SectionMeaning.of(heading: sections[index].title, year: header.year, planYear: header.planYear, inherited: inherited)
            sections[index].meaning = own ?? inherited
            if sections[index].parent == nil, sections[index].meaning != .results { resultsSoFar = false }
        }
        placeTableResults()
        return ReportDocument(name: name, sections: sections, paragraphs: paragraphs, footnotes: footnotes, header: header,
                              isPlan: isPlan, resultsOutsideSections: isPlan ? resultsOutsideSections(of: header) : [])
    }

    /// A plan's paragraphs outside every section that report results: from one whose
    /// opening words name the year reported (`Điều 1. Đánh giá kết quả năm 2025: …`,
    /// `Năm 2025, …`) to one whose words name the plan (`Điều 2. Thông qua kế hoạch năm 2026`).
    func resultsOutsideSections(of header: ReportHeader) -> Set<Int> {
        var results = Set<Int>()
        var reportsResults = false
        for paragraph in paragraphs where paragraph.section == nil && paragraph.kind != .footnote {
            let opening = String(paragraph.text.prefix(160))
            if SectionMeaning.namesYearReported(opening, year: header.year, planYear: header.planYear) {
                reportsResults = true
            } else if let meaning = SectionMeaning.of(heading: opening, year: header.year, planYear: header.planYear) {
                reportsResults = meaning != .plan
            }
            if reportsResults { results.insert(paragraph.id) }
        }
        return results
    }

    /// A paragraph ends mid-sentence when its last visible character is a
    /// letter, a digit or a comma: the PDF cut it at a page break.
    func endsMidSentence(_ text: Substring) -> Bool {
        // On the bytes: the markers are ASCII, and only the last scalar needs decoding.
        text.withUTF8Bytes { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == UInt8(ascii: "*") || bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            let open = Self.supOpen, close = Self.supClose
            if end >= close.count, bytes[(end - close.count)..<end].elementsEqual(close) {
                // Ending on a unit (`62.609,4m<sup>2</sup>`) is open; on a footnote mark, closed.
                var start = end - close.count - open.count
                while start >= 0, !bytes[start..<(start + open.count)].elementsEqual(open) { start -= 1 }
                return start > 0 && bytes[start - 1] == UInt8(ascii: "m")
            }
            guard end > 0 else { return false }
            let last = bytes.scalar(at: bytes.scalarStart(atOrBefore: end - 1)).scalar
            return TextFolding.isLetter(last) || ("0"..."9").contains(last) || last == ","
        }
    }

    private static let supOpen = Array("<sup>".utf8), supClose = Array("</sup>".utf8)

    func startsLowercase(_ text: Substring) -> Bool {
        text.unicodeScalars.first.map(TextFolding.isLowercase) ?? false
    }
}
