import FoundationEssentials
import Platform
import Facts

/// A value a report counts in parts, each named apart in one sentence: `Có
/// 12 chỉ tiêu vượt kế hoạch, 7 chỉ tiêu đạt kế hoạch, 3 chỉ tiêu không đạt`
/// gives the targets met or exceeded as 19. A rule's ``FindingRule/parts``
/// names the parts; each is the number its name stands right after, as a
/// rule of that one name and the rule's exclusions finds it, else the number
/// it reports as a verb right before it; the longer names first and each
/// number one part's, a part of a whole (`9/22 chỉ tiêu`) counting its own.
/// A word the rule excludes that a part's name holds excludes no part
/// (``RuleMatcher/partCounted(_:report:)`` finds the value so).
/// The value is their sum when the sentence names two parts or more, the fact the rule found is one of them,
/// and no part is a breakdown of another: after `trong đó` (`15 chỉ tiêu đạt
/// và vượt, trong đó 8 chỉ tiêu vượt`) the parts are of the figure before,
/// which is the value.
///
/// The sum is the first part restated: its source, and the parts' sentence,
/// are the value's. It is found again from the parts wherever the value is
/// read (a store, a cache of resolutions, a corpus), never stored as a number.
public struct PartsSum {
    let rule: FindingRule

    public init(rule: FindingRule) { self.rule = rule }

    /// The value `found` stands for and the parts it sums, when its sentence
    /// (`facts`, the sentence's facts in order) counts it in parts; nil otherwise.
    public func value(of found: Fact, sentenceFacts facts: ArraySlice<Fact>) -> (value: Fact, parts: [Fact])? {
        guard rule.parts.count >= 2, let parts = parts(of: found, among: facts, folded: FoldedText(folding: found.sentence)),
              let sum = Self.sum(of: parts) else { return nil }
        return (sum, parts)
    }

    /// The parts `found` is one of in its sentence, in order; nil when the sentence does not count the value in parts.
    func parts(of found: Fact, among facts: ArraySlice<Fact>, folded: FoldedText) -> [Fact]? {
        guard rule.parts.count >= 2 else { return nil }
        var parts: [Fact] = []
        // The longer names first, each among the numbers no other part took: `11 chỉ tiêu hoàn thành vượt
        // mức, 7 chỉ tiêu hoàn thành` gives 11 to `chỉ tiêu hoàn thành vượt` and 7 to `chỉ tiêu hoàn thành`.
        // A part may be named before its number as its verb (`hoàn thành vượt mức kế hoạch 9/22 chỉ tiêu,
        // hoàn thành kế hoạch 11 chỉ tiêu`), when no number has the name right after it; of 22 there, 9 exceeded.
        // (The part rules, compiled with the rule: see ``CompiledRule/parts``.)
        for (named, told) in CompiledRule.of(rule).parts {
            let untaken = parts.isEmpty ? facts : ArraySlice(facts.filter { fact in !parts.contains { $0.id == fact.id } })
            guard let part = SentenceBinding(rule: named, folded: folded, facts: untaken, sought: .values).match()
                    ?? SentenceBinding(rule: told, folded: folded, facts: untaken, sought: .values).match(),
                  part.unit == found.unit, !Self.reachesOnlyShare(part, among: facts, in: folded),
                  !Self.isWholeOfList(part, in: folded) else { continue }
            parts.append(part)
        }
        parts.sort { $0.id < $1.id }
        guard parts.count >= 2, parts.contains(where: { $0.id == found.id }), let first = parts.first, let last = parts.last,
              !Self.breaksDown(from: first, to: last, in: folded) else { return nil }
        return parts
    }

    /// Whether `found` counts two parts or more named together with no figure of their own (`Có 28/32
    /// trường mầm non, tiểu học và THCS đạt chuẩn`): it is then their whole. The names are looked for
    /// between the numbers around it, within its clause (up to `;`).
    func namesPartsTogether(_ found: Fact, among facts: ArraySlice<Fact>, folded: FoldedText) -> Bool {
        guard rule.parts.count >= 2 else { return false }
        let bytes = folded.bytes
        let previous = facts.last { $0.id < found.id }, next = facts.first { $0.id > found.id }
        var lower = previous.map { folded.byteOffset(ofScalar: $0.sentenceOffset + $0.text.unicodeScalars.count) } ?? 0
        var upper = next.map { folded.byteOffset(ofScalar: $0.sentenceOffset) } ?? bytes.count
        let at = folded.byteOffset(ofScalar: found.sentenceOffset)
        guard lower <= at, at <= upper, upper <= bytes.count else { return false }
        if let stop = bytes[lower..<at].lastIndex(of: UInt8(ascii: ";")) { lower = stop + 1 }
        if let stop = bytes[at..<upper].firstIndex(of: UInt8(ascii: ";")) { upper = stop }
        return CompiledRule.of(rule).partNames(in: folded, within: lower..<upper).parts >= 2
    }

    /// The value the parts add up to: the first part restated.
    static func sum(of parts: [Fact]) -> Fact? {
        guard let first = parts.first else { return nil }
        let total = parts.reduce(Decimal(0)) { $0 + $1.value }
        return first.restated(Quantity(total, first.unit), upper: nil)
    }

    /// Whether the part's phrase goes on to a percentage (`13 chỉ tiêu đạt
    /// trên 40% kế hoạch`): its name then holds only to that degree, and the
    /// number counts what fell short of it, not a part of the value.
    private static func reachesOnlyShare(_ part: Fact, among facts: ArraySlice<Fact>, in folded: FoldedText) -> Bool {
        guard let next = facts.first(where: { $0.id > part.id }), next.unit.dimension == .percent else { return false }
        let from = folded.byteOffset(ofScalar: part.sentenceOffset + part.text.unicodeScalars.count)
        let to = folded.byteOffset(ofScalar: next.sentenceOffset)
        guard from < to, to <= folded.bytes.count else { return false }
        return !folded.bytes[from..<to].contains { phraseEnds.contains($0) }
    }

    /// Whether `trong` (or `trong tổng số`) stands right before the number:
    /// `Trong 16 chỉ tiêu chủ yếu có 13 chỉ tiêu đạt` counts the whole the parts are of, no part.
    private static func isWholeOfList(_ part: Fact, in folded: FoldedText) -> Bool {
        let at = folded.byteOffset(ofScalar: part.sentenceOffset)
        guard at <= folded.bytes.count else { return false }
        let before = folded.bytes[..<at]
        return wholeOpenings.contains { opening in
            before.count >= opening.count && before.suffix(opening.count).elementsEqual(opening)
                && (before.count == opening.count || before[before.endIndex - opening.count - 1] == UInt8(ascii: " "))
        }
    }

    /// `trong `, `trong tổng số `, folded.
    private static let wholeOpenings = ["trong ", "trong tong so "].map { Array($0.utf8) }

    /// The marks that end a part's phrase: `,` `;` `.` `(` `)` `:`.
    private static let phraseEnds: Set<UInt8> = [0x2C, 0x3B, 0x2E, 0x28, 0x29, 0x3A]

    /// Whether `trong đó` stands between the first part and the last: the later are a breakdown, not more parts.
    private static func breaksDown(from first: Fact, to last: Fact, in folded: FoldedText) -> Bool {
        let lower = folded.byteOffset(ofScalar: first.sentenceOffset), upper = folded.byteOffset(ofScalar: last.sentenceOffset)
        return ofWhich.occurrences(in: folded).contains { $0.lowerBound >= lower && $0.upperBound <= upper }
    }

    private static let ofWhich = PhrasePattern("trong đó")
}
