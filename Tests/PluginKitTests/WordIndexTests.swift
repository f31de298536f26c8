import Testing
import Platform
@testable import PluginKit

/// The word index answers as a dictionary from each word to the groups it stands in would.
@Suite("The word index of a store's sentences")
struct WordIndexTests {
    /// The groups `word` stands in, read through the index's ranges.
    func groupsOf(_ word: FoldedWord, in index: WordIndex) -> [Int32] {
        index.withPositions { Array($0[index.range(of: word)]) }
    }

    @Test("each word's groups, ascending and each once, as a dictionary gives them; a word in none has none")
    func asADictionary() {
        // Enough distinct words to grow the table several times; words repeat within and across groups.
        var state: UInt64 = 1113
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let vocabulary: [FoldedWord] = (0..<900).map { FoldedWord(scalars: "w\($0)".unicodeScalars) }
            + ["doanh", "thu", "du", "lich", "đường giao thông nông thôn"].map { FoldedWord(scalars: $0.unicodeScalars) }
        let groups: [[FoldedWord]] = (0..<400).map { _ in (0..<next(30)).map { _ in vocabulary[next(vocabulary.count)] } }
        var expected: [FoldedWord: [Int32]] = [:]
        for (position, words) in groups.enumerated() {
            for word in words where expected[word]?.last != Int32(position) { expected[word, default: []].append(Int32(position)) }
        }
        let index = WordIndex(count: groups.count) { groups[$0] }
        for word in vocabulary {
            #expect(groupsOf(word, in: index) == (expected[word] ?? []), "\(word)")
        }
        #expect(groupsOf("absent", in: index).isEmpty)
        #expect(index.groupCount == groups.count)
        #expect(expected.count > 800)
    }

    @Test("a report's few groups are kept as bits too, each word's bits its groups; a corpus's many are not")
    func bits() {
        let vocabulary: [FoldedWord] = (0..<50).map { FoldedWord(scalars: "w\($0)".unicodeScalars) }
        // 130 groups: three words of bits an entry, the last one partly used.
        let groups: [[FoldedWord]] = (0..<130).map { group in [vocabulary[group % 50], vocabulary[(group * 7) % 50], vocabulary[group % 3]] }
        let index = WordIndex(count: groups.count) { groups[$0] }
        #expect(index.bitWords == 3)
        for word in vocabulary {
            let fromBits: [Int32] = index.withBits { bits in
                guard let start = index.bitsStart(of: word) else { return [] }
                return (0..<130).filter { bits[start + $0 >> 6] & (1 << UInt64($0 & 63)) != 0 }.map(Int32.init)
            }
            #expect(fromBits == groupsOf(word, in: index), "\(word)")
        }
        #expect(index.bitsStart(of: "absent") == nil)
        let many = WordIndex(count: WordIndex.mostGroupsForBits + 1) { _ in ["thu"] }
        #expect(many.bitWords == 0)
        #expect(groupsOf("thu", in: many).count == WordIndex.mostGroupsForBits + 1)
    }

    @Test("whether a group holds all of some words, asked of its bits or of its lists alike")
    func holdsAll() {
        for count in [3, WordIndex.mostGroupsForBits + 2] {
            // Group g holds `thu` when g is even, `du` when it is a multiple of three, and `lich` always.
            let index = WordIndex(count: count) { group in
                (group % 2 == 0 ? ["thu"] : []) + (group % 3 == 0 ? ["du"] : []) + ["lich"]
            }
            for group in [0, 1, 2, count - 1] {
                #expect(index.holdsAll(["lich"], group: group))
                #expect(index.holdsAll(["thu", "lich"], group: group) == (group % 2 == 0))
                #expect(index.holdsAll(["du", "thu"], group: group) == (group % 6 == 0))
                #expect(!index.holdsAll(["lich", "absent"], group: group))
                #expect(index.holdsAll([], group: group))
            }
        }
    }

    @Test("no groups, or groups with no words, make an index that finds nothing")
    func empty() {
        #expect(groupsOf("thu", in: WordIndex(count: 0) { _ in [] }).isEmpty)
        #expect(groupsOf("thu", in: WordIndex(count: 3) { _ in [] }).isEmpty)
    }
}
