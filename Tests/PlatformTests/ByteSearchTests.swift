import Testing
import Platform

/// `ByteSearch` jumps with `memchr`: it must find what comparing at every byte finds.
@Suite("Runs of bytes found in bytes")
struct ByteSearchTests {
    /// Every start of `pattern` in `text` at or after `start`, compared at every byte.
    func naiveStarts(_ pattern: [UInt8], _ text: [UInt8], from start: Int) -> [Int] {
        guard !pattern.isEmpty, max(start, 0) + pattern.count <= text.count else { return [] }
        return (max(start, 0)...(text.count - pattern.count)).filter { Array(text[$0..<($0 + pattern.count)]) == pattern }
    }

    func starts(_ pattern: [UInt8], _ text: [UInt8], from start: Int) -> [Int] {
        var found: [Int] = []
        text.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { pattern in
                ByteSearch.forEachStart(of: pattern, in: text, from: start) { found.append($0); return true }
            }
        }
        return found
    }

    func firstIndex(_ pattern: [UInt8], _ text: [UInt8], from start: Int) -> Int? {
        text.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { TextFolding.firstIndex(of: $0, in: text, from: start) }
        }
    }

    @Test("every start, overlapping ones too, and the first from any offset, as comparing at every byte finds them")
    func agreesWithNaive() {
        // A small alphabet, so that runs recur and overlap, with spaces, which a pattern's jump skips
        // (` ab ` is found by its `a`); texts past the length where `memchr` is called. A fixed seed, so a failure repeats.
        var generator = SeededGenerator(seed: 1113)
        let alphabet: [UInt8] = [0x20, 97, 98, 99]
        func bytes(_ count: ClosedRange<Int>) -> [UInt8] {
            (0..<Int.random(in: count, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        }
        for _ in 0..<4_000 {
            let text = bytes(0...80)
            let pattern = bytes(0...5)
            let start = Int.random(in: -2...(text.count + 2), using: &generator)
            let expected = naiveStarts(pattern, text, from: start)
            #expect(starts(pattern, text, from: start) == expected, "\(pattern) in \(text) from \(start)")
            #expect(firstIndex(pattern, text, from: start) == expected.first, "\(pattern) in \(text) from \(start)")
            #expect(ByteSearch.firstIndex(of: pattern, in: text, from: start) == expected.first, "arrays: \(pattern) in \(text) from \(start)")
        }
    }

    @Test("the search stops when asked, and finds runs at either end and in UTF-8")
    func stopsAndEnds() {
        let text = Array("[77] tăng 22 vụ [77]".utf8)
        var seen: [Int] = []
        text.withUnsafeBufferPointer { text in
            Array("[77]".utf8).withUnsafeBufferPointer { pattern in
                ByteSearch.forEachStart(of: pattern, in: text, from: 0) { seen.append($0); return false }
            }
        }
        #expect(seen == [0])
        #expect(starts(Array("[77]".utf8), text, from: 1) == [text.count - 4])
        #expect(starts(Array("ă".utf8), text, from: 0) == [6])
        #expect(starts(Array("x".utf8), text, from: 0).isEmpty)
    }
}

extension ByteSearchTests {
    @Test("a byte's first and last place in a range, as comparing at every byte finds them")
    func oneByte() {
        var generator = SeededGenerator(seed: 58)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...70, using: &generator)).map { _ in [UInt8(ascii: "("), 97, 0x20].randomElement(using: &generator)! }
            let start = Int.random(in: 0...(text.count + 1), using: &generator), end = Int.random(in: 0...(text.count + 1), using: &generator)
            let naive = start < end && end <= text.count ? Array(start..<end).filter { text[$0] == UInt8(ascii: "(") } : []
            text.withUnsafeBufferPointer { bytes in
                #expect(ByteSearch.firstIndex(of: UInt8(ascii: "("), in: bytes, from: start, to: end) == naive.first, "\(text) \(start)..<\(end)")
                #expect(ByteSearch.lastIndex(of: UInt8(ascii: "("), in: bytes, from: start, to: end) == naive.last, "\(text) \(start)..<\(end)")
            }
        }
    }
}

/// A small linear congruential generator: the same numbers on every run and machine.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 33)
    }
}
