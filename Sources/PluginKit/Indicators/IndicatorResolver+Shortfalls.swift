import Platform
import Facts

/// Verdicts given apart from a value: a sentence that lists the targets
/// missed (`02 chỉ tiêu không đạt là …`), or an item of a list of targets
/// that closes on its verdict, whose indicator's value the report gives
/// elsewhere. What makes an indicator's status `missed` with no word of it
/// beside its value.
extension IndicatorResolver {
    /// Words that say a target was missed.
    static let shortfallWords = ["không đạt", "chưa đạt", "chưa hoàn thành", "không hoàn thành"]
    static let foldedShortfallWords = shortfallWords.map { FoldedText(folding: $0).bytes }

    /// A sentence that says some targets fell short, folded, and where its
    /// first shortfall word stands: found once, then searched for each indicator's name.
    struct Verdict {
        let sentence: String
        let folded: [UInt8]
        let shortfallAt: Int
        /// Whether the sentence closes on its verdict (`Tỷ lệ hộ nghèo giảm: 1,2% (KH: giảm 1,5%) - Không
        /// đạt.`): an item of a table of targets, whose verdict is on the item its head names.
        let closesOnVerdict: Bool
        /// The sentence's words, their bits in order: a name whose first word is not among them is not
        /// searched for. Searched by halves, where a set hashed each word asked of it.
        let words: [UInt64]

        /// Whether `word` is one of the sentence's words.
        func holds(_ word: FoldedWord) -> Bool {
            words.sortedContains(word.bits)
        }
    }

    /// The sentences among `sentences` that say some targets fell short: a shortfall word and a word for
    /// targets, or a shortfall word closing the sentence.
    static func verdicts(in sentences: [String]) -> [Verdict] {
        sentences.compactMap { sentence -> Verdict? in
            let folded = FoldedText(folding: sentence).bytes
            guard let at = foldedShortfallWords.compactMap({ PhrasePattern.wordOccurrences(of: $0, in: folded).first }).min()
            else { return nil }
            let closes = closesOnShortfall(folded)
            guard closes || targetWords.contains(where: { !PhrasePattern.wordOccurrences(of: $0, in: folded).isEmpty })
            else { return nil }
            return Verdict(sentence: sentence, folded: folded, shortfallAt: at, closesOnVerdict: closes,
                           words: Array(Set(FoldedText(validUTF8: folded).words(includingDigits: true).map(\.bits))).sorted())
        }
    }

    /// Whether a shortfall word ends the sentence, with only punctuation after it (`… - Không đạt.`, `(chưa đạt)`).
    static func closesOnShortfall(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0, !PhrasePattern.isWordByte(bytes[end - 1]) { end -= 1 }
        return foldedShortfallWords.contains { word in
            end >= word.count && bytes[(end - word.count)..<end].elementsEqual(word)
                && (end == word.count || !PhrasePattern.isWordByte(bytes[end - word.count - 1]))
        }
    }

