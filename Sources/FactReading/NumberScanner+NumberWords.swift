import FoundationEssentials
import Platform
import Facts

/// Numbers written in words, which no digit marks, so the digit-led scan
/// never stops at them:
/// - a multiple after `gấp`: `tăng gấp đôi so với cùng kỳ`, `gấp rưỡi năm
///   trước`, `gấp ba lần cùng kỳ`, read as `gấp 2 lần` would be, a count of
///   `lần` the qualifier reader turns into a share of the figure compared;
/// - none of a counted noun: `Trên địa bàn xã không còn hộ nghèo`, `không có
///   người chết`, read as `0 hộ`, `0 người` — only in a clause with no other
///   number, since `12 hộ không có nhà ở` or `người không có việc làm` name
///   who lacks something, not that there is none, and not before `nào`
///   (`không có vụ việc nào chậm hẹn`: none of them late).
extension NumberScanner {
    /// The multiples a word names after `gấp`, with `lần` after it or not
    /// (`tăng gấp ba`, `gấp ba lần`); `năm` only before `lần`, being also the
    /// year (`gấp năm lần`, never `gấp năm 2024`).
    private static let multipleWords: [(word: [Unicode.Scalar], value: Decimal, needsTimes: Bool)] = [
        (Array("đôi".unicodeScalars), 2, false), (Array("rưỡi".unicodeScalars), Decimal(sign: .plus, exponent: -1, significand: 15), false),
        (Array("hai".unicodeScalars), 2, false), (Array("ba".unicodeScalars), 3, false),
        (Array("bốn".unicodeScalars), 4, false), (Array("năm".unicodeScalars), 5, true),
        (Array("mười".unicodeScalars), 10, false),
    ]
    private static let gap = Array("gấp".unicodeScalars), lan = Array("lần".unicodeScalars)
    /// The words before a noun that say there is none of it, also opening a sentence.
    private static let noneLeads = ["không còn ", "không có ", "Không còn ", "Không có "].map { Array($0.unicodeScalars) }

    /// Whether a paragraph's UTF-8 may hold a number in words: `gấp ` or
    /// `không c`. Asked before the scalars are searched, so that paragraphs
    /// without either, most, cost two `memchr` scans. Each search jumps to a
    /// byte few letters end on — the last of `ấ` (`E1 BA A5`) with `p ` after
    /// it, the last of `ô` (`C3 B4`) with `ng c` — where the first bytes open
    /// many of Vietnamese's letters, and looks back from there.
    static func mayHoldNumberWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        follows(Self.apSpaceTail, [UInt8(ascii: "g"), 0xE1, 0xBA], in: bytes)
            || follows(Self.ongCTail, [UInt8(ascii: "k"), UInt8(ascii: "h"), 0xC3], in: bytes)
    }

    /// Whether `tail` occurs in `bytes` right after `head` (the head's letters in either case).
    private static func follows(_ tail: [UInt8], _ head: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        tail.withUnsafeBufferPointer { pattern in
            ByteSearch.forEachStart(of: pattern, in: bytes, from: head.count) { at in
                found = head.indices.allSatisfy { offset in
                    let byte = bytes[at - head.count + offset], expected = head[offset]
                    return expected < 0x80 ? byte | 0x20 == expected : byte == expected
                }
                return !found
            }
        }
        return found
    }

    /// `ấp ` in UTF-8 past the first two bytes of `ấ`; `ông c` past the first byte of `ô`.
    private static let apSpaceTail: [UInt8] = [0xA5, UInt8(ascii: "p"), UInt8(ascii: " ")]
    private static let ongCTail: [UInt8] = [0xB4] + Array("ng c".utf8)

    /// The numbers written in words, in text order.
    func numberWords() -> [ScannedQuantity] {
        (spelledMultiples() + noneOfNouns()).sorted { $0.start < $1.start }
    }

    /// The multiples spelled after `gấp`, in text order.
    private func spelledMultiples() -> [ScannedQuantity] {
        var found: [ScannedQuantity] = []
        var index = 0
        while let hit = TextFolding.firstIndex(of: Self.gap, in: scalars, from: index) {
            index = hit + Self.gap.count
            guard hit == 0 || !ScalarText.isWordChar(scalars[hit - 1]),
                  let word = ScalarText.wordRangeAfter(scalars, index), word.lowerBound == index + 1,
                  let multiple = Self.multipleWords.first(where: { ScalarText.equals(scalars, word, $0.word) }) else { continue }
            var end = word.upperBound
            if let times = ScalarText.wordRangeAfter(scalars, end), times.lowerBound == end + 1,
               ScalarText.equals(scalars, times, Self.lan) {
                end = times.upperBound
            } else if multiple.needsTimes {
                continue
            }
            guard end == scalars.count || !ScalarText.isWordChar(scalars[end]) else { continue }
            found.append(ScannedQuantity(start: word.lowerBound, numberEnd: word.upperBound, end: end, value: multiple.value,
                                         upper: nil, denominator: nil, unit: UnitLexicon.countUnit("lần"), approximate: nil))
            index = end
        }
        return found
    }

    /// The nouns of the lexicon said to be none (`không còn hộ nghèo`), each
    /// a zero from `không` to the noun, in a clause with no digit but them.
    private func noneOfNouns() -> [ScannedQuantity] {
        var found: [ScannedQuantity] = []
        for lead in Self.noneLeads {
            var index = 0
            while let hit = TextFolding.firstIndex(of: lead, in: scalars, from: index) {
                index = hit + lead.count
                guard hit == 0 || !ScalarText.isWordChar(scalars[hit - 1]),
                      let (unit, end) = lexiconNoun(at: index), !isSomeOf(after: end),
                      clauseHasNoDigit(around: hit..<end) else { continue }
                found.append(ScannedQuantity(start: hit, numberEnd: index, end: end, value: 0,
                                             upper: nil, denominator: nil, unit: unit, approximate: nil))
                index = end
            }
        }
        return found
    }

    /// Whether `nào` follows a noun said to be none: `không có vụ việc nào
    /// chậm hẹn` says none was late, not that there were no cases.
    private func isSomeOf(after end: Int) -> Bool {
        ScalarText.wordRangeAfter(scalars, end).map { ScalarText.equals(scalars, $0, Self.nao) } ?? false
    }

    private static let nao = Array("nào".unicodeScalars)

    /// The counted noun of the lexicon written at `index`, and where it ends.
    private func lexiconNoun(at index: Int) -> (QuantityUnit, Int)? {
        scalars.withUnsafeBufferPointer { text in
            guard let found = UnitLexicon.forms.match(in: text, at: index) else { return nil }
            let unit = UnitLexicon.units[found.form]
            guard case .count = unit.dimension else { return nil }
            return (unit, found.end)
        }
    }

    /// Whether the clause around `range` (to the nearest `;`, `.`, `:` or
    /// line break either side) holds no digit.
    private func clauseHasNoDigit(around range: Range<Int>) -> Bool {
        func isStop(_ scalar: Unicode.Scalar) -> Bool { scalar == ";" || scalar == "." || scalar == ":" || scalar == "\n" }
        var cursor = range.lowerBound - 1
        while cursor >= 0, !isStop(scalars[cursor]) {
            if ScalarText.isDigit(scalars[cursor]) { return false }
            cursor -= 1
        }
        cursor = range.upperBound
        while cursor < scalars.count, !isStop(scalars[cursor]) {
            if ScalarText.isDigit(scalars[cursor]) { return false }
            cursor += 1
        }
        return true
    }
}
