import Platform

/// Recognises the numbering of the report's headings and footnote texts.
///
/// On the UTF-8 bytes of a block's text, as ranges of them: every marker
/// (`#`, `*`, `.`, `)`, digits, `I V X`) is ASCII, so a cut next to one is a
/// cut between scalars, and only a heading's title becomes a String. Walking
/// Substrings and their UTF-8 views, and copying each stripped or trimmed
/// piece, had been most of reading the report's blocks.
enum HeadingSyntax {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// The numbering at the start of a heading's text and the title after it.
    static func numbering(of text: String) -> (SectionNumbering, String)? {
        text.withUTF8Bytes { numbering(in: 0..<$0.count, of: $0) }
    }

    /// A heading's `2.1` with no point closing it (`### 2.1 Thủy sản`), as a
    /// markdown heading may write it; not read on a plain line, where it may open a figure.
    static func openDotted(in range: Range<Int>, of bytes: Bytes) -> (SectionNumbering, String)? {
        let first = firstWord(in: range, of: bytes)
        guard first.count >= 3, first.upperBound < range.upperBound,
              let dot = bytes[first].firstIndex(of: UInt8(ascii: ".")), dot > first.lowerBound, dot + 1 < first.upperBound,
              let a = integer(first.lowerBound..<dot, of: bytes), let b = integer((dot + 1)..<first.upperBound, of: bytes),
              a < 100, b < 100 else { return nil }
        return (.dotted(a, b), bytes.string(strippingEmphasis(first.upperBound + 1..<range.upperBound, of: bytes)))
    }

