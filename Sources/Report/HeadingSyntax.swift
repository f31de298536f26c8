/// Recognises the numbering of the report's headings and footnote texts.
enum HeadingSyntax {
    static let letters: Set<String> = ["a", "b", "c", "d", "đ", "e", "g", "h"]

    /// `**Title**`, `*Title*`, `***Title***` → `Title`.
    static func stripEmphasis(_ text: Substring) -> String {
        // Bytes: `*` is ASCII, and Character-wise dropFirst/dropLast walk grapheme clusters.
        let bytes = text.utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while bytes.distance(from: start, to: end) > 1, bytes[start] == UInt8(ascii: "*"),
              bytes[bytes.index(before: end)] == UInt8(ascii: "*") {
            start = bytes.index(after: start)
            end = bytes.index(before: end)
        }
        return text[start..<end].trimmingSpaces()
    }

    /// The numbering at the start of a heading's text and the title after it.
    static func numbering(of text: String) -> (SectionNumbering, String)? {
        // The first word and the rest after one space, split on bytes (Character-wise
        // splitting walks grapheme clusters).
        let bytes = text.utf8
        var firstStart = bytes.startIndex
        while firstStart < bytes.endIndex, bytes[firstStart] == 0x20 { firstStart = bytes.index(after: firstStart) }
        var firstEnd = firstStart
        while firstEnd < bytes.endIndex, bytes[firstEnd] != 0x20 { firstEnd = bytes.index(after: firstEnd) }
        let first = text[firstStart..<firstEnd]
        guard !first.isEmpty, mayBeNumbering(first) else { return nil }
        let rest = firstEnd < bytes.endIndex ? stripEmphasis(text[bytes.index(after: firstEnd)...]) : ""
        if first == "Phần", let second = rest.split(separator: " ").first, isRoman(second) {
            let title = rest.dropFirst(second.count).trimmingSpaces()
            return (.part(String(second)), title)
        }
        if first == "\\*" || first == "*" { return (.star, rest) }
        // The marker's characters are ASCII: tested and split as bytes (Character-wise
        // `hasSuffix` and `split` walk grapheme clusters, most of reading a heading).
        let last = first.utf8.last
        if last == UInt8(ascii: "."), isRoman(first.dropLast()) { return (.roman(String(first.dropLast())), rest) }
        // `1.` and `2.1.`: the pieces before the last point, read in place (splitting
        // into an array of substrings, and `Int` of each, cost thousands of instructions).
        if last == UInt8(ascii: ".") {
            let end = first.utf8.index(before: first.utf8.endIndex)
            let head = first[..<end]
            if let dot = head.utf8.firstIndex(of: UInt8(ascii: ".")) {
                let tail = head[head.utf8.index(after: dot)...]
                if !tail.utf8.contains(UInt8(ascii: ".")), let a = integer(head[..<dot]), let b = integer(tail) {
                    return (.dotted(a, b), rest)
                }
            } else if let n = integer(head), n < 100 {
                return (.arabic(n), rest)
            }
        }
        if last == UInt8(ascii: ")") {
            let letter = first.dropLast()
            // One ASCII letter lower-cased as a byte; anything else (`đ)`) as Unicode lower-cases it.
            if letter.utf8.count == 1, let byte = letter.utf8.first, byte < 0x80 {
                let lower = String(UnicodeScalar(byte &- 65 < 26 ? byte | 0x20 : byte))
                return letters.contains(lower) ? (.letter(lower), rest) : nil
            }
            if letters.contains(String(letter).lowercased()) { return (.letter(String(letter).lowercased()), rest) }
        }
        return nil
    }

    /// The number `text` reads as, as `Int(_:)` reads it: digits alone answered from the bytes.
    private static func integer(_ text: Substring) -> Int? {
        Int(asciiDigits: text.utf8) ?? Int(text)
    }

    /// Whether `word` can open a numbering (`Phần`, `*`, `II.`, `1.`, `1.2.`, `đ)`), tested on
    /// its bytes before the title is copied: most bold or italic lines are not headings.
    static func mayBeNumbering(_ word: Substring) -> Bool {
        let bytes = word.utf8
        guard let last = bytes.last, let first = bytes.first else { return false }
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ")") || first == UInt8(ascii: "*")
            || first == UInt8(ascii: "\\") || word == "Phần"
    }

    /// `**8.** rest of paragraph` → (8, "rest of paragraph").
    static func boldNumberPrefix(of text: Substring) -> (SectionNumbering, String)? {
        guard text.hasBytePrefix("**") else { return nil }
        let afterOpen = text.utf8.index(text.startIndex, offsetBy: 2)
        let bytes = text.utf8[afterOpen...]
        // The closing `**` ends a marker of digits and a point: a byte that
        // cannot be in one ends the search (most bold text is no such marker,
        // and searching the whole paragraph was most of classifying it).
        var cursor = bytes.startIndex
        while cursor < bytes.endIndex, bytes[cursor] != UInt8(ascii: "*") {
            let byte = bytes[cursor]
            guard (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") else { return nil }
            cursor = bytes.index(after: cursor)
        }
        let next = cursor < bytes.endIndex ? bytes.index(after: cursor) : cursor
        guard next < bytes.endIndex, bytes[next] == UInt8(ascii: "*") else { return nil }
        let close = cursor
        let marker = text[afterOpen..<close]
        let rest = text[text.utf8.index(close, offsetBy: 2)...].trimmingSpaces()
        guard !rest.isEmpty, marker.hasSuffix("."), let n = Int(marker.dropLast()), n < 100 else { return nil }
        return (.arabic(n), rest)
    }

    /// `<sup>12</sup> text` → 12.
    static func footnoteNumber(at text: Substring) -> Int? {
        // On a contiguous copy of the bytes: a generic walk of the substring's
        // UTF-8 view cost more than the rest of classifying the block.
        var text = text
        return text.withUTF8 { bytes in
            let open = 5
            guard bytes.count > open, bytes.hasBytes("<sup>", at: 0) else { return nil }
            var end = open
            while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
            guard bytes.hasBytes("</sup>", at: end) else { return nil }
            return Int(asciiDigits: bytes[open..<end])
        }
    }

    static func isRoman(_ text: Substring) -> Bool {
        !text.isEmpty && text.utf8.count <= 5
            && text.utf8.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }
}
