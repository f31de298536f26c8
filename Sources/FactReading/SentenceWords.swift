import Platform
import Report
import Facts

/// The folded words of one sentence, packed once with where each stands, so
/// that the qualifier reader's many windows (the words before a number, after
/// it, to the clause's end) are slices of one array rather than words packed
/// again for each (that was a sixth of reading a report).
struct SentenceWords {
    private(set) var sentence: Range<Int> = 0..<0
    /// The words: runs of letters of the folded sentence.
    var words: ArraySlice<FoldedWord> { wordStorage[..<count] }
    /// Where word `i` starts and ends in the paragraph's scalars.
    var starts: ArraySlice<Int> { startStorage[..<count] }
    var ends: ArraySlice<Int> { endStorage[..<count] }
    /// How many words the sentence has.
    private(set) var count = 0
    /// A bit for each of the sentence's words (``bit(_:)``): a word whose bit
    /// is clear is not among them. Set as the words are read, so that asking
    /// whether a sentence may hold a word needs no pass over its words.
    private var wordMask: UInt64 = 0
    /// The words, starts and ends, in arrays kept at the largest size a
    /// sentence has needed: only the first `count` are this sentence's.
    /// (Cutting them to the sentence and growing them again for the next
    /// wrote every slot twice.)
    private var wordStorage: [FoldedWord] = []
    private var startStorage: [Int] = []
    private var endStorage: [Int] = []
    /// The paragraph's folded scalars, for the windows that cut a word.
    private var folded: [Unicode.Scalar] = []

    init() {}

    init(folded: [Unicode.Scalar], sentence: Range<Int>) {
        read(folded: folded, sentence: sentence)
    }

    /// Reads the words of `sentence` in place of the sentence read before,
    /// reusing the arrays' storage when nothing else holds it (three arrays
    /// a sentence were a sixth of the ingest's allocations).
    mutating func read(folded: [Unicode.Scalar], sentence: Range<Int>) {
        self.sentence = sentence
        self.folded = folded
        // One pass over the raw buffer, packing each word as it is read (a
        // word's hash is taken only for the rare word that does not pack), into
        // arrays sized for the most words the sentence can hold: Vietnamese
        // words are short, and appending would cost more than reading them.
        let end = min(sentence.upperBound, folded.count)
        let capacity = max(0, end - sentence.lowerBound) / 2 + 1
        var words = wordStorage.takeAll(), starts = startStorage.takeAll(), ends = endStorage.takeAll()
        if words.count < capacity {
            words.resize(to: capacity, filling: FoldedWord(bits: 0))
            starts.resize(to: capacity, filling: 0)
            ends.resize(to: capacity, filling: 0)
        }
        let (count, mask) = folded.withUnsafeBufferPointer { text in
            words.withUnsafeMutableBufferPointer { words in
                starts.withUnsafeMutableBufferPointer { starts in
                    ends.withUnsafeMutableBufferPointer { ends in
                        var count = 0, mask: UInt64 = 0
                        var index = sentence.lowerBound
                        while index < end {
                            var scalar = text[index]
                            guard TextFolding.isLetter(scalar) else { index += 1; continue }
                            let start = index
                            // Each letter read once; the values or-ed together
                            // show at the end whether all were ASCII.
                            var packed: UInt64 = 0, values: UInt32 = 0
                            repeat {
                                values |= scalar.value
                                packed = packed &<< 8 | UInt64(scalar.value & 0xFF)
                                index += 1
                                guard index < end else { break }
                                scalar = text[index]
                            } while TextFolding.isLetter(scalar)
                            let exact = values < 0x80 && index - start <= 8
                            // `CKNT` is `CK` (``unabbreviated(_:)``), compared as its packed letters: a global read here
                            // would be a `swift_once` a word.
                            words[count] = exact ? FoldedWord(bits: packed == 0x636B_6E74 ? 0x636B : packed)
                                : FoldedWord(scalars: UnsafeBufferPointer(rebasing: text[start..<index]))
                            starts[count] = start
                            ends[count] = index
                            mask |= Self.bit(words[count])
                            count += 1
                        }
                        return (count, mask)
                    }
                }
            }
        }
        self.count = count
        wordMask = mask
        wordStorage = words
        startStorage = starts
        endStorage = ends
    }

    /// Lets go of the paragraph's folded scalars (the words are kept for
    /// reuse), so that the next paragraph can be decoded into their storage.
    mutating func releaseText() {
        folded = []
    }

    /// Whether `word` may be one of the sentence's words: false means it is not.
    func mayContain(_ word: FoldedWord) -> Bool {
        wordMask & Self.bit(word) != 0
    }

    /// One of 64 bits for a word, from the top bits of its value multiplied by
    /// an odd constant (packed words differ mostly in their low letters).
    @inline(__always)
    static func bit(_ word: FoldedWord) -> UInt64 {
        1 &<< ((word.bits &* 0x9E37_79B9_7F4A_7C15) &>> 58)
    }

    /// The words of the folded text between two offsets: those of the sentence
    /// that lie within, or, where the window cuts a word or leaves the
    /// sentence, the words of that text read afresh.
    func window(_ lower: Int, _ upper: Int) -> ArraySlice<FoldedWord> {
        guard lower < upper else { return [] }
        guard lower >= sentence.lowerBound, upper <= sentence.upperBound else { return reread(lower, upper) }
        let first = firstIndex(endingAfter: lower)
        if first < count, startStorage[first] < lower { return reread(lower, upper) }
        let last = firstIndex(endingAfter: upper)
        if last < count, startStorage[last] < upper { return reread(lower, upper) }
        return wordStorage[first..<last]
    }

    private func reread(_ lower: Int, _ upper: Int) -> ArraySlice<FoldedWord> {
        FoldedWord.words(folded[lower..<min(upper, folded.count)]).map(Self.unabbreviated)[...]
    }

    /// A word as the reading knows it: `CKNT` (`cùng kỳ năm trước`) is last
    /// year's `CK`, which every look for last year's words already asks for.
    @inline(__always)
    static func unabbreviated(_ word: FoldedWord) -> FoldedWord {
        word == sameTimeLastYear ? .ck : word
    }

    private static var sameTimeLastYear: FoldedWord { "cknt" }

    /// The index of the first word that ends after `offset` (`words.count` if none).
    private func firstIndex(endingAfter offset: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if endStorage[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where `phrase` occurs as words separated by single spaces, as ranges of
    /// the paragraph's scalars, in order.
    func occurrences(of phrase: FoldedPhrase) -> [Range<Int>] {
        let words = phrase.words, length = words.count
        guard length > 0, length <= count else { return [] }
        var found: [Range<Int>] = []
        // The first word compared in a buffer, as an integer read once: most words are not it.
        let first = words[0]
        wordStorage.withUnsafeBufferPointer { storage in
            outer: for start in 0...(count - length) where storage[start] == first {
                for offset in 1..<length {
                    let word = start + offset
                    guard storage[word] == words[offset], startStorage[word] == endStorage[word - 1] + 1,
                          folded[endStorage[word - 1]] == " " else { continue outer }
                }
                found.append(startStorage[start]..<endStorage[start + length - 1])
            }
        }
        return found
    }
}
