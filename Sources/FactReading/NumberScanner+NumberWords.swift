import FoundationEssentials
import Platform
import Facts

/// Numbers written in words, which no digit marks, so the digit-led scan
/// never stops at them:
/// - a multiple after `gấp`: `tăng gấp đôi so với cùng kỳ`, `gấp rưỡi năm
///   trước`, `gấp ba lần cùng kỳ`, read as `gấp 2 lần` would be, a count of
///   `lần` the qualifier reader turns into a share of the figure compared;
/// - none of a counted noun: `Trên địa bàn xã không còn hộ nghèo`, `không có
///   người chết`, read as `0 hộ`, `0 người`, and no one, `không ai tử vong`,
///   as `0 người` before its verb — only in a clause with no other
///   number or as an item of its own (`xảy ra 2 vụ, không có người chết,
///   bị thương 3 người`), since `12 hộ không có nhà ở` or `người không có việc làm` name
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

    /// Which numbers in words a paragraph's UTF-8 may hold: `gấp ` before a
    /// multiple, `không có ` or `không còn ` before a noun, `không ai `. Asked before the
    /// scalars are searched, so that paragraphs without them, most, cost two
    /// `memchr` scans. Each jumps to a byte few letters end on — the last of
    /// `ấ` (`E1 BA A5`), the last of `ô` (`C3 B4`) — where the first bytes
    /// open many of Vietnamese's letters, and looks around it.
    static func numberWordsIn(_ bytes: UnsafeBufferPointer<UInt8>) -> NumberWords {
        var found: NumberWords = []
        // `gấp `: `g` `E1 BA` before the `A5`.
        Self.apSpace.withUnsafeBufferPointer { pattern in
            ByteSearch.forEachStart(of: pattern, in: bytes, from: 3) { at in
                guard bytes[at - 1] == 0xBA, bytes[at - 2] == 0xE1, bytes[at - 3] | 0x20 == UInt8(ascii: "g") else { return true }
                found.insert(.multiple)
                return false
            }
        }
        // `không có ` (`C3 B3`, then a space), `không còn ` (`C3 B2`, then `n `) or `không ai `:
        // `kh` `C3` before the `B4`.
        Self.ongSpace.withUnsafeBufferPointer { pattern in
            ByteSearch.forEachStart(of: pattern, in: bytes, from: 3) { at in
                guard at + 7 < bytes.count, bytes[at - 1] == 0xC3, bytes[at - 2] == UInt8(ascii: "h"),
                      bytes[at - 3] | 0x20 == UInt8(ascii: "k")
                else { return true }
                let lead = bytes[at + 4] | 0x20, vowel = bytes[at + 5], next = bytes[at + 6], after = bytes[at + 7]
                let noneOf = lead == UInt8(ascii: "c") && vowel == 0xC3
                    && (next == 0xB3 && after == UInt8(ascii: " ") || next == 0xB2 && after == UInt8(ascii: "n"))
                let noOne = lead == UInt8(ascii: "a") && vowel == UInt8(ascii: "i") && next == UInt8(ascii: " ")
                guard noneOf || noOne else { return true }
                found.insert(.zero)
                return false
            }
        }
        return found
    }

    /// The bytes searched for, from the last byte of `ấ` and of `ô`: `ấp ` and `ông ` (the `c` after
    /// it, of either case, is looked at where found).
    private static let apSpace: [UInt8] = [0xA5, UInt8(ascii: "p"), UInt8(ascii: " ")]
    private static let ongSpace: [UInt8] = [0xB4, UInt8(ascii: "n"), UInt8(ascii: "g"), UInt8(ascii: " ")]

    /// The kinds of number in words a text may hold.
    struct NumberWords: OptionSet {
        let rawValue: UInt8
        /// A multiple after `gấp`.
        static let multiple = NumberWords(rawValue: 1)
        /// A zero: none of a noun, after `không có` or `không còn`.
        static let zero = NumberWords(rawValue: 2)
    }

    /// The numbers written in words, of the kinds `kinds`, in text order.
    func numberWords(_ kinds: NumberWords) -> [ScannedQuantity] {
        let multiples = kinds.contains(.multiple) ? spelledMultiples() : []
        let nones = kinds.contains(.zero) ? noneOfNouns() : []
        return multiples.isEmpty ? nones : nones.isEmpty ? multiples : (multiples + nones).sorted { $0.start < $1.start }
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
    /// a zero from `không` to the noun, in a clause with no digit but them,
    /// or opening an item of a list with none (`…, không có người chết, …`).
    private func noneOfNouns() -> [ScannedQuantity] {
        var found: [ScannedQuantity] = []
        var index = 0
        // The last clause scanned for digits, and whether it held none: each clause is
        // scanned once, however many zeros it lists (a clause of thousands stays linear).
        var clause: (range: Range<Int>, noDigit: Bool)?
        // `hông ` found once for every lead, either case of `k`; then `có `, `còn ` or `ai `.
        while let hit = TextFolding.firstIndex(of: Self.hong, in: scalars, from: max(index, 1)) {
            index = hit + Self.hong.count
            let start = hit - 1
            guard scalars[start] == "k" || scalars[start] == "K", start == 0 || !ScalarText.isWordChar(scalars[start - 1]),
                  let leadEnd = Self.noneLeadTails.lazy.compactMap({ tail in
                      ScalarText.equals(self.scalars, index..<(index + tail.count), tail) ? index + tail.count : nil
                  }).first,
                  case let noOne = ScalarText.equals(scalars, index..<leadEnd, Self.noOne),
                  let (unit, end) = noOne ? noOneBeforeVerb(at: leadEnd) : lexiconNoun(at: leadEnd),
                  !isSomeOf(after: end) else { continue }
            if clause.map({ !$0.range.contains(start) || end > $0.range.upperBound }) ?? true {
                let range = clauseRange(around: start..<end)
                clause = (range, !scalars[range].contains(where: ScalarText.isDigit))
            }
            // `xảy ra 2 vụ, không có người chết, bị thương 3 người`: a zero that opens an item of its own is one.
            guard clause?.noDigit == true || Self.itemNouns.contains(unit.dimension) && opensDigitFreeItem(at: start) else { continue }
            // `không có` is the number of `không có người`; `không` alone that of `không ai`.
            found.append(ScannedQuantity(start: start, numberEnd: noOne ? index - 1 : leadEnd, end: end, value: 0,
                                         upper: nil, denominator: nil, unit: unit, approximate: nil))
            index = end
        }
        return found
    }

    /// `không …`: what follows `hông ` in the words that say there is none of a noun (`có `, `còn `)
    /// or no one (`ai `).
    private static let hong = Array("hông ".unicodeScalars)
    private static let noOne = Array("ai ".unicodeScalars)
    private static let noneLeadTails = [Array("có ".unicodeScalars), Array("còn ".unicodeScalars), noOne]

    /// No one, `không ai`, before the verb that says what befell them (`không ai tử vong`,
    /// `không ai bị thương`): a count of people, ending after `ai`. Not before `khác`
    /// (`không ai khác`: none other).
    private func noOneBeforeVerb(at verbStart: Int) -> (QuantityUnit, Int)? {
        guard let verb = ScalarText.wordRangeAfter(scalars, verbStart - 1), verb.lowerBound == verbStart,
              !ScalarText.equals(scalars, verb, Self.other) else { return nil }
        return (Self.people, verbStart - 1)
    }

    private static let other = Array("khác".unicodeScalars)
    private static let people = UnitLexicon.countUnit("người")

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

    /// The nouns a zero may count as an item of a list: people and incidents, as a
    /// tally of accidents or fires lists them (`…, không có người chết, …`); an
    /// item of another noun says what a figure before lacks (`02 công trình …,
    /// không có giấy phép xây dựng`).
    private static let itemNouns = Set(["người", "vụ", "ca", "trường hợp"].map { Dimension.count(noun: $0) })

    /// Whether the words at `start` open an item of a list parted by commas
    /// (or a bracket) and its item holds no digit: `…, không có người chết, …`.
    /// (`12 hộ không có nhà ở` names who lacks something; its `không` opens no item.)
    private func opensDigitFreeItem(at start: Int) -> Bool {
        let before = ScalarText.skipSpacesBack(scalars, before: start)
        guard before >= 0, scalars[before] == "," || scalars[before] == "(" else { return false }
        var end = start
        while end < scalars.count, scalars[end] != ",", scalars[end] != ";", scalars[end] != ".", scalars[end] != ")",
              scalars[end] != ":", scalars[end] != "\n" {
            if ScalarText.isDigit(scalars[end]) { return false }
            end += 1
        }
        return true
    }

    /// The clause around `range`: to the nearest `;`, `.`, `:` or line break either side.
    private func clauseRange(around range: Range<Int>) -> Range<Int> {
        func isStop(_ scalar: Unicode.Scalar) -> Bool { scalar == ";" || scalar == "." || scalar == ":" || scalar == "\n" }
        var lower = range.lowerBound, upper = range.upperBound
        while lower > 0, !isStop(scalars[lower - 1]) { lower -= 1 }
        while upper < scalars.count, !isStop(scalars[upper]) { upper += 1 }
        return lower..<upper
    }
}
