import Platform

/// The label a sentence opens with (`b) Công nghiệp - xây dựng:`, `- Thu,
/// chi ngân sách:`), which says what the sentence's bare figures are of: its
/// topics, parted by `,` and `và` (a dash joins the words of one topic, but
/// for `thu - chi`, revenue and spending, and `xuất nhập`), and
/// where its colon ends. A label is what ``PhrasePattern/labelColon(in:from:)``
/// reads: a few words and nothing but spaces, `,` and `-` between them.
struct SentenceLabel {
    /// Each topic's words, as byte ranges of the folded sentence.
    let topics: [Range<Int>]
    /// Past the label's colon: where the figures it labels start.
    let end: Int

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Past the words that only say a topic follows: `Đối với các chương trình mục tiêu quốc gia:`. (Not `về`, which
        // folds as `vệ` of `vệ sinh` too.)
        var start = PhrasePattern.labelStart(in: bytes)
        if let next = Self.topicOpenings.lazy.compactMap({ PhrasePattern.framingWord($0, in: bytes, at: start) }).first { start = next }
        guard let colon = PhrasePattern.labelColon(in: bytes, from: start) else { return nil }
        // The topics: parted at each `,` and at each `và`, a whole word.
        var cursor = start, topicStart = start, sawWord = false
        var topics: [Range<Int>] = []
        while cursor < colon {
            if PhrasePattern.isWordByte(bytes[cursor]) {
                let wordStart = cursor
                while cursor < colon, PhrasePattern.isWordByte(bytes[cursor]) { cursor += 1 }
                if bytes[wordStart..<cursor].elementsEqual(PhrasePattern.and) {
                    topics.append(topicStart..<wordStart)
                    topicStart = cursor
                } else {
                    sawWord = true
                    // `Thu chi ngân sách`, `Thu - chi ngân sách`, `Xuất nhập khẩu`: two verbs of one object are two
                    // topics, as with a comma.
                    if let pair = Self.verbPairs.first(where: { bytes[wordStart..<cursor].elementsEqual($0.first) }),
                       Self.opens(on: pair.second, bytes, at: cursor, before: colon) {
                        topics.append(topicStart..<cursor)
                        topicStart = cursor
                    }
                }
                continue
            }
            if bytes[cursor] == UInt8(ascii: ",") {
                topics.append(topicStart..<cursor)
                topicStart = cursor + 1
            }
            cursor += 1
        }
        guard sawWord else { return nil }
        topics.append(topicStart..<colon)
        self.topics = topics
        end = colon + 1
    }

    /// Whether the word after `index` (past spaces and a dash), before `colon`, is `word`.
    private static func opens(on word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, before colon: Int) -> Bool {
        var cursor = index
        while cursor < colon, bytes[cursor] == 0x20 || bytes[cursor] == UInt8(ascii: "-") { cursor += 1 }
        let end = cursor + word.count
        return end < colon && bytes[cursor..<end].elementsEqual(word) && !PhrasePattern.isWordByte(bytes[end])
    }

    /// The words that open a label only to say its topic follows, folded.
    private static let topicOpenings = ["doi voi"].map { Array($0.utf8) }

    /// Verbs said in pairs before one object, folded: revenue and spending, exports and imports.
    private static let verbPairs = [("thu", "chi"), ("xuat", "nhap")].map { (first: Array($0.0.utf8), second: Array($0.1.utf8)) }
}
