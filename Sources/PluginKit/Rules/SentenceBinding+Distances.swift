import Facts
import Platform

/// How far a number stands from the words that name it, in words: the
/// measures `SentenceBinding.match()` ranks its candidates by.
extension SentenceBinding {
    /// A name right after the number, starting after its digits, with at most
    /// five words and no punctuation between the number's end and the name:
    /// how many words are between. The recognition's verbs are not counted —
    /// `được`, `đã`, `công nhận`, `giữ vững` and a `và` joining them: `95,6% hộ
    /// gia đình được công nhận và giữ vững danh hiệu gia đình văn hóa` names
    /// its rate. A name that opens on `;` opens the next item (`…, tăng 10,4%;
    /// dịch vụ …`): it names what follows it, never the number before. The
    /// number's share of its whole in brackets right after it is no gap
    /// (`14/16 xã (87,5%) được công nhận đạt chuẩn nông thôn mới`).
    func distanceAfter(_ name: Range<Int>, _ number: Number) -> Int? {
        guard name.lowerBound >= number.digitsEnd, folded.bytes[name.lowerBound] != UInt8(ascii: ";") else { return nil }
        guard name.lowerBound > number.end else { return 0 }
        let gap = pastShare(after: number.end, before: name.lowerBound)..<name.lowerBound
        guard let words = gapWords(gap) ?? gapPastListedParts(gap) else { return nil }
        var count = 0, index = 0
        while index < words.count {
            let word = words[index], next = index + 1 < words.count ? words[index + 1] : ""
            if word == "duoc" || word == "da" || word == "va" && Self.recognitionOpenings.contains(next) {
                index += 1
            } else if word == "cong" && next == "nhan" || word == "giu" && next == "vung" {
                index += 2
            } else {
                count += 1
                index += 1
            }
        }
        return count <= 5 ? count : nil
    }

