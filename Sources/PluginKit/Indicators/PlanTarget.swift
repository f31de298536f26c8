import FoundationEssentials
import Platform
import Facts

/// What a target of the plan asks for.
public enum TargetKind: String, Hashable, Sendable {
    /// A level to reach: `Tỷ lệ đô thị hóa đạt 74,5%`.
    case level
    /// A level between two bounds: `tăng trưởng 10-11%`.
    case range
    /// A change on the year reported: `xuất khẩu tăng 2,5%`, `Giảm … 5%`, `giảm 0,8 điểm phần trăm`.
    case change
    /// To keep what was reached: `Duy trì 26 trường đạt chuẩn quốc gia`.
    case maintain
}

/// How a change target measures its change.
public enum ChangeScale: String, Hashable, Sendable {
    /// A percentage of the base: `doanh thu tăng 10%`.
    case relative
    /// Percentage points of a rate: `tỷ lệ hộ nghèo giảm 0,8 điểm %`, `Giảm 0,02% tỷ lệ hộ nghèo`.
    case points
    /// An amount in the value's own unit: `tăng thêm 2 trường`.
    case absolute
}

/// A target of the plan read for its kind: the fact as written, whether it
/// sets a level, a range, a change or a level to keep, and the level it
/// implies from the year reported on (the base) when that is known.
public struct PlanTarget: Sendable {
    /// The target as the report writes it.
    public let fact: Fact
    public let kind: TargetKind
    /// For a change: +1 for `tăng`, −1 for `giảm`.
    public let direction: Int
    /// For a change: how it is measured.
    public let scale: ChangeScale?

    /// Reads `target` for its kind; `base` is the indicator's value for the year reported on;
    /// `folded`, the target's sentence folded, if it is at hand. `valueIsChange`: the
    /// indicator's value is itself a rate of change (growth), so that `Giá trị sản
    /// xuất tăng 8,5%` asks for a growth of 8,5%, a level, not 8,5 points more of it.
    /// `addsToCount`: the value is a count to date, so that `có thêm 2 xã` asks
    /// for two more than the year reported on.
    public init(_ target: Fact, base: Fact?, folded: FoldedText? = nil, valueIsChange: Bool = false, addsToCount: Bool = false) {
        fact = target
        let marked = Self.wordsBefore(target, folded: folded, commas: true)
        let comma = Vocabulary.shared.comma
        let words = marked.contains(comma) ? marked.filter { $0 != comma } : marked
        let isRate = base.map { $0.unit.dimension == .percent } ?? false
        if let change = Self.changeWord(in: words, lastClause: Self.lastClauseStart(marked))
            ?? (addsToCount && Self.adds(words) ? 1 : nil),
           !(valueIsChange && target.unit.dimension == .percent),
           !Self.fallsBelowZero(target, direction: change, base: isRate ? base : nil) {
            kind = .change
            direction = change
            if target.unit.isPoints || (target.unit.dimension == .percent && isRate) {
                scale = .points
            } else if target.unit.dimension == .percent {
                scale = .relative
            } else {
                scale = .absolute
            }
        } else {
            kind = Self.keeps(words) ? .maintain : (target.upper != nil ? .range : .level)
            direction = 0
            scale = nil
        }
    }

    /// Whether a fall in a rate's points would take the rate `base` below
    /// zero: no plan asks that, and the figure is a level the fall's verb
    /// reaches past a comma (`giảm tỷ lệ hộ nghèo 1,5%, tỷ lệ che phủ rừng
    /// 88,5%` with the cover at 87,9%).
    private static func fallsBelowZero(_ target: Fact, direction: Int, base: Fact?) -> Bool {
        guard direction < 0, let base, target.unit.dimension == .percent || target.unit.isPoints else { return false }
        return target.value.magnitude > base.value
    }

    /// The change as a signed measure (`−5%`, `+2,5%`, `−0,02 điểm %`), for a change target.
    public var change: Quantity? {
        guard kind == .change, let scale else { return nil }
        // The direction is the verb's; a fact read as a fall already holds a negative value.
        let amount = Decimal(direction) * fact.value.magnitude
        return scale == .points ? Quantity(amount, QuantityUnit.points) : Quantity(amount, fact.unit)
    }

