import Platform

/// A name or verb of a rule, folded, as it is looked for in folded
/// sentences: whole words, in order, and where the name has `…`, up to
/// ``maxGap`` words (`và` aside) of anything but punctuation between its pieces. A name
/// with a colon (`du lịch: doanh thu`) stands only in a sentence led by its
/// first part as a label (`- Du lịch: đón 68.500 lượt khách, doanh thu …`),
/// after the label: the label says what the sentence's bare words are of.
struct PhrasePattern: Hashable, Sendable {
    /// The pieces between the gaps, each folded to UTF-8; a name's comma
    /// (`lượt khách, doanh thu`) opens a piece of its own.
    let pieces: [[UInt8]]
    /// Whether each piece follows the one before at once, a bracketed aside
    /// alone between (`lượt khách (tăng 15%), doanh thu`): it opens on the
    /// name's comma. The others follow a gap of words.
    let follows: [Bool]
    /// The label the sentence must open with, folded; nil for most names.
    let lead: [UInt8]?
    /// The words of the label and the pieces, as a word index keys them: found once, not at every look-up.
    let indexWords: [FoldedWord]

    /// The most words a `…` stands for.
    static let maxGap = 4

    /// `và`, folded: it bounds a number's phrase (SentenceBinding), an item of
    /// a list of targets missed (IndicatorResolver) and of names listed before
    /// `lần lượt` (RespectiveList).
    static let and = Array("va".utf8)

    init(_ text: String) {
        // Three dots are a gap too. Most names have neither, and `replacing` (of
        // _StringProcessing) costs more than the folding: only a name with dots pays it.
        // Looked for byte by byte, as a character's search and split cost more than all the rest.
        var gapped = text.utf8.contains(UInt8(ascii: ".")) ? text.replacing("...", with: "…") : text
        if let colon = gapped.utf8.firstIndex(of: UInt8(ascii: ":")) {
            lead = FoldedText(folding: String(gapped[..<colon]).trimmingWhitespace()).bytes
            gapped = String(gapped[gapped.index(after: colon)...])
        } else {
            lead = nil
        }
        var pieces: [[UInt8]] = [], follows: [Bool] = []
        for part in Self.gaps(of: gapped) {
            let folded = FoldedText(folding: String(part).trimmingWhitespace()).bytes
            guard !folded.isEmpty else { continue }
            var start = 0
            for index in folded.indices.dropFirst().dropLast() where folded[index] == UInt8(ascii: ",") && folded[index + 1] == 0x20 {
                pieces.append(Array(folded[start..<index]))
                follows.append(start > 0)
                start = index
            }
            pieces.append(Array(folded[start...]))
            follows.append(start > 0)
        }
        self.pieces = pieces
        self.follows = follows
        indexWords = ([lead ?? []] + pieces).flatMap { FoldedText(validUTF8: $0).words(includingDigits: true) }
    }

    /// The pattern of `text`, made once a process: the rules of the plugins
    /// share many of their words (an exclusion such as `kế hoạch` stands in
    /// dozens of rules), and an import compiles every rule. Keyed by the
    /// text's bytes, which hash without normalising it.
    static func of(_ text: String) -> PhrasePattern {
        made.value(for: TextKey(text)) { PhrasePattern(text) }
    }

    private static let made = Memo<TextKey, PhrasePattern>()

    var isEmpty: Bool { pieces.isEmpty }

    /// The parts of `text` between its gaps (`…`), some perhaps empty.
    private static func gaps(of text: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = text[...]
        while let gap = rest.utf8Range(of: "…") {
            parts.append(rest[..<gap.lowerBound])
            rest = rest[gap.upperBound...]
        }
        parts.append(rest)
        return parts
    }

    private init(pieces: [[UInt8]], follows: [Bool], lead: [UInt8]?, indexWords: [FoldedWord]) {
        self.pieces = pieces
        self.follows = follows
        self.lead = lead
        self.indexWords = indexWords
    }

    /// The pattern without its label, indexed by its pieces' words alone: the sentences of a section its label
    /// titles hold the pieces, not the label (``occurrences(in:sectionTitle:)``).
    var unlabelled: PhrasePattern {
        PhrasePattern(pieces: pieces, follows: follows, lead: nil, indexWords: pieces.flatMap { FoldedText(validUTF8: $0).words(includingDigits: true) })
    }