    /// The numbering at the start of `range` of `bytes` and the title after it.
    static func numbering(in range: Range<Int>, of bytes: Bytes) -> (SectionNumbering, String)? {
        // The first word, and the rest after one space.
        let first = firstWord(in: range, of: bytes)
        if let spaced = spacedDash(after: first, in: range, of: bytes) { return spaced }
        guard !first.isEmpty, mayBeNumbering(first, of: bytes) else { return nil }
        let rest = first.upperBound < range.upperBound
            ? strippingEmphasis(first.upperBound + 1..<range.upperBound, of: bytes) : range.upperBound..<range.upperBound
        if partWords.contains(where: { bytes.equals(first, $0) }) {
            // `Phần I`, `PHẦN II.`, `Phần I: KẾT QUẢ …`, `PHẦN THỨ NHẤT`, `PHẦN 1.`.
            let second = firstWord(in: rest, of: bytes)
            let marker = second.isEmpty ? second : second.lowerBound..<(second.upperBound - (isPunctuation(bytes[second.upperBound - 1]) ? 1 : 0))
            if isRoman(marker, of: bytes) {
                return (.part(bytes.string(marker)), bytes.string(title(after: second.upperBound, in: rest, of: bytes)))
            }
            // `PHẦN 1. KẾT QUẢ …`, `Phần 2: …`: a part numbered in digits is the Roman one.
            if marker.count == 1, let digit = Int(asciiDigits: bytes[marker]), (1...romans.count).contains(digit) {
                return (.part(romans[digit - 1]), bytes.string(title(after: second.upperBound, in: rest, of: bytes)))
            }
            for (index, ordinal) in ordinals.enumerated() where bytes.hasBytes(ordinal.lower, at: second.lowerBound)
                || bytes.hasBytes(ordinal.upper, at: second.lowerBound) {
                let end = second.lowerBound + ordinal.lower.utf8CodeUnitCount
                guard end == rest.upperBound || bytes[end] == 0x20 || isPunctuation(bytes[end]) else { continue }
                return (.part(romans[index]), bytes.string(title(after: min(end + (end < rest.upperBound && isPunctuation(bytes[end]) ? 1 : 0), rest.upperBound), in: rest, of: bytes)))
            }
        }
        // `Điều 1. Mục tiêu …`, `Điều 2:`: a resolution's article, its number closed by a point or colon.
        if articleWords.contains(where: { bytes.equals(first, $0) }) {
            let second = firstWord(in: rest, of: bytes)
            guard second.count >= 2, isPunctuation(bytes[second.upperBound - 1]),
                  let number = Int(asciiDigits: bytes[second.lowerBound..<(second.upperBound - 1)]), number < 100 else { return nil }
            return (.article(number), bytes.string(title(after: second.upperBound, in: rest, of: bytes)))
        }
        // `A. KẾT QUẢ THỰC HIỆN …`, `B. NHIỆM VỤ …`: a capital letter parts the report (`A\.` escaped),
        // or closed by a slash or dash as older documents write it (`A/ TÌNH HÌNH …`, `B- NHIỆM VỤ …`).
        let closing = bytes[first.upperBound - 1]
        if first.count == 2 && (closing == UInt8(ascii: ".") || closing == UInt8(ascii: "/") || closing == UInt8(ascii: "-"))
            || first.count == 3 && bytes[first.lowerBound + 1] == UInt8(ascii: "\\") && closing == UInt8(ascii: "."),
           (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(bytes[first.lowerBound]) {
            return (.lettered(String(UnicodeScalar(bytes[first.lowerBound]))), bytes.string(rest))
        }
        // `a/ Du lịch`, `đ- Thủy sản`: a small letter closed by a slash or dash, as older documents write it.
        if closing == UInt8(ascii: "/") || closing == UInt8(ascii: "-"),
           let letter = pointLetter(first.lowerBound..<(first.upperBound - 1), of: bytes, capitals: false) {
            return (.letter(letter), bytes.string(rest))
        }
        if bytes.equals(first, "\\*") || bytes.equals(first, "*") { return (.star, bytes.string(rest)) }
        // A point closes a section's number, or a dash or slash as older documents write it (`I- VỀ KINH TẾ`, `1/ Nông nghiệp`).
        let last = (closing == UInt8(ascii: "-") || closing == UInt8(ascii: "/")) && first.count > 1 ? UInt8(ascii: ".") : closing
        // The marker without its last byte, `.` or `)`, and the backslash that may escape it (`2\.`, `a\)`).
        let escaped = first.count > 2 && bytes[first.upperBound - 2] == UInt8(ascii: "\\")
        let marker = first.lowerBound..<(first.upperBound - (escaped ? 2 : 1))
        if last == UInt8(ascii: "."), isRoman(marker, of: bytes) {
            return (.roman(bytes.string(marker)), bytes.string(rest))
        }
        // `1.`, `2.1.` and `2.1.3.`: the pieces before the last point, read in place.
        if last == UInt8(ascii: ".") {
            if let dot = bytes[marker].firstIndex(of: UInt8(ascii: ".")) {
                let tail = (dot + 1)..<marker.upperBound
                guard let a = integer(marker.lowerBound..<dot, of: bytes) else { return nil }
                if let second = bytes[tail].firstIndex(of: UInt8(ascii: ".")) {
                    let end = (second + 1)..<marker.upperBound
                    guard !bytes[end].contains(UInt8(ascii: ".")), let b = integer(tail.lowerBound..<second, of: bytes),
                          let c = integer(end, of: bytes), a < 100, b < 100, c < 100 else { return nil }
                    return (.subDotted(a, b, c), bytes.string(rest))
                }
                if let b = integer(tail, of: bytes) {
                    return (.dotted(a, b), bytes.string(rest))
                }
            } else if let n = integer(marker, of: bytes), n < 100 {
                return (.arabic(n), bytes.string(rest))
            }
        }
        if last == UInt8(ascii: ")"), let letter = pointLetter(marker, of: bytes, capitals: true) {
            return (.letter(letter), bytes.string(rest))
        }
        return nil
    }

    /// The letter of a list's point that `marker` is (``SectionNumbering/pointLetters``); with `capitals`,
    /// a capital too (`A)`), lower-cased (an ASCII one as a byte). Nil for any other marker.
    private static func pointLetter(_ marker: Range<Int>, of bytes: Bytes, capitals: Bool) -> String? {
        if marker.count == 1, bytes[marker.lowerBound] < 0x80 {
            let byte = bytes[marker.lowerBound], lower = capitals && byte &- 65 < 26 ? byte | 0x20 : byte
            let letter = String(UnicodeScalar(lower))
            return SectionNumbering.pointLetters.contains(letter) ? letter : nil
        }
        return bytes.equals(marker, "đ") || capitals && bytes.equals(marker, "Đ") ? "đ" : nil
    }

    /// A Roman or Arabic number closed by a dash between spaces (`I - KẾT QUẢ …`, `1 – Du lịch`), as some
    /// documents write it: the number `first` and the title after the dash.
    private static func spacedDash(after first: Range<Int>, in range: Range<Int>, of bytes: Bytes) -> (SectionNumbering, String)? {
        guard !first.isEmpty, first.count <= 4, first.upperBound + 3 <= range.upperBound, bytes[first.upperBound] == 0x20 else { return nil }
        var dash = first.upperBound + 1
        if bytes[dash] == UInt8(ascii: "-") {
            dash += 1
        } else if bytes.hasBytes("–", at: dash) {
            dash += "–".utf8.count
        } else {
            return nil
        }
        guard dash < range.upperBound, bytes[dash] == 0x20 else { return nil }
        let title = bytes.string(strippingEmphasis(dash + 1..<range.upperBound, of: bytes))
        if isRoman(first, of: bytes) { return (.roman(bytes.string(first)), title) }
        if let number = Int(asciiDigits: bytes[first]), number > 0, number < 100 { return (.arabic(number), title) }
        return nil
    }

    /// The words that open a resolution's article: `Điều`, `ĐIỀU`.
    static let articleWords: [StaticString] = ["Điều", "ĐIỀU"]
    /// The words that open a part: `Phần`, `PHẦN`.
    static let partWords: [StaticString] = ["Phần", "PHẦN", "phần"]
    /// `thứ nhất` … `thứ năm`, as `PHẦN THỨ NHẤT` numbers a part, and the Roman numbers they stand for.
    static let ordinals: [(lower: StaticString, upper: StaticString)] = [
        ("thứ nhất", "THỨ NHẤT"), ("thứ hai", "THỨ HAI"), ("thứ ba", "THỨ BA"), ("thứ tư", "THỨ TƯ"), ("thứ năm", "THỨ NĂM"),
    ]
    static let romans = ["I", "II", "III", "IV", "V"]

    /// `.`, `:` or `-` closing a marker.
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
    }