    /// The target as the plan states it, with its direction: the fact itself,
    /// or for a change the fact restated as the signed change.
    public var stated: Fact {
        guard let change else { return fact }
        return fact.restated(change, upper: fact.upper.map { Decimal(direction) * $0 }, role: .comparison(.changeOnPrevious))
    }

    /// The level the target implies: the stated level, or the base moved by the change.
    public func level(base: Fact?) -> Quantity? {
        switch kind {
        case .level, .range, .maintain:
            return fact.quantity
        case .change:
            guard let base, let scale else { return nil }
            let amount = Decimal(direction) * fact.value.magnitude
            switch scale {
            case .relative: return Quantity(base.value * (100 + amount) / 100, base.unit)
            case .points: return base.unit.dimension == .percent ? Quantity(base.value + amount, base.unit) : nil
            case .absolute:
                guard let converted = Quantity(amount, fact.unit).converted(to: base.unit) else { return nil }
                return Quantity(base.value + converted.value, base.unit)
            }
        }
    }

    // MARK: - Reading

    /// The words of the target's clause before its number, folded, with a
    /// `:` where a colon stands (a label's end, after which a clause opens
    /// again). `folded`: the sentence already folded (the store keeps it for a
    /// report it read); without it, only the clause is read and folded, from
    /// the sentence's bytes where they lie, as a corpus answers a table of
    /// targets with no sentence folded. `commas`: a `,` marks where a comma
    /// before a space stands too (``lastClauseStart(_:)``).
    static func wordsBefore(_ fact: Fact, folded given: FoldedText? = nil, commas: Bool = false) -> [FoldedWord] {
        if let given {
            return given.bytes.withUnsafeBufferPointer { clauseWords($0, before: fact.sentenceOffset, isFolded: true, commas: commas) }
        }
        return fact.withSentenceUTF8 { clauseWords($0, before: fact.sentenceOffset, isFolded: false, commas: commas) }
            ?? Array(fact.sentence.utf8).withUnsafeBufferPointer {
                clauseWords($0, before: fact.sentenceOffset, isFolded: false, commas: commas)
            }
    }

    /// Where, in `marked`'s words without their commas, the words after its last comma start: the figure's
    /// own item of a list a comma parts (`…, trồng mới 1.100 ha rừng, giảm tỷ lệ hộ nghèo 4%`). Nil with no comma.
    static func lastClauseStart(_ marked: [FoldedWord]) -> Int? {
        let comma = Vocabulary.shared.comma
        guard let last = marked.lastIndex(of: comma) else { return nil }
        return marked[..<last].reduce(0) { $1 == comma ? $0 : $0 + 1 }
    }

    /// The folded words of `text` (UTF-8) from after the last `;` before
    /// scalar `offset` up to it. A word is a run of letters, digits and other
    /// non-ASCII scalars, packed; text not yet folded (`isFolded` false) is
    /// folded scalar by scalar and its words' spelling unified, as a folded
    /// sentence's is. (Folded text touches no folding table: a one-shot query
    /// would build them for this alone.)
    static func clauseWords(_ text: UnsafeBufferPointer<UInt8>, before offset: Int, isFolded: Bool, commas: Bool = false) -> [FoldedWord] {
        let end = text.byteOffset(ofScalar: offset)
        var start = end
        while start > 0, text[start - 1] != UInt8(ascii: ";") { start -= 1 }
        // The tables once, outside the loop: each use of a global checks that it is initialised.
        let tables = isFolded ? nil : (latin: TextFolding.latin, extended: TextFolding.extended)
        var words: [FoldedWord] = []
        words.reserveCapacity((end - start) / 3 + 1)
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(16)
        func close() {
            guard !word.isEmpty else { return }
            if !isFolded { SpellingVariants.unify(&word) }
            words.append(FoldedWord(scalars: word))
            word.removeAll(keepingCapacity: true)
        }
        var index = start
        while index < end {
            // `end` stands at a scalar's start, so the scalars before it are whole.
            let (scalar, length) = text.scalar(at: index)
            index += length
            let folded = tables.map { TextFolding.fold(scalar, $0.latin, $0.extended) } ?? scalar
            if folded.value >= 0x80 || PhrasePattern.isWordByte(UInt8(folded.value)) {
                word.append(folded)
                continue
            }
            close()
            if folded == ":" { words.append(Vocabulary.shared.colon) }
            // (A comma inside a number, `1,5`, has no space after it.)
            if commas, folded == ",", index < end, text[index] == 0x20 { words.append(Vocabulary.shared.comma) }
        }
        close()
        return words
    }

