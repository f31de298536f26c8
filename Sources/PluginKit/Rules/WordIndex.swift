import Platform

/// The sentences (groups, by position) each folded word stands in, in
/// ascending order: what narrows a rule to the sentences its words occur in.
///
/// A word is a packed integer (``FoldedWord``), so the index is a table of
/// its own rather than a dictionary: the words are found by open addressing
/// with a multiplicative hash, each word's positions lie side by side in one
/// array, and building it makes no array per word. For a report's few
/// sentences, each word's groups are kept as bits too. A class: a look-up hands
/// it on, and a struct of its arrays retained each of them.
final class WordIndex: Sendable {
    /// Per slot: the entry of the word there, or -1. A power of two long, at most half full.
    private let slots: [Int32]
    /// Per entry: the word's bits.
    private let words: [UInt64]
    /// Per entry, and one more: where the entry's positions start in `positions`.
    private let starts: [Int32]
    private let positions: [Int32]
    private let shift: UInt64
    /// How many groups were indexed.
    let groupCount: Int
    /// Per entry, when the groups are few (at most ``mostGroupsForBits``): the groups the word stands
    /// in as bits (bit `g % 64` of word `g / 64`), `bitWords` words an entry, so that the groups holding
    /// all of a name's words are those words' bits and-ed, not lists searched. Empty when the groups are many.
    private let bits: [UInt64]
    /// The words of each entry's bits; 0 when the index keeps none.
    let bitWords: Int
    /// The most groups whose words are kept as bits as well: a report's sentences, not a corpus's.
    static let mostGroupsForBits = 1024

    /// The index of `groups`' words: `words(position)` gives the words of the
    /// group at `position`, for positions `0..<count`.
    init(count: Int, words wordsOf: (Int) -> [FoldedWord]) {
        var slots = [Int32](repeating: -1, count: 64)
        var shift: UInt64 = 64 - 6
        var words: [UInt64] = []
        var counts: [Int32] = []
        var lastGroup: [Int32] = []
        // (entry, group) for the first time each word stands in each group, in group order.
        var occurrences: [(entry: Int32, group: Int32)] = []
        for group in 0..<count {
            for word in wordsOf(group) {
                var slot = Self.slot(of: word.bits, shift: shift)
                while slots[slot] >= 0, words[Int(slots[slot])] != word.bits { slot = (slot + 1) & (slots.count - 1) }
                var entry = slots[slot]
                if entry < 0 {
                    entry = Int32(words.count)
                    slots[slot] = entry
                    words.append(word.bits)
                    counts.append(0)
                    lastGroup.append(-1)
                    if words.count * 2 > slots.count { (slots, shift) = Self.grown(words) }
                }
                let index = Int(entry)
                guard lastGroup[index] != Int32(group) else { continue }
                lastGroup[index] = Int32(group)
                counts[index] += 1
                occurrences.append((entry, Int32(group)))
            }
        }
        var starts = [Int32](repeating: 0, count: words.count + 1)
        for index in counts.indices { starts[index + 1] = starts[index] + counts[index] }
        var next = Array(starts.dropLast())
        var positions = [Int32](repeating: 0, count: occurrences.count)
        for (entry, group) in occurrences {
            positions[Int(next[Int(entry)])] = group
            next[Int(entry)] += 1
        }
        let bitWords = count <= Self.mostGroupsForBits ? (count + 63) / 64 : 0
        var bits = [UInt64](repeating: 0, count: bitWords * words.count)
        if bitWords > 0 {
            for (entry, group) in occurrences { bits[Int(entry) * bitWords + Int(group) >> 6] |= 1 << UInt64(group & 63) }
        }
        self.slots = slots
        self.shift = shift
        self.words = words
        self.starts = starts
        self.positions = positions
        self.bits = bits
        self.bitWords = bitWords
        groupCount = count
    }

    /// Where the groups `word` stands in lie in the index's positions (``withPositions(_:)``),
    /// ascending; empty if none. A range and not a slice: a look-up retains nothing.
    func range(of word: FoldedWord) -> Range<Int> {
        guard let entry = entry(of: word) else { return 0..<0 }
        return Int(starts[entry])..<Int(starts[entry + 1])
    }

    /// Where `word`'s bits start in the index's bits (``withBits(_:)``); nil if it stands in no group.
    func bitsStart(of word: FoldedWord) -> Int? {
        entry(of: word).map { $0 * bitWords }
    }

    /// Calls `body` with the bits of every word, side by side, as ``bitsStart(of:)`` places them.
    func withBits<Result>(_ body: (UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        bits.withUnsafeBufferPointer(body)
    }

    /// Whether every one of `words` stands in the group at `group`: a pattern of them may stand there.
    func holdsAll(_ words: [FoldedWord], group: Int) -> Bool {
        for word in words {
            guard let entry = entry(of: word) else { return false }
            if bitWords > 0 {
                guard bits[entry * bitWords + group >> 6] & (1 << UInt64(group & 63)) != 0 else { return false }
            } else {
                guard positions[Int(starts[entry])..<Int(starts[entry + 1])].sortedContains(Int32(group)) else { return false }
            }
        }
        return true
    }

    /// The entry of `word`, found by its probe; nil if it stands in no group.
    private func entry(of word: FoldedWord) -> Int? {
        var slot = Self.slot(of: word.bits, shift: shift)
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if words[entry] == word.bits { return entry }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Calls `body` with the groups of every word, side by side, as ``range(of:)`` places them.
    func withPositions<Result>(_ body: (UnsafeBufferPointer<Int32>) -> Result) -> Result {
        positions.withUnsafeBufferPointer(body)
    }

    /// Where a word's probe starts: its bits times a large odd constant (the
    /// golden ratio's), the top bits of the product picking one of 2^(64 − `shift`) slots.
    private static func slot(of bits: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Slots enough for `words` to fill at most a quarter, and the shift that hashes into them.
    private static func grown(_ words: [UInt64]) -> ([Int32], UInt64) {
        var bits = 6
        while (1 << bits) < words.count * 4 { bits += 1 }
        var slots = [Int32](repeating: -1, count: 1 << bits)
        let shift = UInt64(64 - bits)
        for (entry, word) in words.enumerated() {
            var slot = slot(of: word, shift: shift)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(entry)
        }
        return (slots, shift)
    }
}