    /// Whether a sentence that closes on its verdict names the indicator at its head, the name's first
    /// occurrence standing at `named` for `length` bytes: after no word but a list's number or mark (`5. Tỷ lệ
    /// hộ nghèo …`), and no second item after it (a `;`, or a comma before a space outside brackets) — the
    /// verdict is on that one item.
    static func headsItem(_ named: Int, length: Int, in bytes: [UInt8]) -> Bool {
        guard !bytes[..<named].contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") || $0 >= 0x80 })
        else { return false }
        var depth = 0, index = named + length
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth = max(depth - 1, 0)
            case UInt8(ascii: ";") where depth == 0: return false
            case UInt8(ascii: ",") where depth == 0 && index + 1 < bytes.count && bytes[index + 1] == 0x20: return false
            default: break
            }
            index += 1
        }
        return true
    }

    /// Another sentence that names the indicator among the targets it says
    /// fell short (`02 chỉ tiêu không đạt là tiêu chí về tai nạn giao thông`):
    /// a shortfall word, a word for targets, and the indicator's name after
    /// them with no figure between (but in brackets), or right before a shortfall word of its
    /// own. The value's own sentence is left out, its verdicts read number by
    /// number, but for a list a colon opens.
    /// `own` gives the value's sentence, read only if a verdict names the indicator; `phrases`, the
    /// indicator's shortfall phrases folded (``Indicator/folded(shortfallPhrase:)``), asked for only where there are verdicts;
    /// `rule`, its rule compiled.
    static func shortfall(of indicator: Indicator, rule: CompiledRule, phrases: () -> [(bytes: [UInt8], first: FoldedWord?)],
                          besides own: () -> String?, in verdicts: [Verdict]) -> String? {
        guard !verdicts.isEmpty else { return nil }
        lazy var ownSentence = own()
        for (name, first) in phrases() {
            for verdict in verdicts where first.map(verdict.holds) ?? true {
                let bytes = verdict.folded
                let occurrences = PhrasePattern.wordOccurrences(of: name, in: bytes)
                let listed = occurrences.first(where: { $0 > verdict.shortfallAt }).flatMap { named in
                    endsList(bytes[verdict.shortfallAt..<named]) ? nil : named
                }
                // `…; tốc độ tăng giá trị sản xuất tuy chưa đạt nhưng …`: the name with its own shortfall word after it;
                // `5. Tỷ lệ hộ nghèo giảm: 1,2% (KH: giảm 1,5%) - Không đạt.`: the name heading an item that closes on it.
                guard let named = listed ?? occurrences.first(where: { fallsShort(after: $0 + name.count, in: bytes) })
                        ?? occurrences.first.flatMap({ verdict.closesOnVerdict && headsItem($0, length: name.count, in: bytes) ? $0 : nil }),
                      !isExcluded(named, in: bytes, by: rule.exclude),
                      // `…, tỷ lệ trường đạt chuẩn quốc gia`: an item opening on `tỷ lệ` names a rate, no count's.
                      !(indicator.actual.unit.isCount && itemNamesRate(before: named, in: bytes))
                else { continue }
                // The value's own sentence names it so only as an item of the list a colon, `là` or `gồm` opens after the
                // shortfall word (`Các chỉ tiêu không đạt: …; số xã đạt chuẩn nông thôn mới (đạt 48/94 xã, KH 52 xã); …`,
                // `2 chỉ tiêu chưa đạt là tỷ lệ đô thị hóa (đạt 61%, kế hoạch 63%) và …`).
                if verdict.sentence != ownSentence
                    || listed == named && opensList(bytes[verdict.shortfallAt..<named]) { return verdict.sentence }
            }
        }
        return nil
    }

    /// Whether the words between a shortfall word and a name end the list the word opens: a figure outside
    /// brackets (an item of a list of targets missed may give its figures in brackets, `tỷ lệ đô thị hóa
    /// (đạt 22,6%, KH 23%)`, and the items after it are listed still), or a `;` outside brackets with no
    /// colon before it (`chưa hoàn thành chỉ tiêu giảm nghèo; giải quyết việc làm …`), which a list a colon
    /// opens goes on past (`Các chỉ tiêu không đạt: …; …`).
    static func endsList(_ bytes: ArraySlice<UInt8>) -> Bool {
        var depth = 0, colon = false
        for byte in bytes {
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(depth - 1, 0) }
            else if depth == 0 {
                if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return true }
                if byte == UInt8(ascii: ":") { colon = true } else if byte == UInt8(ascii: ";"), !colon { return true }
            }
        }
        return false
    }

    /// Whether the words between a shortfall word and a name open a list of the targets missed: a colon, or
    /// the word `là` or `gồm`, outside brackets.
    static func opensList(_ bytes: ArraySlice<UInt8>) -> Bool {
        var depth = 0, index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(depth - 1, 0) }
            else if depth == 0 {
                if byte == UInt8(ascii: ":") { return true }
                if PhrasePattern.isWordByte(byte), index == bytes.startIndex || !PhrasePattern.isWordByte(bytes[index - 1]) {
                    var end = index
                    while end < bytes.endIndex, PhrasePattern.isWordByte(bytes[end]) { end += 1 }
                    if listOpeners.contains(where: { bytes[index..<end].elementsEqual($0) }) { return true }
                    index = end
                    continue
                }
            }
            index += 1
        }
        return false
    }

    /// The words that open a list of the targets missed, folded: `là`, `gồm`.
    static let listOpeners = ["la", "gom"].map { Array($0.utf8) }

    /// Whether the item of a list holding the name at `named` opens on `tỷ lệ`: the words back to the
    /// `,` `;` `:` or bracket before it, or to `và`.
    static func itemNamesRate(before named: Int, in bytes: [UInt8]) -> Bool {
        var start = named
        while start > 0, !",;:(".utf8.contains(bytes[start - 1]) {
            if start >= 4, bytes[(start - 4)..<start].elementsEqual(" va ".utf8) { break }
            start -= 1
        }
        while start < named, bytes[start] == 0x20 { start += 1 }
        return bytes[start..<named].starts(with: rate)
    }

    static let rate = FoldedText(folding: "tỷ lệ ").bytes

    /// Whether a shortfall word follows `end` in `bytes`, past at most two of
    /// the words that may stand between (`tuy`, `vẫn`, `còn`, `đều`).
    static func fallsShort(after end: Int, in bytes: [UInt8]) -> Bool {
        var cursor = end
        for _ in 0...2 {
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            if foldedShortfallWords.contains(where: { word in
                cursor + word.count <= bytes.count && bytes[cursor..<(cursor + word.count)].elementsEqual(word)
                    && (cursor + word.count == bytes.count || !PhrasePattern.isWordByte(bytes[cursor + word.count]))
            }) { return true }
            var wordEnd = cursor
            while wordEnd < bytes.count, PhrasePattern.isWordByte(bytes[wordEnd]) { wordEnd += 1 }
            guard fillersBeforeShortfall.contains(where: { bytes[cursor..<wordEnd].elementsEqual($0) }) else { return false }
            cursor = wordEnd
        }
        return false
    }

    static let fillersBeforeShortfall = ["tuy", "van", "con", "deu"].map { Array($0.utf8) }

    /// Whether one of the rule's exclusion words stands in the list item that
    /// names the indicator at `start`, from the punctuation or `và` before it
    /// to the next punctuation or `và`: in `02 chỉ tiêu chưa đạt (… và tỷ lệ trẻ em suy
    /// dinh dưỡng thể thấp còi)`, the stunting rate is named, not malnutrition by
    /// weight; in `thu ngân sách, tỷ lệ hộ nghèo và …` the rate, not the households;
    /// in `tốc độ tăng giá trị sản xuất và tỷ lệ dân số tham gia BHYT` the growth, whatever the next item names.
    static func isExcluded(_ start: Int, in bytes: [UInt8], by exclude: [PhrasePattern]) -> Bool {
        guard !exclude.isEmpty else { return false }
        let and = PhrasePattern.and
        let end = min(bytes[start...].firstIndex(where: { ",;:()".utf8.contains($0) }) ?? bytes.count,
                      PhrasePattern.wordOccurrences(of: and, in: bytes).first { $0 > start } ?? bytes.count)
        let punctuation = bytes[..<start].lastIndex(where: { ",;:()".utf8.contains($0) }).map { $0 + 1 } ?? 0
        let afterAnd = PhrasePattern.wordOccurrences(of: and, in: bytes).last { $0 < start }.map { $0 + and.count } ?? 0
        let itemStart = max(punctuation, afterAnd)
        // The item in place, searched with the rule's own folded patterns, as a number's phrase is.
        return bytes.withUnsafeBufferPointer { sentence in
            let item = UnsafeBufferPointer(rebasing: sentence[itemStart..<end])
            return exclude.contains { $0.isFound(in: item) }
        }
    }

    /// Words for what a verdict is about: `chỉ tiêu`, `mục tiêu`.
    static let targetWords = [Array("chi tieu".utf8), Array("muc tieu".utf8)]
}
