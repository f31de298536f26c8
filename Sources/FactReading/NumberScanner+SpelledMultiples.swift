import FoundationEssentials
import Platform
import Facts

/// A multiple written in words after `gấp`: `tăng gấp đôi so với cùng kỳ`,
/// `gấp rưỡi năm trước`, `gấp ba lần cùng kỳ`. No digit marks it, so the
/// digit-led scan never stops there; it is read as the multiple in digits
/// would be (`gấp 2 lần`), a count of `lần` the qualifier reader turns into a
/// share of the figure compared.
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

    /// Whether a paragraph's UTF-8 may hold `gấp `: asked before the scalars
    /// are searched, so that paragraphs without it, nearly all, cost a
    /// `memchr`. The search jumps to the last byte of `ấ` (`E1 BA A5`) with
    /// `p ` after it — few letters end on `A5`, where `E1` opens most of
    /// Vietnamese's — and looks back from there.
    static func mayHoldSpelledMultiple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        Self.apSpaceTail.withUnsafeBufferPointer { pattern in
            ByteSearch.forEachStart(of: pattern, in: bytes, from: 3) { at in
                found = bytes[at - 3] | 0x20 == UInt8(ascii: "g") && bytes[at - 2] == 0xE1 && bytes[at - 1] == 0xBA
                return !found
            }
        }
        return found
    }

    /// `ấp ` in UTF-8 past the first two bytes of `ấ`.
    private static let apSpaceTail: [UInt8] = [0xA5, UInt8(ascii: "p"), UInt8(ascii: " ")]

    /// The multiples spelled after `gấp`, in text order.
    func spelledMultiples() -> [ScannedQuantity] {
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
}
