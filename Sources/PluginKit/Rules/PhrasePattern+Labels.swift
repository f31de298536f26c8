import Platform

/// A name's label (`Du lịch: doanh thu`) as sentences open with it: after a
/// list mark and the words that frame a field (`Lĩnh vực du lịch:`, `Về du
/// lịch,`), or as one topic of a list (`Thương mại, du lịch:`), or opening an
/// item inside the sentence (`…, trong đó: lúa 1.620 ha`).
extension PhrasePattern {
    /// Where the label a sentence opens with ends, past its colon, when the
    /// label is `lead` or a list of topics naming it: after a list mark (`-`,
    /// `+`, `a)`), the label's words, then `:`. The words that frame a field
    /// may stand before `lead` (`Lĩnh vực du lịch:`, `Hoạt động du lịch:`), and
    /// after `Về` a comma ends the label as a colon does (`Về du lịch, …`).
    static func labelEnd(_ lead: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let cursor = labelStart(in: bytes)
        let (starts, afterVe) = framedStarts(in: bytes, from: cursor)
        for start in starts {
            guard let colon = markAfter(lead, at: start, in: bytes) else { continue }
            if bytes[colon] == UInt8(ascii: ":") || afterVe && bytes[colon] == UInt8(ascii: ",") { return colon + 1 }
        }
        return topicLabelEnd(lead, in: bytes, from: cursor)
    }