    /// The words the reading compares, packed once: a literal would be packed at
    /// each comparison. Lists, not sets: a dozen words are searched as fast, and
    /// a set of a new type costs its metadata on a one-shot query's path.
    struct Vocabulary: Sendable {
        static let shared = Vocabulary()
        let colon: FoldedWord = ":", comma: FoldedWord = ",", tang: FoldedWord = "tang", truong: FoldedWord = "truong", giam: FoldedWord = "giam"
        let den: FoldedWord = "den", len: FoldedWord = "len", phan: FoldedWord = "phan", dau: FoldedWord = "dau"
        let nam: FoldedWord = "nam", duy: FoldedWord = "duy", tri: FoldedWord = "tri", giu: FoldedWord = "giu"
        let vung: FoldedWord = "vung", them: FoldedWord = "them", tong: FoldedWord = "tong", moi: FoldedWord = "moi"
        /// Words that may stand between a change verb and its number: `tăng thêm 2 trường`, `giảm trên 5%`,
        /// `giảm còn dưới 1,5%`, `giảm bình quân 1,5%/năm`.
        let fillers: [FoldedWord] = ["them", "khoang", "tren", "duoi", "it", "nhat", "toi", "thieu", "tu", "hon", "duoc", "so", "voi",
                                        "binh", "quan", "lan", "luot", "tuong", "ung"]
        let va: FoldedWord = "va", duoi: FoldedWord = "duoi"
        /// Words right before the number that make a change verb name a level:
        /// `giảm còn 2,2%`, `giảm xuống 3%`, `tăng lên 96%`.
        let toLevel: [FoldedWord] = ["con", "xuong", "len"]
        /// The verbs' last words before `mới` that add to a count: `công nhận mới`, `xây dựng mới`.
        let newlyDone: [FoldedWord] = ["nhan", "dung"]
        /// Words that may open a fall's clause before its verb: `kéo giảm`, `kiềm chế, kéo giảm`.
        let curbing: [FoldedWord] = ["keo", "kiem", "che", "va"]
    }

    /// +1 or −1 when the clause sets a change: `tăng`/`giảm` right before the
    /// number (past a few fillers) or opening the clause (`Giảm tai nạn giao
    /// thông … 5%`, `Phấn đấu giảm …`, `Kéo giảm số vụ … 5%`, `Về xã hội: (4)
    /// Giảm tỷ lệ hộ nghèo 0,2%`, past a label and a list mark), or opening the
    /// figure's own item of a list a comma parts, from word `lastClause` (`…, giảm tỷ lệ
    /// hộ nghèo 4% trở lên`); `tăng trưởng` is growth, a level.
    static func changeWord(in words: [FoldedWord], lastClause: Int? = nil) -> Int? {
        let vocabulary = Vocabulary.shared
        func direction(at index: Int) -> Int? {
            guard words.indices.contains(index) else { return nil }
            if words[index] == vocabulary.tang, index + 1 == words.count || words[index + 1] != vocabulary.truong { return 1 }
            if words[index] == vocabulary.giam { return -1 }
            return nil
        }
        func pastFillers(_ from: Int) -> Int {
            var index = from
            while index >= 0, vocabulary.fillers.contains(words[index]) { index -= 1 }
            return index
        }
        var index = pastFillers(words.count - 1)
        // A later figure of a list takes the verb, or the level's word, of its first (`giảm lần lượt 1,2% và 0,8%`).
        if direction(at: index) == nil, let listed = Self.beforeListedFigure(words) {
            let first = pastFillers(listed)
            if direction(at: first) != nil || first >= 0 && vocabulary.toLevel.contains(words[first]) { index = first }
        }
        if index >= 0, vocabulary.toLevel.contains(words[index])
            || index > 0 && words[index] == vocabulary.den && words[index - 1] == vocabulary.len { return nil }
        if let found = direction(at: index) {
            // `giảm dưới 0,5%`: a fall to below the figure, a level (a fall by less than it is no target).
            return found == -1 && index + 1 < words.count && words[index + 1] == vocabulary.duoi ? nil : found
        }
        // The clause opens at its start and again after each label's colon.
        var openings = [0] + words.indices.filter({ words[$0] == vocabulary.colon }).map({ $0 + 1 })
        if let lastClause, lastClause > 0, !openings.contains(lastClause) { openings.append(lastClause) }
        for opening in openings {
            var first = opening
            // A list mark: `(4)`, `4.`, `a)`.
            if first < words.count, words[first].isDigits || words[first].isSingleASCII { first += 1 }
            if first + 1 < words.count, words[first] == vocabulary.phan, words[first + 1] == vocabulary.dau { first += 2 }
            if first + 1 < words.count, words[first] == vocabulary.nam, words[first + 1].isDigits { first += 2 }
            // `Kéo giảm`, `Kiềm chế, kéo giảm`: curbing, said before the fall.
            while first < words.count, vocabulary.curbing.contains(words[first]) { first += 1 }
            // A verb with a figure of its own right after it, in an item before the figure's (`giảm 2 vụ tai nạn
            // giao thông, tỷ lệ che phủ rừng 88,5%`), is that figure's, not shared with the later items.
            if let lastClause, opening < lastClause, first + 1 < lastClause, words[first + 1].isDigits { continue }
            if let found = direction(at: first) { return found }
        }
        return nil
    }