    /// The title after a part's marker: from `start`, a leading `.` `:` `-` and spaces dropped.
    private static func title(after start: Int, in range: Range<Int>, of bytes: Bytes) -> Range<Int> {
        var cursor = start
        while cursor < range.upperBound, bytes[cursor] == 0x20 || isPunctuation(bytes[cursor]) { cursor += 1 }
        return bytes.trimmingSpaces(cursor..<range.upperBound)
    }

    /// The first run of bytes other than spaces in `range`, as splitting it at spaces finds it.
    private static func firstWord(in range: Range<Int>, of bytes: Bytes) -> Range<Int> {
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < range.upperBound, bytes[end] != 0x20 { end += 1 }
        return start..<end
    }

    /// The number the bytes read as, as `Int(_:)` reads it (a sign included):
    /// digits alone answered from the bytes.
    private static func integer(_ range: Range<Int>, of bytes: Bytes) -> Int? {
        Int(asciiDigits: bytes[range]) ?? Int(bytes.string(range))
    }

    /// Whether `word` can open a numbering (`Phần`, `*`, `II.`, `1.`, `1.2.`, `đ)`, `I-`, `1/`),
    /// tested before the title is copied: most bold or italic lines are not headings.
    static func mayBeNumbering(_ word: Range<Int>, of bytes: Bytes) -> Bool {
        guard !word.isEmpty else { return false }
        let first = bytes[word.lowerBound], last = bytes[word.upperBound - 1]
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ")") || (last == UInt8(ascii: "-") || last == UInt8(ascii: "/")) && word.count > 1
            || first == UInt8(ascii: "*")
            || first == UInt8(ascii: "\\") || partWords.contains { bytes.equals(word, $0) } || articleWords.contains { bytes.equals(word, $0) }
    }

    /// `**Title**`, `*Title*`, `***Title***` → `Title`, spaces and tabs trimmed.
    static func strippingEmphasis(_ range: Range<Int>, of bytes: Bytes) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while end - start > 1, bytes[start] == UInt8(ascii: "*"), bytes[end - 1] == UInt8(ascii: "*") {
            start += 1
            end -= 1
        }
        return bytes.trimmingSpaces(start..<end)
    }

    /// A plain line that is a heading by its shape: a part (`PHẦN THỨ NHẤT`,
    /// `A. KẾT QUẢ …`) or a Roman section (`II. NHIỆM VỤ …`) whose title is in
    /// capitals, or a short numbered or Roman title (`1. Về kinh tế`, `b) Du lịch`)
    /// that does not end as a sentence does.
    static func plainHeading(in range: Range<Int>, of bytes: Bytes) -> (SectionNumbering, String)? {
        guard range.count < 240, !bytes[range].contains(UInt8(ascii: "<")),
              let (numbering, title) = numbering(in: range, of: bytes) ?? capitalisedOpenDotted(in: range, of: bytes),
              numbering != .star else { return nil }
        let last = bytes[range.upperBound - 1]
        guard last != UInt8(ascii: "."), last != UInt8(ascii: ";"), last != UInt8(ascii: ",") else { return nil }
        let words = title.spaceSeparatedCount
        switch numbering {
        case .part, .lettered:
            return words <= 24 && isMostlyCapitals(title) ? (numbering, title) : (words == 0 ? (numbering, title) : nil)
        case .article:
            return words <= 24 ? (numbering, title) : nil
        case .roman:
            // `I. Kinh tế` under `A. KẾT QUẢ …`: a Roman section's short title may be in lower case;
            // a longer one in lower case is more often a task of the plan's list.
            return words <= 24 && isMostlyCapitals(title) || words <= 9 ? (numbering, title) : nil
        case .arabic, .dotted, .subDotted, .letter:
            return words >= 1 && words <= 12 ? (numbering, title) : nil
        case .star, .unnumbered, .listLabel:
            return nil
        }
    }

    /// A plain line's `1.1 Trồng trọt`, its point's number with no point closing
    /// it, as a PDF's text numbers its sub-sections: only before a title that
    /// opens on a capital (the genre writes decimals with a comma, and a figure's
    /// unit, `2.5 ha`, opens on a small letter).
    private static func capitalisedOpenDotted(in range: Range<Int>, of bytes: Bytes) -> (SectionNumbering, String)? {
        guard let (numbering, title) = openDotted(in: range, of: bytes),
              let first = title.unicodeScalars.first, TextFolding.isUppercase(first) else { return nil }
        return (numbering, title)
    }

    /// Whether most letters of `text` are capitals (`TÌNH HÌNH KINH TẾ`).
    static func isMostlyCapitals(_ text: String) -> Bool {
        var capitals = 0, letters = 0
        for scalar in text.unicodeScalars where TextFolding.isLetter(scalar) {
            letters += 1
            if TextFolding.isUppercase(scalar) { capitals += 1 }
        }
        return letters > 0 && capitals * 10 >= letters * 7
    }

    /// The title of a line wholly in bold that names a topic and no more:
    /// `**Về kinh tế**`, `**Lĩnh vực văn hóa - xã hội**` — a few words in
    /// lower case after a capital, no figure, nothing that ends a sentence or
    /// opens a list (`**Chỉ tiêu chủ yếu:**`). A bold line in capitals is the
    /// header's (`**BÁO CÁO**`) or a numbered heading's; one of many words is emphasis.
    static func boldTitle(_ line: Range<Int>, inner: Range<Int>, of bytes: Bytes) -> String? {
        guard bytes.hasBytes("**", at: line.lowerBound), bytes.hasBytes("**", at: line.upperBound - 2),
              inner.count >= 4, inner.count <= 90, !UnsafeBufferPointer(rebasing: bytes[inner]).containsASCIIDigit,
              !bytes[inner].contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "<") }),
              !".;,:!?".utf8.contains(bytes[inner.upperBound - 1]) else { return nil }
        let title = bytes.string(inner)
        guard let first = title.unicodeScalars.first, TextFolding.isUppercase(first), !isMostlyCapitals(title),
              title.spaceSeparatedCount <= 10 else { return nil }
        return title
    }

    /// `**8.** rest of paragraph` in `range` → (8, "rest of paragraph").
    static func boldNumberPrefix(in range: Range<Int>, of bytes: Bytes) -> (SectionNumbering, String)? {
        guard bytes.hasBytes("**", at: range.lowerBound), range.count >= 2 else { return nil }
        let afterOpen = range.lowerBound + 2
        // The closing `**` ends a marker of digits and a point: a byte that
        // cannot be in one ends the search (most bold text is no such marker,
        // and searching the whole paragraph was most of classifying it).
        var close = afterOpen
        while close < range.upperBound, bytes[close] != UInt8(ascii: "*") {
            let byte = bytes[close]
            guard (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") else { return nil }
            close += 1
        }
        guard close + 1 < range.upperBound, bytes[close + 1] == UInt8(ascii: "*") else { return nil }
        let marker = afterOpen..<close
        let rest = bytes.trimmingSpaces((close + 2)..<range.upperBound)
        guard !rest.isEmpty, !marker.isEmpty, bytes[marker.upperBound - 1] == UInt8(ascii: "."),
              let n = integer(marker.lowerBound..<(marker.upperBound - 1), of: bytes), n < 100 else { return nil }
        return (.arabic(n), bytes.string(rest))
    }

    /// `**2. Thu chi ngân sách.** Thu ngân sách …` in `range` → (2, "Thu chi
    /// ngân sách", "Thu ngân sách …"): a numbered title in bold that runs into
    /// its paragraph, as word processors set a point's title. Its text is
    /// the section's, not a sentence of it (read as one, `Thu chi ngân sách.
    /// Thu ngân sách …` named spending beside the revenue). A bold opening
    /// that holds a figure is no title: its figure is the text's.
    static func boldRunInHeading(in range: Range<Int>, of bytes: Bytes) -> (SectionNumbering, String, String)? {
        guard bytes.hasBytes("**", at: range.lowerBound) else { return nil }
        let afterOpen = range.lowerBound + 2
        let limit = min(range.upperBound - 1, afterOpen + maxRunInTitleBytes)
        var close = afterOpen
        while close < limit, !(bytes[close] == UInt8(ascii: "*") && bytes[close + 1] == UInt8(ascii: "*")) { close += 1 }
        guard close < limit else { return nil }
        // The title's closing mark may stand outside the bold: `**2. Ngân sách**: …`.
        var restStart = close + 2
        if restStart < range.upperBound, bytes[restStart] == UInt8(ascii: ":") || bytes[restStart] == UInt8(ascii: ".") { restStart += 1 }
        let rest = bytes.trimmingSpaces(restStart..<range.upperBound)
        guard !rest.isEmpty, let (numbering, title) = numbering(in: bytes.trimmingSpaces(afterOpen..<close), of: bytes) else { return nil }
        switch numbering {
        case .arabic, .dotted, .subDotted, .roman: break
        default: return nil
        }
        var name = Substring(title)
        while let last = name.last, last == " " || last == "." || last == ":" { name.removeLast() }
        // A title names a topic; a figure in bold (`**1. Thu ngân sách đạt 45 tỷ đồng.** Trong đó …`) is the text's.
        guard !name.isEmpty, !name.contains(where: \.isNumber) else { return nil }
        return (numbering, String(name), bytes.string(rest))
    }

    /// How far the closing `**` of a run-in title is looked for: a title is a few words.
    private static let maxRunInTitleBytes = 160

    /// `<sup>12</sup> text`, or markdown's `[^12]: text`, at the start of `range` → 12.
    static func footnoteNumber(in range: Range<Int>, of bytes: Bytes) -> Int? {
        if bytes.hasBytes("[^", at: range.lowerBound) {
            guard let mark = InlineMarkup.footnoteMark(in: bytes, at: range.lowerBound, before: range.upperBound),
                  mark.end < range.upperBound, bytes[mark.end] == UInt8(ascii: ":") else { return nil }
            return mark.number
        }
        let open = range.lowerBound + 5
        guard open < range.upperBound, bytes.hasBytes("<sup>", at: range.lowerBound) else { return nil }
        var end = open
        while end < range.upperBound, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
        guard end + 6 <= range.upperBound, bytes.hasBytes("</sup>", at: end) else { return nil }
        return Int(asciiDigits: bytes[open..<end])
    }

    static func isRoman(_ range: Range<Int>, of bytes: Bytes) -> Bool {
        !range.isEmpty && range.count <= 5
            && bytes[range].allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }
}
