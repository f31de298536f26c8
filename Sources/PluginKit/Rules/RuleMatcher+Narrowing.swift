import Platform

/// Narrowing a rule to the sentences that may hold it: those with all the
/// words of one of its names or verbs, found in the word index (``WordIndex``)
/// rather than by searching every sentence.
extension RuleMatcher {
    /// The groups whose sentence has the words of any of `patterns`, in order.
    func candidateGroups(anyOf patterns: [PhrasePattern]) -> [Int] {
        guard let index = wordIndex(), patterns.allSatisfy({ !$0.indexWords.isEmpty }) else { return Array(groups.indices) }
        if index.bitWords > 0 { return candidateGroups(anyOf: patterns, bitsOf: index) }
        let longest = patterns.reduce(0) { max($0, $1.indexWords.count) }
        // One bit a group: the patterns' groups marked, then read in order, where gathering them and sorting
        // cost more than the look-ups. The bits and a name's words' ranges are on the stack: this is asked
        // for each rule in each report, and allocating them cost as much as the look-ups.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (index.groupCount + 63) / 64) { marked in
            marked.initialize(repeating: 0)
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: longest) { ranges in
                index.withPositions { positions in
                    for pattern in patterns {
                        var count = 0
                        for word in pattern.indexWords {
                            ranges.initializeElement(at: count, to: index.range(of: word))
                            count += 1
                        }
                        var rarest = 0
                        for word in 1..<count where ranges[word].count < ranges[rarest].count { rarest = word }
                        // The index's lists are in group order: a binary search in each, not a set built of each.
                        for position in ranges[rarest] {
                            let group = positions[position]
                            guard (0..<count).allSatisfy({ $0 == rarest || positions[ranges[$0]].sortedContains(group) })
                            else { continue }
                            marked[Int(group) >> 6] |= 1 << UInt64(group & 63)
                        }
                    }
                }
            }
            return Self.setBits(of: marked)
        }
    }

    /// ``candidateGroups(anyOf:)`` in an index that keeps its words' groups as bits: a pattern's groups are
    /// its words' bits and-ed, and the patterns' or-ed, a few words of bits each, with no list searched.
    private func candidateGroups(anyOf patterns: [PhrasePattern], bitsOf index: WordIndex) -> [Int] {
        let width = index.bitWords
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * width) { buffer in
            buffer.initialize(repeating: 0)
            let marked = UnsafeMutableBufferPointer(rebasing: buffer[..<width])
            let pattern = UnsafeMutableBufferPointer(rebasing: buffer[width...])
            index.withBits { bits in
                next: for each in patterns {
                    for (order, word) in each.indexWords.enumerated() {
                        guard let start = index.bitsStart(of: word) else { continue next }
                        if order == 0 {
                            for offset in 0..<width { pattern[offset] = bits[start + offset] }
                        } else {
                            for offset in 0..<width { pattern[offset] &= bits[start + offset] }
                        }
                    }
                    for offset in 0..<width { marked[offset] |= pattern[offset] }
                }
            }
            return Self.setBits(of: marked)
        }
    }

    /// The positions in both of two ascending lists, ascending.
    static func common(_ first: [Int], _ second: [Int]) -> [Int] {
        var found: [Int] = [], left = 0, right = 0
        while left < first.count, right < second.count {
            if first[left] < second[right] {
                left += 1
            } else if first[left] > second[right] {
                right += 1
            } else {
                found.append(first[left])
                left += 1
                right += 1
            }
        }
        return found
    }

    /// The positions of the bits set in `words`, ascending (bit `i` of word `w` is `w × 64 + i`).
    private static func setBits(of words: UnsafeMutableBufferPointer<UInt64>) -> [Int] {
        var found: [Int] = []
        found.reserveCapacity(words.reduce(0) { $0 + $1.nonzeroBitCount })
        for word in words.indices where words[word] != 0 {
            var rest = words[word]
            while rest != 0 {
                found.append(word << 6 + rest.trailingZeroBitCount)
                rest &= rest - 1
            }
        }
        return found
    }

    /// The groups whose sentence has the words of all of `patterns`, in order.
    func candidateGroups(words patterns: [PhrasePattern]) -> [Int] {
        let lists = patterns.map { candidateGroups(anyOf: [$0]) }
        guard var common = lists.first.map(Set.init) else { return Array(groups.indices) }
        for list in lists.dropFirst() { common.formIntersection(list) }
        return common.sorted()
    }
}