    /// The words between a number and a name after it that lists two of the rule's parts or more
    /// (`28 trường mầm non, tiểu học và THCS đạt chuẩn`), without the parts' names, the commas and `và`;
    /// nil where it lists fewer or other marks stand in it. The number is then the parts' whole (``PartsSum``).
    private func gapPastListedParts(_ gap: Range<Int>) -> [String]? {
        guard rule.partNames.count >= 2, gap.lowerBound < gap.upperBound, gap.count <= Self.longestPartsList else { return nil }
        let (found, parts) = rule.partNames(in: folded, within: gap)
        guard parts >= 2 else { return nil }
        var covered = [Bool](repeating: false, count: gap.count)
        for range in found { for index in range { covered[index - gap.lowerBound] = true } }
        let bytes = folded.bytes
        let rest = gap.filter { !covered[$0 - gap.lowerBound] }.map { bytes[$0] == UInt8(ascii: ",") ? 0x20 : bytes[$0] }
        let words = rest.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }.filter { $0 != "va" }
        return words.contains { $0.utf8.contains { $0 < 0x80 && !PhrasePattern.isWordByte($0) } } ? nil : words
    }

    /// The most bytes a list of parts between a number and its name takes (`mầm non, tiểu học, trung học cơ sở và
    /// trung học phổ thông đạt`, folded): a longer gap is searched no further.
    private static let longestPartsList = 80

    /// The words that open a second verb of recognition after `và`: `và giữ vững`, `và được công nhận`.
    private static let recognitionOpenings: Set<String> = ["giu", "duoc", "cong", "da"]

    /// Whether a name stands right before the number, only spaces between, after
    /// a bracket, comma or `;` (`(khiếu nại 6 đơn, tố cáo 3 đơn)`): a list's label;
    /// or with a colon between, opening its item (`- Thôn văn hóa: 14/16 thôn`) or closing the sentence's
    /// opening phrase (`Số xã đạt chuẩn quốc gia về y tế: 19/21 xã`), a word or two of the label perhaps
    /// after the name (``labelWordsEnd(after:before:)``).
    /// So does the name of a sentence's opening phrase, its figure right after
    /// its verb of attainment (`Số thôn đạt chuẩn văn hóa ước đạt 12 thôn`, as
    /// a table's row of targets reads).
    func isLabel(_ name: Range<Int>, of number: Number) -> Bool {
        let bytes = folded.bytes
        guard name.upperBound <= number.start else { return false }
        var colons = 0
        for byte in bytes[labelWordsEnd(after: name, before: number.start)..<number.start] {
            if byte == UInt8(ascii: ":") { colons += 1 } else if byte != 0x20 { return opensOnName(name, attaining: number) }
        }
        var before = name.lowerBound - 1
        while before >= 0, bytes[before] == 0x20 { before -= 1 }
        // A label's last words as well as its first (`Số xã đạt chuẩn quốc gia về y tế: 19/21 xã`).
        if colons == 1 { return before < 0 || Self.itemMarks.contains(bytes[before]) || isOpeningPhrase(before: name) }
        return colons == 0 && before >= 0
            && (bytes[before] == UInt8(ascii: "(") || bytes[before] == UInt8(ascii: ",") || bytes[before] == UInt8(ascii: ";"))
    }

    /// The rate right before the bracket a count opens (`100% (24/24 xã)`), which the count restates:
    /// a percent, then only spaces and the bracket. Nil for any other number.
    func rateRestated(by number: Number, among all: [Number]) -> Number? {
        guard case .count = facts[number.index].unit.dimension,
              let rate = figure(before: number, across: UInt8(ascii: "("), among: all),
              facts[rate.index].unit.dimension == .percent else { return nil }
        return rate
    }

    /// The figure that ends right before `number`, only `mark` and spaces between: `46,3 ha` of `46,3
    /// ha/520 hộ` across `/`, `100%` of `100% (24/24 xã)` across `(`. Nil where none does.
    func figure(before number: Number, across mark: UInt8, among all: [Number]) -> Number? {
        let bytes = folded.bytes
        var index = number.start
        while index > 0, bytes[index - 1] == 0x20 { index -= 1 }
        guard index > 0, bytes[index - 1] == mark else { return nil }
        index -= 1
        while index > 0, bytes[index - 1] == 0x20 { index -= 1 }
        return all.last { $0.end == index }
    }

    /// Where a label's words after `name` end: at its colon, when one or two
    /// words alone stand between (`Số xã đạt Bộ tiêu chí quốc gia về y tế xã:
    /// 9/9 xã`, where the name ends at `y tế`); else right after the name.
    private func labelWordsEnd(after name: Range<Int>, before end: Int) -> Int {
        // Two words and their spaces are a few bytes: the colon is looked for there, not up to every number.
        let window = name.upperBound..<min(end, name.upperBound + 24)
        guard let colon = folded.bytes[window].firstIndex(of: UInt8(ascii: ":")),
              let words = gapWords(name.upperBound..<colon), (1...2).contains(words.count) else { return name.upperBound }
        return colon
    }

    /// Whether the name stands in the sentence's opening phrase (no figure or
    /// mark before it) and only a verb of attainment (`đạt`, `ước đạt`, `là`)
    /// between it and the number.
    private func opensOnName(_ name: Range<Int>, attaining number: Number) -> Bool {
        // `ước đạt` folded is seven bytes and a space: a longer gap is no such verb, and most are longer.
        guard number.start - name.upperBound <= 9, let words = gapWords(name.upperBound..<number.start),
              !words.isEmpty, words.count <= 2,
              words.allSatisfy({ Self.attaining.contains($0) }) else { return false }
        return isOpeningPhrase(before: name)
    }

    /// Whether only words stand before `name` in its sentence, past a list's mark, or in its clause after
    /// a `;` (`Tỷ lệ … 94,8%; trạm y tế đạt Bộ tiêu chí …: 9/9 xã`): no figure, no punctuation.
    private func isOpeningPhrase(before name: Range<Int>) -> Bool {
        let bytes = folded.bytes
        // Past a list's mark (`- `, `a) `), which opens the phrase.
        var start = min(name.lowerBound, bytes.withUnsafeBufferPointer { PhrasePattern.labelStart(in: $0) })
        if let semicolon = bytes[start..<name.lowerBound].lastIndex(of: UInt8(ascii: ";")) { start = semicolon + 1 }
        return !bytes[start..<name.lowerBound].contains { byte in
            byte < 0x80 && !PhrasePattern.isWordByte(byte) && byte != 0x20 || (0x30...0x39).contains(byte)
        }
    }

    /// A verb of attainment between a label and its figure: `ước đạt`, `đạt`, `là`.
    private static let attaining: Set<String> = ["uoc", "dat", "la"]

    /// What may stand before a label opening its item: a list's marks (`-`, `+`, `*`, `1)`, `a.`) or the
    /// punctuation that ends the item before.
    private static let itemMarks: [UInt8] = Array("-+*().,;".utf8)

    /// A verb right before the number, with only filler words between: how many. Before a share of plan, not
    /// a verb that closes a plan's words (`… đạt 135% dự toán xã giao và đạt 300% kế hoạch tỉnh giao`: that
    /// `giao` says who set the estimate; it handed no recruits over).
    func distanceFromVerb(_ verb: Range<Int>, _ number: Number) -> Int? {
        guard verb.upperBound <= number.start, let words = gapWords(verb.upperBound..<number.start),
              words.count <= 4, words.allSatisfy({ Self.fillers.contains($0) }) else { return nil }
        if facts[number.index].role.isPlanShare, closesPlan(verb) { return nil }
        return words.count
    }

    /// Whether a plan's words (`dự toán`, `kế hoạch`, `KH`, `chỉ tiêu`) open one of the four words right
    /// before `verb`, with nothing but spaces between: `dự toán HĐND xã giao`, `chỉ tiêu được giao`.
    private func closesPlan(_ verb: Range<Int>) -> Bool {
        let bytes = folded.bytes
        var end = verb.lowerBound
        for _ in 0..<4 {
            var start = end
            while start > bytes.startIndex, bytes[start - 1] == 0x20 { start -= 1 }
            let wordEnd = start
            while start > bytes.startIndex, PhrasePattern.isWordByte(bytes[start - 1]) { start -= 1 }
            guard start < wordEnd, start == bytes.startIndex || bytes[start - 1] == 0x20 else { return false }
            if self.end(ofOneOf: Self.closingPlanWords, at: start, before: verb.lowerBound) != nil { return true }
            end = start
        }
        return false
    }

    /// The plan's words and the estimate's (`dự toán`), folded.
    private static let closingPlanWords = planWords + [FoldedText(validUTF8: Array("du toan".utf8))]

    /// Whether the words at `outer` hold those at `inner`, as `cấp lần đầu` holds `cấp`.
    /// Compared byte by byte: the standard library's generic `firstRange(of:)` is
    /// far slower on these slices (docs/PERFORMANCE.md).
    func holds(_ outer: Range<Int>, _ inner: Range<Int>) -> Bool {
        let bytes = folded.bytes, count = inner.count
        guard count > 0, count <= outer.count else { return false }
        return (outer.lowerBound...(outer.upperBound - count)).contains { start in
            bytes[start..<(start + count)].elementsEqual(bytes[inner])
        }
    }

    /// The words in `range`, whatever stands between them.
    func wordCount(_ range: Range<Int>) -> Int {
        Self.wordCount(folded.bytes[range])
    }

    /// The words in `bytes`: runs of word bytes, counted, not split out.
    static func wordCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var count = 0, inWord = false
        for byte in bytes {
            let isWord = PhrasePattern.isWordByte(byte)
            if isWord && !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }

    /// Where the words after a number go on past a share in brackets right
    /// after it, a percent alone (`(87,5%)`); `start` itself when none stands there.
    private func pastShare(after start: Int, before end: Int) -> Int {
        let bytes = folded.bytes
        var open = start
        while open < end, bytes[open] == 0x20 { open += 1 }
        guard open < end, bytes[open] == UInt8(ascii: "(") else { return start }
        var close = open + 1, digits = false, percent = false
        while close < end, bytes[close] != UInt8(ascii: ")") {
            let byte = bytes[close]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits = true
            } else if byte == UInt8(ascii: "%") {
                percent = true
            } else if byte != UInt8(ascii: ",") && byte != UInt8(ascii: ".") && byte != 0x20 {
                return start
            }
            close += 1
        }
        return close < end && digits && percent ? close + 1 : start
    }

    /// The words of `range` when it holds no punctuation but spaces and
    /// quotes (`đạt danh hiệu "Gia đình văn hóa"`, as `“…”` are), nil if it does.
    func gapWords(_ range: Range<Int>) -> [String]? {
        guard range.lowerBound <= range.upperBound else { return nil }
        let bytes = folded.bytes[range]
        for byte in bytes where byte < 0x80 && !PhrasePattern.isWordByte(byte) && byte != 0x20
            && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'") { return nil }
        return bytes.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") })
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