    /// Every place the pattern stands in `text`, as byte ranges from its first piece's start to its last's end.
    /// A name with a colon stands too in any sentence of a section titled by
    /// its label (`c) Du lịch` over `Doanh thu đạt 96 tỷ đồng`): `sectionTitle`
    /// is the sentence's section's title, folded, without its numbering.
    func occurrences(in text: FoldedText, sectionTitle: [UInt8]? = nil) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let titled = lead.map { lead in sectionTitle.map { Self.titleNames(lead, $0) } ?? false } ?? false
        text.bytes.withUnsafeBufferPointer { bytes in
            forEachOccurrence(in: bytes, labelled: titled) { found.append($0); return true }
        }
        return found
    }

    /// Whether a section's title (folded, without its numbering) is `lead`,
    /// maybe framed as a field (`Hoạt động du lịch`, `Về du lịch`). Not one
    /// topic among others: under `Nông nghiệp, thủy sản` a bare `sản lượng` is
    /// as likely the grain's as the fish's.
    static func titleNames(_ lead: [UInt8], _ title: [UInt8]) -> Bool {
        title.withUnsafeBufferPointer { bytes in
            var end = bytes.count
            while end > 0, !isWordByte(bytes[end - 1]) { end -= 1 }
            let whole = UnsafeBufferPointer(rebasing: bytes[..<end])
            let start = framedStarts(in: whole, from: 0).starts.last ?? 0
            return whole[start...].elementsEqual(lead)
        }
    }

    /// Whether the pattern stands anywhere in `text`: the first occurrence
    /// ends the search, and nothing is gathered.
    func isFound(in text: FoldedText) -> Bool {
        text.bytes.withUnsafeBufferPointer { isFound(in: $0) }
    }

    /// ``isFound(in:)`` in bytes of folded text, whose ends count as word
    /// boundaries (a phrase of a sentence, cut out without a copy): an
    /// occurrence `accept` takes (each, in order, until one is taken).
    func isFound(in bytes: UnsafeBufferPointer<UInt8>, where accept: (Range<Int>) -> Bool = { _ in true }) -> Bool {
        var found = false
        forEachOccurrence(in: bytes) { range in
            found = accept(range)
            return !found
        }
        return found
    }

    /// Whether the pattern ends `bytes` (spaces aside) where `accept` takes it: what a label's topic
    /// is about stands last (`sản xuất công nghiệp`), where `giảm nghèo` is
    /// no `giảm` of anything.
    func ends(_ bytes: UnsafeBufferPointer<UInt8>, where accept: (Range<Int>) -> Bool = { _ in true }) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var found = false
        forEachOccurrence(in: bytes) { range in
            found = range.upperBound == end && accept(range)
            return !found
        }
        return found
    }

    /// Whether the pattern is one run of words (no gap, comma or label), whose
    /// place in a sentence is all it spans: its marks can be compared there.
    var isSingleRun: Bool { pieces.count == 1 && lead == nil }

    /// Calls `body` with each place the pattern stands in `bytes`, in order, while it returns true.
    /// `labelled`: the sentence's section is titled by the pattern's label, which the sentence need not open with.
    private func forEachOccurrence(in bytes: UnsafeBufferPointer<UInt8>, labelled: Bool = false, _ body: (Range<Int>) -> Bool) {
        guard let first = pieces.first else { return }
        var after = 0
        if let lead, !labelled {
            guard let end = Self.labelEnd(lead, in: bytes) ?? Self.itemLabelEnd(lead, in: bytes) else { return }
            after = end
        }
        Self.forEachWordStart(of: first, in: bytes) { start in
            guard start >= after else { return true }
            var end = start + first.count
            for index in pieces.indices.dropFirst() {
                let next = follows[index] ? Self.following(pieces[index], after: end, in: bytes)
                    : Self.piece(pieces[index], after: end, in: bytes)
                guard let next else { return true }
                end = next
            }
            return body(start..<end)
        }
    }

    /// Where `piece` starts as whole words after `from`, past at most ``maxGap`` words (`và` aside) and no
    /// punctuation; its end.
    private static func piece(_ piece: [UInt8], after from: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var cursor = from, words = 0
        while cursor < bytes.count, words <= maxGap {
            while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            if cursor + piece.count <= bytes.count, bytes[cursor..<(cursor + piece.count)].elementsEqual(piece),
               cursor + piece.count == bytes.count || !isWordByte(bytes[cursor + piece.count]) {
                return cursor + piece.count
            }
            guard cursor < bytes.count, isWordByte(bytes[cursor]) else { return nil }
            let word = cursor
            while cursor < bytes.count, isWordByte(bytes[cursor]) { cursor += 1 }
            // `và` joining two verbs counts for none: `được tiếp nhận và giải quyết trực tuyến`.
            if !bytes[word..<cursor].elementsEqual(and) { words += 1 }
        }
        return nil
    }

    /// The end of `piece`, a name's comma and what follows it, standing right
    /// at `from` or after one bracketed aside (`(tăng 15% so CK)`) or one
    /// clause of change (`, tăng 6% so với cùng kỳ`); nil if it does not.
    private static func following(_ piece: [UInt8], after from: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var cursor = from
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        if let comma = changeClauseEnd(at: cursor, in: bytes) {
            cursor = comma
        } else if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "(") {
            var close = cursor + 1
            while close < bytes.count, close - cursor < asideReach, bytes[close] != UInt8(ascii: ")") {
                if bytes[close] == UInt8(ascii: "(") { return nil }
                close += 1
            }
            guard close < bytes.count, bytes[close] == UInt8(ascii: ")") else { return nil }
            cursor = close + 1
        }
        let end = cursor + piece.count
        guard end <= bytes.count, bytes[cursor..<end].elementsEqual(piece), end == bytes.count || !isWordByte(bytes[end]) else { return nil }
        return end
    }

    /// The longest bracketed aside skipped between a name's parts, in bytes.
    private static let asideReach = 96

    /// Where the comma closing a clause of change that opens at `start` stands: `, tăng 6% so
    /// với cùng kỳ,` (or `giảm`), a number right after its verb, no `;` or bracket in it, within
    /// ``asideReach`` bytes; nil if no such clause opens there. (A decimal comma has no space after it.)
    private static func changeClauseEnd(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: ",") else { return nil }
        var cursor = start + 1
        while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
        guard cursor + 6 < bytes.count, changeVerbs.contains(where: { bytes[cursor..<(cursor + 4)].elementsEqual($0) }),
              bytes[cursor + 4] == 0x20, (0x30...0x39).contains(bytes[cursor + 5]) else { return nil }
        cursor += 5
        while cursor + 1 < bytes.count, cursor - start < asideReach {
            switch bytes[cursor] {
            case UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"): return nil
            case UInt8(ascii: ",") where bytes[cursor + 1] == 0x20: return cursor
            default: cursor += 1
            }
        }
        return nil
    }

    /// `tăng` and `giảm`, folded.
    private static let changeVerbs = [Array("tang".utf8), Array("giam".utf8)]

    /// Where `piece` stands as whole words in `bytes`.
    static func wordOccurrences(of piece: [UInt8], in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { text in
            forEachWordStart(of: piece, in: text) { found.append($0); return true }
        }
        return found
    }

    /// The first start of `piece` as whole words in `bytes`, nil if none: the search stops there.
    static func firstWordOccurrence(of piece: [UInt8], in bytes: [UInt8]) -> Int? {
        var found: Int?
        bytes.withUnsafeBufferPointer { text in
            forEachWordStart(of: piece, in: text) { found = $0; return false }
        }
        return found
    }

    /// Calls `body` with each start of `piece` as whole words in `text`, in order, while it returns true.
    static func forEachWordStart(of piece: [UInt8], in text: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Bool) {
        guard let first = piece.first, piece.count <= text.count else { return }
        // Whole words: a piece that starts (or ends) with a letter does not run on from (or into) one.
        let checksBefore = isWordByte(first), checksAfter = isWordByte(piece[piece.count - 1])
        piece.withUnsafeBufferPointer { pattern in
            ByteSearch.forEachStart(of: pattern, in: text, from: 0) { index in
                let end = index + pattern.count
                if (!checksBefore || index == 0 || !isWordByte(text[index - 1]))
                    && (!checksAfter || end == text.count || !isWordByte(text[end])) {
                    return body(index)
                }
                return true
            }
        }
    }

    /// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII scalar.
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20) &- 97 < 26 || (byte &- 48) < 10
    }
}