    /// Where the words before a later figure of a list go back to those
    /// before its first, which the list's verb stands before: `giảm lần lượt
    /// 1,2% và 0,8%`, `tăng 8 tỷ đồng, 12 tỷ đồng` (the first figure's digits,
    /// its unit's words, at most three, and `và`). Nil where the words do not
    /// end on a figure so.
    static func beforeListedFigure(_ words: [FoldedWord]) -> Int? {
        var index = words.count - 1
        if index >= 0, words[index] == Vocabulary.shared.va { index -= 1 }
        var unitWords = 0
        while index >= 0, !words[index].isDigits, unitWords < 3 {
            index -= 1
            unitWords += 1
        }
        guard index >= 0, words[index].isDigits else { return nil }
        while index >= 0, words[index].isDigits { index -= 1 }
        return index
    }

    /// Whether `thêm` stands right before the number, past fillers (`có thêm 02 xã`, `thêm được 2
    /// trường`), or `mới` after `công nhận` or `xây dựng` (`công nhận mới 2 trường`, `xây dựng mới 01 trường`).
    static func adds(_ words: [FoldedWord]) -> Bool {
        let vocabulary = Vocabulary.shared
        var index = words.count - 1
        while index >= 0, vocabulary.fillers.contains(words[index]) {
            if words[index] == vocabulary.them { return true }
            index -= 1
        }
        // (Not the `mới` of a name: `nông thôn mới 16 xã` is a level.)
        return index > 0 && words[index] == vocabulary.moi && vocabulary.newlyDone.contains(words[index - 1])
    }

    /// Whether the clause raises a total to its number: `nâng tổng số lên 16 xã`.
    static func raisesTotal(_ words: [FoldedWord]) -> Bool {
        let vocabulary = Vocabulary.shared
        return words.last == vocabulary.len && words.contains(vocabulary.tong)
    }

    /// Whether the clause raises the total of what it counts, not another's: `nâng tổng số lên 7 xã`,
    /// `nâng tổng số trường lên 26 trường`, not `nâng tổng số xã đạt chuẩn nông thôn mới lên 15 xã`.
    static func raisesItsTotal(_ words: [FoldedWord]) -> Bool {
        guard raisesTotal(words), let at = words.lastIndex(of: Vocabulary.shared.tong) else { return false }
        return words.count - at - 2 <= 2
    }

    /// Whether the clause keeps a level: `Duy trì 26 trường`, `giữ vững 8/8 xã`.
    static func keeps(_ words: [FoldedWord]) -> Bool {
        let vocabulary = Vocabulary.shared
        return zip(words, words.dropFirst()).contains {
            ($0 == vocabulary.duy && $1 == vocabulary.tri) || ($0 == vocabulary.giu && $1 == vocabulary.vung)
        }
    }
}