    /// Where a label that opens an item inside the sentence ends, past its colon: right after a `,` or `;`
    /// (`…, trong đó: lúa 1.620 ha`); the first such label, its item running to the sentence's end.
    static func itemLabelEnd(_ lead: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while let mark = UnsafeBufferPointer(rebasing: bytes[index...]).firstIndex(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }) {
            var start = index + mark + 1
            index = start
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            if let colon = markAfter(lead, at: start, in: bytes), bytes[colon] == UInt8(ascii: ":") { return colon + 1 }
        }
        return nil
    }

    /// Where the first byte after `lead` and the spaces after it stands, when `lead` stands at `start`; nil
    /// where it does not, or the text ends after it.
    static func markAfter(_ lead: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = start + lead.count
        guard end <= bytes.count, bytes[start..<end].elementsEqual(lead) else { return nil }
        var mark = end
        while mark < bytes.count, bytes[mark] == 0x20 { mark += 1 }
        return mark < bytes.count ? mark : nil
    }

    /// Where a field's name may start from `cursor`: there, past `về`, and past the words that frame a field
    /// after it (`lĩnh vực`, `hoạt động`, `ngành`, `công tác`), in that order; and whether `về` opened it.
    static func framedStarts(in bytes: UnsafeBufferPointer<UInt8>, from cursor: Int) -> (starts: [Int], afterVe: Bool) {
        var from = cursor, afterVe = false
        if let next = framingWord(ve, in: bytes, at: from) { from = next; afterVe = true }
        var starts = from == cursor ? [cursor] : [cursor, from]
        if let next = fieldWords.lazy.compactMap({ framingWord($0, in: bytes, at: from) }).first { starts.append(next) }
        return (starts, afterVe)
    }

    /// Where the words after `word` (whole, and a space) start, if `word` stands at `at`.
    static func framingWord(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Int? {
        let end = at + word.count
        guard end < bytes.count, bytes[at..<end].elementsEqual(word), bytes[end] == 0x20 else { return nil }
        return end + 1
    }

    /// `về`, folded, and the words that frame a field: `lĩnh vực`, `hoạt động`, `ngành`, `công tác`.
    private static let ve = Array("ve".utf8)
    private static let fieldWords = ["linh vuc", "hoat dong", "nganh", "cong tac"].map { Array($0.utf8) }

    /// Where a label a sentence may open with starts: past a list mark (`-`,
    /// `+`, and `a)`, `2.`, a one-letter or numbered mark), and past the
    /// number of the target a report of targets goes through (`Chỉ tiêu 9:`,
    /// `Chỉ tiêu số 2:`), which names no figure of its own.
    static func labelStart(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var cursor = 0
        while cursor < bytes.count, !isWordByte(bytes[cursor]) { cursor += 1 }
        var mark = cursor
        while mark < bytes.count, isWordByte(bytes[mark]), mark - cursor < 3 { mark += 1 }
        if mark < bytes.count, bytes[mark] == UInt8(ascii: ")") || bytes[mark] == UInt8(ascii: ".") {
            cursor = mark + 1
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        }
        return targetNumberEnd(in: bytes, at: cursor) ?? cursor
    }

    /// Where the words after `chỉ tiêu 9:` or `chỉ tiêu số 9:` start, if it stands at `at`.
    private static func targetNumberEnd(in bytes: UnsafeBufferPointer<UInt8>, at: Int) -> Int? {
        guard var cursor = framingWord(chiTieu, in: bytes, at: at) else { return nil }
        cursor = framingWord(so, in: bytes, at: cursor) ?? cursor
        let digits = cursor
        while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) { cursor += 1 }
        guard cursor > digits, cursor - digits <= 2 else { return nil }
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else { return nil }
        cursor += 1
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        return cursor
    }

    /// `chỉ tiêu` and `số`, folded.
    private static let chiTieu = Array("chi tieu".utf8), so = Array("so".utf8)

    /// Where a label of several topics that names `lead` among them ends,
    /// past its colon: `Thương mại, du lịch:`, `Văn hóa - thể thao và du
    /// lịch:`. A label has at most ``maxLabelWords`` words, joined by spaces, `,` and `-`.
    static func topicLabelEnd(_ lead: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let colon = labelColon(in: bytes, from: start) else { return nil }
        let label = UnsafeBufferPointer(rebasing: bytes[start..<colon])
        var found = false
        forEachWordStart(of: lead, in: label) { at in
            found = isTopicEdge(label, before: at) && isTopicEdge(label, after: at + lead.count)
            return !found
        }
        return found ? colon + 1 : nil
    }

    /// Where the colon of a label read from `start` stands: at most
    /// ``maxLabelWords`` words, joined by spaces, `,` and `-`; nil when
    /// anything else, or a word more, comes first. (SentenceLabel reads its topics.)
    static func labelColon(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var cursor = start, words = 0
        while cursor < bytes.count, words <= maxLabelWords {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ":") { return cursor }
            if isWordByte(byte) {
                while cursor < bytes.count, isWordByte(bytes[cursor]) { cursor += 1 }
                words += 1
                continue
            }
            // Only what joins topics stands in a label (a dash not in ASCII reads as a word).
            guard byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-") else { return nil }
            cursor += 1
        }
        return nil
    }

    /// Whether a topic of a label starts at `index`: the label's start, or
    /// after `,`, `-` or `và` (`Thương mại, du lịch`, not `Doanh thu du lịch`).
    static func isTopicEdge(_ label: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, label[cursor] == 0x20 { cursor -= 1 }
        guard cursor >= 0 else { return true }
        if label[cursor] == UInt8(ascii: ",") || label[cursor] == UInt8(ascii: "-") { return true }
        return cursor >= 1 && label[cursor - 1] == UInt8(ascii: "v") && label[cursor] == UInt8(ascii: "a")
            && (cursor == 1 || !isWordByte(label[cursor - 2]))
    }

    /// Whether a topic of a label ends at `index`: the label's end, or before `,`, `-` or `và`.
    static func isTopicEdge(_ label: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var cursor = index
        while cursor < label.count, label[cursor] == 0x20 { cursor += 1 }
        guard cursor < label.count else { return true }
        if label[cursor] == UInt8(ascii: ",") || label[cursor] == UInt8(ascii: "-") { return true }
        return cursor + 2 <= label.count && label[cursor] == UInt8(ascii: "v") && label[cursor + 1] == UInt8(ascii: "a")
            && (cursor + 2 == label.count || !isWordByte(label[cursor + 2]))
    }

    /// The most words a label of several topics has.
    static let maxLabelWords = 8
}
