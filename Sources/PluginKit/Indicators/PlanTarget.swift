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
    public init(_ target: Fact, base: Fact?, folded: FoldedText? = nil, valueIsChange: Bool = false) {
        fact = target
        let words = Self.wordsBefore(target, folded: folded)
        if let change = Self.changeWord(in: words), !(valueIsChange && target.unit.dimension == .percent) {
            kind = .change
            direction = change
            let isRate = base.map { $0.unit.dimension == .percent } ?? false
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
    /// `:` where a colon stands (a label's end, after which a clause opens again).
    /// `folded`: the sentence already folded (the store keeps it for a report it read).
    static func wordsBefore(_ fact: Fact, folded given: FoldedText? = nil) -> [String] {
        let folded = given ?? FoldedText(folding: fact.sentence)
        let end = min(folded.byteOffset(ofScalar: fact.sentenceOffset), folded.bytes.count)
        var start = end
        while start > 0, folded.bytes[start - 1] != UInt8(ascii: ";") { start -= 1 }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in folded.bytes[start..<end] {
            if PhrasePattern.isWordByte(byte) { word.append(byte); continue }
            if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true) }
            if byte == UInt8(ascii: ":") { words.append(":") }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// Words that may stand between a change verb and its number: `tăng thêm 2 trường`, `giảm trên 5%`,
    /// `giảm còn dưới 1,5%`.
    static let fillers: Set<String> = ["them", "khoang", "tren", "duoi", "it", "nhat", "toi", "thieu", "tu", "hon", "duoc", "so", "voi"]

    /// Words right before the number that make a change verb name a level:
    /// `giảm còn 2,2%`, `giảm xuống 3%`, `tăng lên 96%`.
    static let toLevel: Set<String> = ["con", "xuong", "len"]

    /// +1 or −1 when the clause sets a change: `tăng`/`giảm` right before the
    /// number (past a few fillers) or opening the clause (`Giảm tai nạn giao
    /// thông … 5%`, `Phấn đấu giảm …`, `Kéo giảm số vụ … 5%`, `Về xã hội: (4)
    /// Giảm tỷ lệ hộ nghèo 0,2%`, past a label and a list mark); `tăng trưởng`
    /// is growth, a level.
    static func changeWord(in words: [String]) -> Int? {
        func direction(at index: Int) -> Int? {
            guard words.indices.contains(index) else { return nil }
            let next = index + 1 < words.count ? words[index + 1] : ""
            if words[index] == "tang", next != "truong" { return 1 }
            if words[index] == "giam" { return -1 }
            return nil
        }
        var index = words.count - 1
        while index >= 0, fillers.contains(words[index]) { index -= 1 }
        if index >= 0, toLevel.contains(words[index]) || index > 0 && words[index] == "den" && words[index - 1] == "len" { return nil }
        if let found = direction(at: index) { return found }
        // The clause opens at its start and again after each label's colon.
        let openings = [0] + words.indices.filter { words[$0] == ":" }.map { $0 + 1 }
        for opening in openings {
            var first = opening
            // A list mark: `(4)`, `4.`, `a)`.
            if first < words.count, words[first].allSatisfy(\.isNumber) || words[first].count == 1 { first += 1 }
            if first + 1 < words.count, words[first] == "phan", words[first + 1] == "dau" { first += 2 }
            if first < words.count, words[first] == "nam", first + 1 < words.count, words[first + 1].allSatisfy(\.isNumber) { first += 2 }
            // `Kéo giảm`, `Kiềm chế, kéo giảm`: curbing, said before the fall.
            while first < words.count, curbing.contains(words[first]) { first += 1 }
            if let found = direction(at: first) { return found }
        }
        return nil
    }

    /// Words that may open a fall's clause before its verb: `kéo giảm`, `kiềm chế, kéo giảm`.
    static let curbing: Set<String> = ["keo", "kiem", "che", "va"]

    /// Whether the clause keeps a level: `Duy trì 26 trường`, `giữ vững 8/8 xã`.
    static func keeps(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { ($0 == "duy" && $1 == "tri") || ($0 == "giu" && $1 == "vung") }
    }
}
